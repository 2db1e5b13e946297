"""RSS and Atom feeds: one article per entry, full content when the feed carries it."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import feedparser
import lxml.html
from lxml.etree import ParserError

from ..records import RawDocument, Skip
from .dates import struct_time_to_date_value
from .decode import binary_reason, is_wide_text, strip_control_bytes, strip_controls
from .errors import IngestError

_CHAR_REF = re.compile(rb"&#([0-9]{1,12}|[xX][0-9a-fA-F]{1,12});")
_NO_CHARACTER = b"&#xFFFD;"


def _fix_char_refs(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """Numeric character references to no character (&#x110000;, &#xD800;, &#1;) become
    U+FFFD: feedparser's fallback parser stops with an error on them."""
    count = 0

    def fix(match: re.Match) -> bytes:
        nonlocal count
        ref = match.group(1)
        code = int(ref[1:], 16) if ref[:1] in b"xX" else int(ref)
        if code in (9, 10, 13) or 0x20 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
            return match.group(0)
        count += 1
        return _NO_CHARACTER

    data = _CHAR_REF.sub(fix, data)
    return data, (f"{count} character references to no character replaced",) if count else ()


def _html_fragment_to_text(fragment: str) -> str:
    """Paragraph-preserving text of an HTML fragment from a feed."""
    if "<" not in fragment:
        return fragment
    try:
        tree = lxml.html.fromstring(f"<div>{fragment}</div>")
        for block in tree.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4"):
            block.tail = "\n\n" + (block.tail or "")
    except (ParserError, ValueError):  # ValueError: text lxml will not hold (control characters)
        return fragment
    return tree.text_content()


def _entry_fragment(entry: feedparser.FeedParserDict) -> str:
    """The entry's full content when it has any, else its summary (HTML or text)."""
    contents = entry.get("content") or []
    best = max((c.get("value") or "" for c in contents), key=len, default="")
    summary = entry.get("summary") or ""
    return best if len(best) >= len(summary) else summary


def read_feed(data: bytes, origin: str) -> Iterator[RawDocument | Skip]:
    """Yield one raw article per feed entry; raises IngestError for a feed with no entries."""
    reason = binary_reason(data)
    if reason:
        raise IngestError(origin, f"binary content ({reason}), not text")
    # XML allows no control characters: a stray one would make the whole feed malformed.
    warnings: tuple[str, ...] = ()
    if not is_wide_text(data):
        data, warnings = strip_control_bytes(data)
        data, fixed = _fix_char_refs(data)
        warnings += fixed
    try:
        # A stream, not bytes: feedparser opens bytes that happen to name a file or URL.
        parsed = feedparser.parse(io.BytesIO(data))
    except Exception as error:  # feedparser's loose parser, on damaged
        # feeds, has raised ValueError, KeyError and more from deep inside; it has no error
        # of its own to catch instead.
        raise IngestError(origin, f"not a readable RSS/Atom feed ({type(error).__name__}: {error})") from error
    if not parsed.entries:
        reason = parsed.get("bozo_exception") or "no entries"
        raise IngestError(origin, f"not a readable RSS/Atom feed ({reason})")
    fmt = "atom" if parsed.version.startswith("atom") else "rss"
    feed_title = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        entry_origin = f"{origin}#entry {number}"
        fragment, repaired = strip_controls(_entry_fragment(entry))
        text, more = strip_controls(_html_fragment_to_text(fragment).strip())
        if not text:
            problem = f" (malformed feed: {parsed.get('bozo_exception')})" if parsed.bozo else ""
            yield Skip(entry_origin, f"feed entry has neither content nor summary{problem}")
            continue
        published = struct_time_to_date_value(
            entry.get("published_parsed") or entry.get("updated_parsed")
        )
        metadata = {"feed": feed_title} if feed_title else {}
        if parsed.bozo:
            metadata["feed_warning"] = str(parsed.get("bozo_exception"))
        yield RawDocument(
            origin=entry_origin,
            text=text,
            format=fmt,
            url=entry.get("link"),
            title=entry.get("title"),
            published=published,
            source=feed_title,
            author=entry.get("author"),
            metadata=metadata,
            warnings=(*warnings, *repaired, *more),
        )
