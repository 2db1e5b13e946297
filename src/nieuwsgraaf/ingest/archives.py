"""Compressed files and archives: .gz, .bz2, .xz, .zip and .tar, read as streams.

Each layer hands what it holds back to the caller's `read_inner`, which picks the reader by
the inner name and by sniffing. A .gz/.bz2/.xz file keeps its own origin
(`corpus.jsonl.gz#line 12`); archive members are named after the archive
(`archive.zip#folder/page.html`). Damage stops the layer with a Skip that says what could
not be read; whatever came before it has been yielded already.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from typing import BinaryIO

from ..records import RawDocument, Skip
from .detect import name_inside
from .errors import DAMAGED, IngestError, describe
from .files import printable
from .streams import CHUNK_BYTES, Budget, can_rewind, capped

Items = Iterator[RawDocument | Skip]
# (stream, inner name, origin, depth) -> items: the caller's reader for what a layer holds.
ReadInner = Callable[[BinaryIO, str, str, int], Items]

_LABELS = {"gzip": "gzip", "bz2": "bzip2", "xz": "xz", "zip": "zip", "tar": "tar"}
# Members that hold a Word, Excel or OpenDocument file, not a set of articles.
_DOCUMENT_MARKERS = {"[Content_Types].xml": "an Office document (.docx/.xlsx/.pptx)",
                     "mimetype": "an OpenDocument or EPUB file"}
_ZIP_LOCAL_HEADER = struct.Struct("<4s5H3I2H")


def read_archive(kind: str, stream: BinaryIO, name: str, origin: str, depth: int,
                 budget: Budget, read_inner: ReadInner) -> Items:
    """Yield the articles inside a compressed file or archive of the given kind."""
    if kind == "zip":
        yield from _read_zip(stream, origin, depth, budget, read_inner)
    elif kind == "tar":
        yield from _read_tar(stream, origin, depth, budget, read_inner)
    else:
        yield from _read_compressed(kind, stream, name, origin, depth, budget, read_inner)


def is_hidden_member(name: str) -> bool:
    """Members left out as folders leave out hidden files: dot-names and macOS's __MACOSX."""
    return any((part.startswith(".") and part not in (".", "..")) or part == "__MACOSX"
               for part in name.split("/"))


def _unpacked(kind: str, stream: BinaryIO) -> BinaryIO:
    if kind == "gzip":
        return gzip.GzipFile(fileobj=stream, mode="rb")
    if kind == "bz2":
        return bz2.BZ2File(stream, "rb")
    return lzma.LZMAFile(stream, "rb")


def _read_compressed(kind, stream, name, origin, depth, budget, read_inner) -> Items:
    try:
        with _unpacked(kind, stream) as unpacked:
            yield from read_inner(capped(unpacked, budget, origin), name_inside(name), origin, depth + 1)
    except DAMAGED as error:
        yield Skip(origin, f"{_LABELS[kind]} data damaged or cut off, stopped reading ({describe(error)})")


def _guarded(items: Items, origin: str, kind: str) -> Items:
    """The member's items; its own damage becomes a Skip so the next member is still read."""
    try:
        yield from items
    except IngestError as error:
        yield error.to_skip()
    except DAMAGED as error:
        yield Skip(origin, f"{kind} member damaged, stopped reading it ({describe(error)})")


def _refuse_documents(names: list[str], origin: str) -> None:
    for marker, kind in _DOCUMENT_MARKERS.items():
        if marker in names[:4]:
            raise IngestError(origin, f"binary content ({kind}), not text")


def _read_zip(stream, origin, depth, budget, read_inner) -> Items:
    if not can_rewind(stream):  # zip keeps its table of contents at the end
        stream = io.BytesIO(stream.read())
    try:
        archive = zipfile.ZipFile(stream)
    except (*DAMAGED, ValueError, NotImplementedError, struct.error) as error:
        yield from _salvage_zip(stream, origin, depth, budget, read_inner, error)
        return
    with archive:
        infos = archive.infolist()
        _refuse_documents([info.filename for info in infos], origin)
        files = [i for i in infos if not i.is_dir() and not is_hidden_member(i.filename)]
        if not files:
            yield Skip(origin, "the zip archive holds no files")
        for info in files:
            member_origin = f"{origin}#{info.filename}"
            if budget.is_spent:
                yield Skip(origin, f"stopped: over the {budget.limit}-byte limit once decompressed")
                return
            if info.flag_bits & 0x1:
                yield Skip(member_origin, "encrypted, cannot be read")
            elif info.file_size > budget.remaining:
                yield Skip(member_origin, f"{info.file_size} bytes once decompressed, over the "
                                          f"{budget.limit}-byte limit")
            else:
                yield from _guarded(_zip_member(archive, info, member_origin, depth, budget, read_inner),
                                    member_origin, "zip")


def _zip_member(archive, info, origin, depth, budget, read_inner) -> Items:
    try:
        member = archive.open(info)
    except (NotImplementedError, RuntimeError, ValueError) as error:  # method, password, ...
        raise IngestError(origin, f"cannot be unpacked ({describe(error)})") from error
    with member:
        yield from read_inner(capped(member, budget, origin), info.filename, origin, depth + 1)


def _salvage_zip(stream, origin, depth, budget, read_inner, problem) -> Items:
    """A zip whose table of contents is lost (a cut-off download): the members in order,
    from their own headers, as far as they go."""
    stream.seek(0)
    count = 0
    while True:
        header = stream.read(_ZIP_LOCAL_HEADER.size)
        if len(header) < _ZIP_LOCAL_HEADER.size or not header.startswith(b"PK\x03\x04"):
            break
        _, _, flags, method, _, _, crc, size, _, name_size, extra_size = _ZIP_LOCAL_HEADER.unpack(header)
        name = stream.read(name_size).decode("utf-8" if flags & 0x800 else "cp437", "replace")
        stream.read(extra_size)
        member_origin = f"{origin}#{name}"
        try:
            data = _unpack_local(stream, flags, method, size, budget, member_origin)
        except IngestError as error:
            yield error.to_skip()
            break
        if flags & 0x8 == 0 and zlib.crc32(data) != crc:
            yield Skip(member_origin, "zip member damaged (checksum does not match)")
            continue
        count += 1
        if not name.endswith("/") and not is_hidden_member(name):
            yield from _guarded(read_inner(io.BytesIO(data), name, member_origin, depth + 1),
                                member_origin, "zip")
    yield Skip(origin, f"zip archive damaged or cut off ({describe(problem)}); "
                       f"{count} members read from their own headers")


def _unpack_local(stream, flags, method, size, budget, origin) -> bytes:
    if flags & 0x1:
        raise IngestError(origin, "encrypted, cannot be read")
    if method == 0 and not flags & 0x8:
        data = stream.read(size)
        if len(data) < size:
            raise IngestError(origin, "zip member cut off")
        return data
    if method != 8:
        raise IngestError(origin, f"zip compression method {method} is not supported here")
    return _inflate(stream, None if flags & 0x8 else size, budget, origin)


def _inflate(stream, size: int | None, budget: Budget, origin: str) -> bytes:
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    parts = []
    left = size
    while not inflater.eof:
        chunk = stream.read(CHUNK_BYTES if left is None else min(CHUNK_BYTES, left))
        if not chunk:
            raise IngestError(origin, "zip member cut off")
        if left is not None:
            left -= len(chunk)
        while chunk and not inflater.eof:
            try:
                part = inflater.decompress(chunk, CHUNK_BYTES)
            except zlib.error as error:
                raise IngestError(origin, f"zip member damaged ({error})") from error
            chunk = inflater.unconsumed_tail
            budget.used += len(part)
            if budget.is_spent:
                raise IngestError(origin, f"over the {budget.limit}-byte limit once decompressed")
            parts.append(part)
    unused = len(inflater.unused_data)
    if unused:
        stream.seek(-unused, io.SEEK_CUR)
    if size is None:  # a data descriptor follows: [signature] crc, sizes
        marker = stream.read(4)
        stream.read(12 if marker == b"PK\x07\x08" else 8)
    return b"".join(parts)


class _WatchedTarInfo(tarfile.TarInfo):
    """Notes on the archive why reading stopped: tarfile ends quietly at a damaged header."""

    @classmethod
    def fromtarfile(cls, archive):
        try:
            return super().fromtarfile(archive)
        except tarfile.HeaderError as error:
            archive.ng_stop = error
            raise


def _read_tar(stream, origin, depth, budget, read_inner) -> Items:
    try:
        archive = tarfile.open(fileobj=stream, mode="r|", tarinfo=_WatchedTarInfo)  # noqa: SIM115
    except tarfile.TarError as error:
        raise IngestError(origin, f"not a readable tar archive ({describe(error)})") from error
    found = 0
    try:
        with archive:
            for member in archive:
                name = printable(member.name)
                while name.startswith("./"):
                    name = name[2:]
                if member.isdir() or is_hidden_member(name):
                    continue
                found += 1
                yield from _tar_member(archive, member, name, f"{origin}#{name}", depth, budget, read_inner)
    except DAMAGED as error:
        yield Skip(origin, f"tar archive damaged or cut off after {found} members ({describe(error)})")
        return
    stop = getattr(archive, "ng_stop", None)
    if stop is not None and not isinstance(stop, tarfile.EOFHeaderError):
        yield Skip(origin, f"tar archive damaged or cut off after {found} members ({describe(stop)})")
    elif not found:
        yield Skip(origin, "the tar archive holds no files")


def _tar_member(archive, member, name, origin, depth, budget, read_inner) -> Items:
    if not member.isreg():
        kind = "symbolic link" if member.issym() else "link" if member.islnk() else "special file"
        yield Skip(origin, f"not a regular file (a {kind} in the archive)")
    elif member.size > budget.limit:
        yield Skip(origin, f"{member.size} bytes is over the {budget.limit}-byte limit")
    else:
        # Damage to the archive itself (DAMAGED) goes up: the rest cannot be read either.
        try:
            yield from read_inner(capped(archive.extractfile(member), None, origin), name, origin, depth + 1)
        except IngestError as error:
            yield error.to_skip()
