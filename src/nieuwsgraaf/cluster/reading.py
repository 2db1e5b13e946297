"""Reading one piece of a partition with the project's own readers, under the name the user gave it.

A local file is read where it lies. A URL (through fsspec) or a range of lines of a JSON Lines file
is first copied into a temporary file of the same name, so that the readers (which sniff formats,
unpack archives and cap sizes) work on it unchanged. The origins they report are then put back:
the temporary path becomes the piece's name, and a chunk's line numbers become the whole file's.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import PurePosixPath

from ..pipeline import read_inputs
from ..records import RawDocument, Skip
from ..report import RunReport
from ..settings import Settings
from .records import Piece

_COPY_BYTES = 1 << 20
_LINE = re.compile(r"^#line (\d+)")


def read_piece(piece: Piece, settings: Settings, report: RunReport) -> Iterator[RawDocument | Skip]:
    """The raw articles of one piece, with the origins `nieuwsgraaf ingest` gives them; never raises."""
    if piece.start is None and not piece.is_remote:
        yield from _renamed(read_inputs([piece.source], settings, report), piece.source, piece)
        return
    with tempfile.TemporaryDirectory(prefix="nieuwsgraaf-piece-") as folder:
        local = os.path.join(folder, _local_name(piece.name))
        try:
            copied = _copy(piece, local, settings.max_file_bytes + 1)
        except Exception as error:  # a filesystem's own errors (HTTP, S3) must not end the run
            report.files += 1
            yield Skip(_printable(piece.name), f"cannot read ({type(error).__name__}: {error})")
            return
        if copied > settings.max_file_bytes:
            report.files += 1
            yield Skip(_printable(piece.name), f"over the {settings.max_file_bytes}-byte limit")
            return
        yield from _renamed(read_inputs([local], settings, report), local, piece)


def _local_name(name: str) -> str:
    """The file name to copy a piece to: its own, so that readers choose the same format."""
    base = PurePosixPath(name.split("?", 1)[0].rstrip("/")).name
    return base if base not in ("", ".", "..") else "input"


def _open(piece: Piece):
    if piece.is_remote:
        import fsspec

        return fsspec.open(piece.source, "rb").open()
    return open(piece.source, "rb")  # noqa: SIM115 (closed by the caller's with)


def _copy(piece: Piece, local: str, limit: int) -> int:
    """Copy the piece's bytes (its range, if it has one) to `local`, at most `limit` bytes."""
    start = piece.start or 0
    wanted = limit if piece.end is None else min(limit, piece.end - start)
    copied = 0
    with _open(piece) as source, open(local, "wb") as target:
        if start:
            source.seek(start)
        while copied < wanted:
            block = source.read(min(_COPY_BYTES, wanted - copied))
            if not block:
                break
            target.write(block)
            copied += len(block)
    return copied


def _printable(name: str) -> str:
    """A name as the readers print it: bytes that were not UTF-8 become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _renamed(items: Iterator[RawDocument | Skip], local: str, piece: Piece) -> Iterator[RawDocument | Skip]:
    read_as, named = _printable(local), _printable(piece.name)
    for item in items:
        origin = item.origin
        if origin.startswith(read_as):
            rest = origin[len(read_as):]
            if piece.start is not None:
                rest = _LINE.sub(lambda found: f"#line {int(found[1]) + piece.first_line - 1}", rest, count=1)
            origin = named + rest
        yield replace(item, origin=origin)
