"""Walking the user's paths and handing each file to its reader."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..records import RawDocument, Skip
from .decode import decode_bytes
from .detect import format_from_name, sniff_format
from .errors import IngestError
from .feeds import read_feed
from .html import html_to_raw
from .jsonl import read_jsonl
from .text import read_text
from .warc import read_warc

STDIN = "-"


@dataclass(frozen=True)
class ReadOptions:
    max_file_bytes: int = 512 * 1024 * 1024


def iter_input_files(paths: Iterable[str]) -> Iterator[str]:
    """Expand folders recursively (sorted, hidden entries left out); '-' stands for stdin."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden:
                    yield str(child)
        else:
            yield raw


def _choose_format(name: str, head: bytes) -> str | None:
    sniffed = sniff_format(head)
    if sniffed == "warc":
        return "warc"
    by_name = format_from_name(name)
    if by_name:
        return by_name
    if sniffed:
        return sniffed
    has_extension = "." in Path(name).name.lstrip(".")
    return None if has_extension else "txt"


def _read_bytes(data: bytes, origin: str, fmt: str) -> Iterator[RawDocument | Skip]:
    if fmt == "txt":
        yield read_text(data, origin, "stdin" if origin == STDIN else "txt")
    elif fmt == "jsonl":
        yield from read_jsonl(data, origin)
    elif fmt == "html":
        yield html_to_raw(decode_bytes(data, origin), origin)
    elif fmt == "feed":
        yield from read_feed(data, origin)
    elif fmt == "warc":
        yield from read_warc(io.BytesIO(data), origin)
    else:
        raise IngestError(f"{origin}: no reader for format {fmt!r}")


def read_path(name: str, options: ReadOptions = ReadOptions()) -> Iterator[RawDocument | Skip]:
    """Yield the raw articles in one file (or stdin); unreadable input becomes a Skip."""
    try:
        if name == STDIN:
            data = sys.stdin.buffer.read(options.max_file_bytes + 1)
        else:
            path = Path(name)
            if not path.is_file():
                raise IngestError(f"{name}: no such file")
            size = path.stat().st_size
            if size > options.max_file_bytes:
                raise IngestError(f"{name}: {size} bytes is over the {options.max_file_bytes}-byte limit")
            data = path.read_bytes()
        if len(data) > options.max_file_bytes:
            raise IngestError(f"{name}: input is over the {options.max_file_bytes}-byte limit")
        if not data.strip():
            raise IngestError(f"{name}: empty file")
        fmt = _choose_format(name if name != STDIN else "", data[:8192])
        if fmt is None:
            raise IngestError(f"{name}: unknown file type {Path(name).suffix!r}")
        yield from _read_bytes(data, name, fmt)
    except IngestError as error:
        yield Skip(name, str(error).removeprefix(f"{name}: "))
    except OSError as error:
        yield Skip(name, f"cannot read file ({error.strerror or error})")
