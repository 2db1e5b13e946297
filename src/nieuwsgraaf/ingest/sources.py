"""Reading one input (a file, an archive member, stdin) with the reader its format needs."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePath
from typing import BinaryIO

from ..records import RawDocument, Skip
from .archives import read_archive
from .decode import binary_reason, decode_text
from .detect import compression_from_name, compression_of, format_from_name, sniff_format
from .errors import DAMAGED, IngestError, describe
from .feeds import read_feed
from .files import STDIN, iter_input_files, open_file, printable
from .html import html_to_raw
from .jsonl import read_jsonl
from .streams import PEEK_BYTES, Budget, capped, peek
from .text import read_text
from .warc import read_warc

__all__ = ["STDIN", "ReadOptions", "iter_input_files", "read_path"]

# Archives in archives are read this deep (a .tar.gz is two levels); deeper is refused.
MAX_DEPTH = 4


@dataclass(frozen=True)
class ReadOptions:
    # Over this, a file is skipped; it also caps what one file may decompress to in all.
    max_file_bytes: int = 512 * 1024 * 1024


def read_path(name: str, options: ReadOptions = ReadOptions()) -> Iterator[RawDocument | Skip]:
    """Yield the raw articles in one file (or stdin); never raises: problems become Skips.

    Compressed files and archives are read as streams, whatever they hold; a Skip after
    some articles says where the rest could not be read.
    """
    origin = printable(name)
    budget = Budget(options.max_file_bytes)

    def read_inner(stream: BinaryIO, inner_name: str, inner_origin: str, depth: int):
        return _read_stream(stream, inner_name, inner_origin, depth, budget, read_inner)

    try:
        if name == STDIN:
            yield from read_inner(capped(sys.stdin.buffer, budget, STDIN), "", STDIN, 0)
        else:
            with open_file(name, options.max_file_bytes) as stream:
                yield from read_inner(stream, origin, origin, 0)
    except IngestError as error:
        yield Skip(printable(error.origin), error.reason)
    except OSError as error:
        yield Skip(origin, f"cannot read file ({error.strerror or describe(error)})")
    except DAMAGED as error:
        yield Skip(origin, f"data damaged, stopped reading ({describe(error)})")


def _read_stream(stream: BinaryIO, name: str, origin: str, depth: int, budget: Budget,
                 read_inner) -> Iterator[RawDocument | Skip]:
    head, stream = peek(stream)
    kind = compression_of(head)
    if kind == "gzip" and sniff_format(head) == "warc":
        kind = None  # warcio reads a WARC's gzip members itself, record by record
    if kind:
        if depth >= MAX_DEPTH:
            raise IngestError(origin, f"compressed or archived more than {MAX_DEPTH} levels deep")
        yield from read_archive(kind, stream, name, origin, depth, budget, read_inner)
        return
    if not head.strip() and len(head) < PEEK_BYTES:
        raise IngestError(origin, "empty file")
    named = compression_from_name(name)
    if named and sniff_format(head) != "warc":
        raise IngestError(origin, f"not {named[0]} data, although the name ends in {named[1]}")
    fmt = _choose_format(name, head)
    if fmt is None:
        raise IngestError(origin, f"unknown file type {PurePath(name).suffix!r}")
    yield from _read_format(stream, head, origin, fmt)


def _choose_format(name: str, head: bytes) -> str | None:
    sniffed = sniff_format(head)
    if sniffed == "warc":
        return "warc"
    by_name = format_from_name(name)
    if by_name:
        return by_name
    if sniffed:
        return sniffed
    has_extension = "." in PurePath(name).name.lstrip(".")
    return None if has_extension else "txt"


def _read_format(stream: BinaryIO, head: bytes, origin: str, fmt: str) -> Iterator[RawDocument | Skip]:
    if fmt == "warc":
        yield from read_warc(stream, origin)
        return
    reason = binary_reason(head)
    if reason:
        raise IngestError(origin, f"binary content ({reason}), not text")
    if fmt == "jsonl":
        yield from read_jsonl(stream, origin, head)
    elif fmt == "feed":
        yield from read_feed(stream.read(), origin)
    elif fmt == "html":
        decoded = decode_text(stream.read(), origin)
        yield html_to_raw(decoded.text, origin, warnings=decoded.warnings)
    elif fmt == "txt":
        yield read_text(stream.read(), origin, "stdin" if origin == STDIN else "txt")
    else:
        raise IngestError(origin, f"no reader for format {fmt!r}")
