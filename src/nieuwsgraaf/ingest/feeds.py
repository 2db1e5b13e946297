"""RSS and Atom feeds: one article per entry, full content when the feed carries it."""

from __future__ import annotations

from collections.abc import Iterator

import feedparser
import lxml.html
from lxml.etree import ParserError

from ..records import RawDocument, Skip
from .dates import struct_time_to_date_value
from .errors import IngestError


def _html_fragment_to_text(fragment: str) -> str:
    """Paragraph-preserving text of an HTML fragment from a feed."""
    if "<" not in fragment:
        return fragment
    try:
        tree = lxml.html.fromstring(f"<div>{fragment}</div>")
    except (ParserError, ValueError):
        return fragment
    for block in tree.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4"):
        block.tail = "\n\n" + (block.tail or "")
    return tree.text_content()


def _entry_text(entry: feedparser.FeedParserDict) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    summary = entry.get("summary", "")
    return _html_fragment_to_text(best if len(best) >= len(summary) else summary)


def read_feed(data: bytes, origin: str) -> Iterator[RawDocument | Skip]:
    """Yield one raw article per feed entry; raises IngestError for a feed with no entries."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = parsed.get("bozo_exception") or "no entries"
        raise IngestError(f"{origin}: not a readable RSS/Atom feed ({reason})")
    fmt = "atom" if parsed.version.startswith("atom") else "rss"
    feed_title = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        entry_origin = f"{origin}#entry {number}"
        text = _entry_text(entry).strip()
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
        )
