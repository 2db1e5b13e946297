"""JSON Lines (and plain JSON) articles: objects with `text` and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..records import RawDocument, Skip
from .dates import iso_to_date_value
from .decode import decode_bytes

_KNOWN_FIELDS = {"text", "url", "title", "published", "date", "source"}


def _object_to_raw(obj: Any, origin: str) -> RawDocument | Skip:
    if not isinstance(obj, dict):
        return Skip(origin, f"expected a JSON object, found {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return Skip(origin, "no 'text' field with article text")
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
    )


def read_jsonl(data: bytes, origin: str) -> Iterator[RawDocument | Skip]:
    """Yield one raw article per line; a bad line is a Skip naming its line number."""
    text = decode_bytes(data, origin)
    stripped = text.lstrip()
    if stripped.startswith("["):
        yield from _read_json_array(stripped, origin)
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        line_origin = f"{origin}#line {number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as error:
            yield Skip(line_origin, f"malformed JSON ({error.msg} at column {error.colno})")
            continue
        yield _object_to_raw(obj, line_origin)


def _read_json_array(text: str, origin: str) -> Iterator[RawDocument | Skip]:
    try:
        items = json.loads(text)
    except json.JSONDecodeError as error:
        yield Skip(origin, f"malformed JSON ({error.msg} at line {error.lineno})")
        return
    for number, obj in enumerate(items, start=1):
        yield _object_to_raw(obj, f"{origin}#item {number}")
