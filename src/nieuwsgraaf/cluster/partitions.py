"""Cutting the inputs into partitions: whole files, chunks of lines of a big JSON Lines file, and
groups of small files of one folder, each with an id that is the same in every run.

Local paths are walked as `nieuwsgraaf ingest` walks them (`ingest.iter_input_files`), so the
pieces carry the names that single-process run would print; a name with `://` is an fsspec URL
(`s3://`, `https://`, `file://`, `memory://`) and a folder there is listed with `fs.find`.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from ..ingest import STDIN, iter_input_files
from .records import Partition, Piece, PlanOptions

# A JSON Lines file may be split only when its lines are plain UTF-8 objects: the reader decodes
# such a file line by line, so a chunk of it reads exactly as the same lines of the whole file do.
_CHUNKED_SUFFIXES = (".jsonl", ".ndjson", ".json")
_BOM = b"\xef\xbb\xbf"
_HEAD_BYTES = 8192


class PlanError(ValueError):
    """An input the engine cannot take (stdin, or a URL whose filesystem is not installed)."""


def plan_partitions(inputs: Iterable[str], options: PlanOptions | None = None) -> list[Partition]:
    """The partitions of the inputs, in input order; the same inputs give the same partitions.

    A file that cannot be listed or opened here still gets a partition: its worker reads it and
    records why it could not (a skip in the partition's report).
    """
    options = options or PlanOptions()
    partitions: list[Partition] = []
    group: list[Piece] = []
    group_folder: str | None = None

    def flush() -> None:
        nonlocal group, group_folder
        if group:
            partitions.append(make_partition(group))
        group, group_folder = [], None

    for piece, size in _iter_files(inputs):
        folder = os.path.dirname(piece.source)
        if size is not None and size < options.small_file_bytes:
            if folder != group_folder or len(group) >= options.files_per_group:
                flush()
            group.append(piece)
            group_folder = folder
            continue
        flush()
        partitions.extend(make_partition([chunk]) for chunk in _chunks(piece, options.lines_per_partition))
    flush()
    return partitions


def make_partition(pieces: Iterable[Piece]) -> Partition:
    """A partition of these pieces, its id a hash of their sources and ranges."""
    pieces = tuple(pieces)
    key = "\n".join(f"{p.source}\t{p.start}\t{p.end}" for p in pieces)
    return Partition(hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:20], pieces)


def _iter_files(inputs: Iterable[str]) -> Iterator[tuple[Piece, int | None]]:
    """Every input file as a whole-file piece, with its size (None when it cannot be read here)."""
    for raw in inputs:
        if raw == STDIN:
            raise PlanError("stdin ('-') cannot be split over workers: save it to a file first")
        if "://" in raw:
            yield from _iter_remote(raw)
            continue
        for name in iter_input_files([raw]):
            source = os.path.abspath(name)
            try:
                size = os.stat(source).st_size if os.path.isfile(source) else None
            except OSError:
                size = None
            yield Piece(source=source, name=name), size


def _filesystem(url: str):
    import fsspec

    try:
        return fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as error:
        raise PlanError(f"cannot read {url}: {error}") from error


def _iter_remote(url: str) -> Iterator[tuple[Piece, int | None]]:
    fs, root = _filesystem(url)
    try:
        is_folder = fs.isdir(root)
    except OSError:
        is_folder = False
    if not is_folder:
        try:
            size = fs.info(root).get("size")
        except OSError:
            size = None
        yield Piece(source=url, name=url), size
        return
    listing = fs.find(root, detail=True)
    for path in sorted(listing):
        relative = path[len(root.rstrip("/")):].strip("/")
        if any(part.startswith(".") for part in relative.split("/")):
            continue
        full = fs.unstrip_protocol(path)
        yield Piece(source=full, name=full), listing[path].get("size")


def _open(piece: Piece) -> BinaryIO:
    if piece.is_remote:
        fs, path = _filesystem(piece.source)
        return fs.open(path, "rb")
    return open(piece.source, "rb")  # noqa: SIM115 (closed by the caller's with)


def _chunks(piece: Piece, lines_per_chunk: int) -> list[Piece]:
    """The piece cut into chunks of about `lines_per_chunk` lines, or the piece itself.

    Only a JSON Lines file whose first line is an object and which holds no NUL byte is cut, and
    a chunk starts only at a line that begins with '{' (so the reader cannot take it for a JSON
    array); a chunk ends at the end of a line.
    """
    if not piece.name.lower().endswith(_CHUNKED_SUFFIXES):
        return [piece]
    try:
        with _open(piece) as stream:
            starts = _chunk_starts(stream, lines_per_chunk)
    except OSError:
        return [piece]  # the worker will say why it cannot be read
    if starts is None or len(starts) < 2:
        return [piece]
    ends = [offset for offset, _ in starts[1:]] + [None]
    return [Piece(piece.source, piece.name, start=offset, end=end, first_line=line)
            for (offset, line), end in zip(starts, ends, strict=True)]


def _chunk_starts(stream: BinaryIO, lines_per_chunk: int) -> list[tuple[int, int]] | None:
    """(byte offset, line number) where each chunk starts; None when the file must not be cut."""
    head = stream.read(_HEAD_BYTES)
    if not head.removeprefix(_BOM).lstrip(b" \t\r\n").startswith(b"{") or b"\x00" in head:
        return None
    stream.seek(0)
    starts = [(0, 1)]
    offset, in_chunk = 0, 0
    for number, line in enumerate(stream, start=1):
        if b"\x00" in line:
            return None
        if in_chunk >= lines_per_chunk and line.startswith(b"{"):
            starts.append((offset, number))
            in_chunk = 0
        offset += len(line)
        in_chunk += 1
    return starts
