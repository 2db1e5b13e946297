"""JSON Lines (and plain JSON) articles: objects with `text` and optional metadata.

JSON Lines are read line by line from a stream, so a corpus of any size (`corpus.jsonl.gz`)
never sits in memory whole; each line is decoded on its own and its repairs reported on its
article. A JSON array, or a UTF-16 file, is read whole.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from ..records import RawDocument, Skip
from .dates import iso_to_date_value
from .decode import Decoded, decode_line, decode_text, is_wide_text, strip_controls

_KNOWN_FIELDS = {"text", "url", "title", "published", "date", "source"}
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def _loads(text: str) -> tuple[Any, tuple[str, ...]]:
    """The parsed JSON, with lone surrogates (escapes like \\ud800, which are no character
    and which no store can write) anywhere in it replaced by U+FFFD."""
    obj = json.loads(text)
    if not _SURROGATE_ESCAPE.search(text):
        return obj, ()
    fixed, count = _SURROGATES.subn("\ufffd", json.dumps(obj, ensure_ascii=False))
    if not count:
        return obj, ()
    return json.loads(fixed), (f"{count} lone surrogate escapes replaced",)


def _object_to_raw(obj: Any, origin: str, warnings: tuple[str, ...]) -> RawDocument | Skip:
    if not isinstance(obj, dict):
        return Skip(origin, f"expected a JSON object, found {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return Skip(origin, "no 'text' field with article text")
    text, repaired = strip_controls(text)
    published = obj.get("published", obj.get("date"))
    extra = {k: v for k, v in obj.items() if k not in _KNOWN_FIELDS}
    return RawDocument(
        origin=origin,
        text=text,
        format="jsonl",
        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
        published=iso_to_date_value(published) if isinstance(published, str) else None,
        source=obj.get("source") if isinstance(obj.get("source"), str) else None,
        metadata=extra,
        warnings=(*warnings, *repaired),
    )


def read_jsonl(stream: BinaryIO, origin: str, head: bytes) -> Iterator[RawDocument | Skip]:
    """Yield one raw article per line; a bad line is a Skip naming its line number.

    `head` is the first bytes of the stream (which still starts at the beginning).
    """
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"[") or is_wide_text(head):
        whole = decode_text(stream.read(), origin)
        if whole.text.lstrip().startswith("["):
            yield from _read_json_array(whole, origin)
        else:
            lines = (Decoded(line, whole.warnings) for line in whole.text.split("\n"))
            yield from _read_lines(lines, origin)
        return
    yield from _read_lines((decode_line(line) for line in stream), origin)


def _read_lines(lines: Iterable[Decoded], origin: str) -> Iterator[RawDocument | Skip]:
    for number, line in enumerate(lines, start=1):
        text = line.text.lstrip("\ufeff") if number == 1 else line.text
        if not text.strip():
            continue
        line_origin = f"{origin}#line {number}"
        try:
            obj, fixed = _loads(text)
        except json.JSONDecodeError as error:
            yield Skip(line_origin, f"malformed JSON ({error.msg} at column {error.colno})")
            continue
        except (ValueError, RecursionError) as error:  # a number too long, nesting too deep
            yield Skip(line_origin, f"malformed JSON ({error})")
            continue
        yield _object_to_raw(obj, line_origin, (*line.warnings, *fixed))


def _read_json_array(whole: Decoded, origin: str) -> Iterator[RawDocument | Skip]:
    try:
        items, fixed = _loads(whole.text)
    except json.JSONDecodeError as error:
        yield Skip(origin, f"malformed JSON ({error.msg} at line {error.lineno})")
        return
    except (ValueError, RecursionError) as error:
        yield Skip(origin, f"malformed JSON ({error})")
        return
    if not isinstance(items, list):
        yield Skip(origin, f"expected a JSON array, found {type(items).__name__}")
        return
    for number, obj in enumerate(items, start=1):
        yield _object_to_raw(obj, f"{origin}#item {number}", (*whole.warnings, *fixed))
