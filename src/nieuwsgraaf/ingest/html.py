"""HTML pages: main text and metadata through trafilatura, canonical URL from the head."""

from __future__ import annotations

import lxml.html
import trafilatura
from lxml.etree import ParserError

from ..records import DateValue, RawDocument
from .dates import iso_to_date_value
from .errors import IngestError


def _canonical_url(html: str) -> str | None:
    try:
        tree = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return None
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        found = tree.xpath(xpath)
        if found and found[0].strip():
            return found[0].strip()
    return None


def html_to_raw(
    html: str,
    origin: str,
    fmt: str = "html",
    url: str | None = None,
    published: DateValue | None = None,
) -> RawDocument:
    """Extract one article from an HTML page; raises IngestError when no main text is found.

    `url` and `published` are what the container knows (a WARC record); the page's own
    canonical URL and date win over them.
    """
    try:
        found = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except (ValueError, TypeError) as error:
        raise IngestError(f"{origin}: HTML could not be parsed ({error})") from error
    if found is None or not (found.text or "").strip():
        raise IngestError(f"{origin}: no article text found in the HTML page")
    page_url = _canonical_url(html) or url
    metadata = {k: v for k, v in {"sitename": found.sitename, "description": found.description}.items() if v}
    return RawDocument(
        origin=origin,
        text=found.text,
        format=fmt,
        url=page_url,
        title=found.title or None,
        published=iso_to_date_value(found.date) or published,
        source=found.sitename or None,
        author=found.author or None,
        metadata=metadata,
    )
