"""HTML pages: main text and metadata through trafilatura, canonical URL from the head."""

from __future__ import annotations

import re

import lxml.html
import trafilatura
from lxml.etree import ParserError

from ..records import DateValue, RawDocument
from .dates import iso_to_date_value
from .decode import strip_controls
from .errors import IngestError

# trafilatura runs regexes that take time quadratic in the input on strings a damaged or
# hostile page can make huge (issue #13, found by bench/fuzz.py and by probing after it):
# - author names, with `[^\w]+$`: slow on a long run of non-word characters (a
#   200,000-character run: minutes);
# - <meta> content and JSON-LD strings, with `<[^>]*>`: slow on many '<' that have no '>'
#   after them (50,000: minutes).
# Real pages have none of these, so long runs and long <meta> content are cut short, and
# when a page has many '<' followed by another '<' before any '>' (which starts no tag;
# a comment's '<!--' is left alone), they are written as '&lt;', which is what they mean in
# text anyway. Each search starts only where its run, attribute or bracket starts, and
# scans up to the next one, so all three are linear.
_LONG_RUN = re.compile(r"(?<![^\w])[^\w]{1000,}")
_RUN_KEPT = 100
_LONG_CONTENT = re.compile(r"""(\bcontent\s*=\s*)(?:"([^"]{4000,})"|'([^']{4000,})')""", re.IGNORECASE)
_CONTENT_KEPT = 4000
_STRAY_OPEN = re.compile(r"<(?!!--)(?=[^<>]*<)")
_STRAY_ALLOWED = 100  # a few, in scripts or odd attributes, cost nothing


def _shorten_for_trafilatura(html: str) -> tuple[str, tuple[str, ...]]:
    warnings = []
    # Both ends of a run are kept: its last characters may close a string, tag or script.
    html, count = _LONG_RUN.subn(lambda run: run.group(0)[:_RUN_KEPT // 2] + run.group(0)[-_RUN_KEPT // 2:], html)
    if count:
        warnings.append(f"{count} runs of over 1000 punctuation or space characters cut to {_RUN_KEPT}")
    html, count = _LONG_CONTENT.subn(_cut_content, html)
    if count:
        warnings.append(f"{count} <meta> content values over {_CONTENT_KEPT} characters cut short")
    if len(_STRAY_OPEN.findall(html)) > _STRAY_ALLOWED:
        html, count = _STRAY_OPEN.subn("&lt;", html)
        warnings.append(f"{count} '<' that start no tag written as '&lt;'")
    return html, tuple(warnings)


def _cut_content(match: re.Match) -> str:
    double = match.group(2) is not None
    value = (match.group(2) if double else match.group(3))[:_CONTENT_KEPT]
    quote = '"' if double else "'"
    return f"{match.group(1)}{quote}{value}{quote}"


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
    warnings: tuple[str, ...] = (),
) -> RawDocument:
    """Extract one article from an HTML page; raises IngestError when no main text is found.

    `url` and `published` are what the container knows (a WARC record); the page's own
    canonical URL and date win over them. `warnings` are the repairs made in decoding.
    """
    html, shortened = _shorten_for_trafilatura(html)
    try:
        found = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except (ValueError, TypeError) as error:
        raise IngestError(origin, f"HTML could not be parsed ({error})") from error
    if found is None or not (found.text or "").strip():
        raise IngestError(origin, "no article text found in the HTML page")
    text, repaired = strip_controls(found.text)
    page_url = _canonical_url(html) or url
    metadata = {k: v for k, v in {"sitename": found.sitename, "description": found.description}.items() if v}
    return RawDocument(
        origin=origin,
        text=text,
        format=fmt,
        url=page_url,
        title=found.title or None,
        published=iso_to_date_value(found.date) or published,
        source=found.sitename or None,
        author=found.author or None,
        metadata=metadata,
        warnings=(*warnings, *shortened, *repaired),
    )
