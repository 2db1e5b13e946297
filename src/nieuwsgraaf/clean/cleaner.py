"""From raw page text to a clean Article: the order of the cleaning steps."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..records import Article, DateValue, RawDocument
from .chrome import (
    chrome_kind,
    is_link_like,
    is_link_list_heading,
    is_tail_heading,
    split_header_segments,
    strip_chrome_prefix,
    strip_glued_section,
)
from .credits import (
    is_lone_initials,
    read_dateline,
    read_source_credit,
    read_trailing_tag,
    split_title_initials,
)
from .dates import (
    byline_date,
    date_from_url,
    date_line_pattern,
    parse_date_line,
    read_date_header,
    refine_published,
)
from .language import identify_language
from .lexicon import CleanRules
from .normalize import article_id, normalize_text

_TIMESTAMP = re.compile(r"^\d{1,2}[u:.]\d{2}$")
_TITLE_END = re.compile(r"[.,;][\"'”’»]*$")
# Chrome that HLN-style pages put right under the title; it tells that the title line
# may end in byline initials.
_UNDER_TITLE_KINDS = {"timestamp", "date", "credit"}


@dataclass(frozen=True)
class CleanOptions:
    language_min_score: float = 0.4


@dataclass(frozen=True)
class Removal:
    """A piece of raw text that cleaning removed, kept for auditing."""

    kind: str
    text: str
    position: int  # number of kept paragraphs before it


@dataclass(frozen=True)
class CleanResult:
    article: Article
    removed: tuple[Removal, ...]


@dataclass
class _Found:
    """What the paragraph pass learns on its way; local to one clean_document call."""

    kept: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    credit: str | None = None
    printed_date: DateValue | None = None
    byline: str | None = None
    place: str | None = None
    photo_credit: str | None = None

    def remove(self, kind: str, text: str) -> None:
        self.removed.append(Removal(kind, text, len(self.kept)))

    def add_agencies(self, names) -> None:
        self.agencies.extend(name for name in names if name not in self.agencies)


def _sort_paragraph(paragraph: str, rules: CleanRules, found: _Found, date_line) -> None:
    paragraph, prefix = strip_chrome_prefix(paragraph, rules)
    if prefix:
        found.remove("prefix", prefix)
    paragraph, segments = split_header_segments(paragraph, rules)
    for segment in segments:
        found.remove("segment", segment)
    printed = parse_date_line(paragraph, date_line, rules.months)
    stamped = None if printed else byline_date(paragraph)
    if stamped:
        found.printed_date = found.printed_date or stamped
    if printed:
        found.printed_date = found.printed_date or printed
        found.remove("date", paragraph)
    elif _TIMESTAMP.match(paragraph):
        found.remove("timestamp", paragraph)
    elif paragraph.startswith("Bron:") and (credit := read_source_credit(paragraph, rules.agencies)):
        found.credit = found.credit or credit.credit
        found.photo_credit = found.photo_credit or credit.photo_credit
        found.add_agencies(credit.agencies)
        found.remove("credit", paragraph[: len(paragraph) - len(credit.rest)].strip())
        if credit.rest:
            found.kept.append(credit.rest)
    elif kind := chrome_kind(paragraph, rules):
        found.remove(kind, paragraph)
    elif is_lone_initials(paragraph):
        found.byline = found.byline or paragraph
        found.remove("byline", paragraph)
    elif found.kept and found.kept[-1] == paragraph:
        found.remove("duplicate", paragraph)
    else:
        found.kept.append(paragraph)


def _drop_link_lists(found: _Found, rules: CleanRules) -> list[str]:
    body: list[str] = []
    in_list = False
    for index, paragraph in enumerate(found.kept):
        if is_tail_heading(paragraph, rules) and index > 0:
            found.removed.extend(Removal("links", p, len(body)) for p in found.kept[index:])
            break
        if is_link_list_heading(paragraph, rules):
            in_list = True
            found.removed.append(Removal("links", paragraph, len(body)))
        elif in_list and is_link_like(paragraph):
            found.removed.append(Removal("links", paragraph, len(body)))
        else:
            in_list = False
            body.append(paragraph)
    return body


def _is_title_like(paragraph: str) -> bool:
    words = paragraph.split()
    return 2 <= len(words) <= 35 and len(paragraph) <= 240 and not _TITLE_END.search(paragraph)


def _take_title(body: list[str], given: str | None, found: _Found, rules: CleanRules) -> str | None:
    if given:
        title = normalize_text(given).replace("\n", " ")
        title, _ = split_header_segments(title, rules)
        # The page repeats its title, sometimes under a section label ('Economie').
        position = next((i for i, p in enumerate(body[:3]) if p == title), None)
        if position is not None and all(len(p.split()) <= 4 for p in body[:position]):
            for label in body[:position]:
                found.remove("section", label)
            del body[: position + 1]
        return title or None
    if not body or not _is_title_like(body[0]):
        return None
    title = body.pop(0)
    under_title = {r.kind for r in found.removed if r.position == 1}
    if under_title & _UNDER_TITLE_KINDS:
        title, initials = split_title_initials(title)
        if initials:
            found.byline = found.byline or initials
            found.remove("byline", initials)
    return title


def _read_credits_in_body(body: list[str], found: _Found, rules: CleanRules) -> None:
    while len(body) > 1 and body[0] in rules.section_labels:
        found.remove("section", body.pop(0))
    if body:
        body[0], label = strip_glued_section(body[0], rules)
        if label:
            found.remove("section", label)
    for index in range(min(2, len(body))):
        dateline = read_dateline(body[index], rules.agencies)
        if dateline:
            found.place = dateline.place
            found.add_agencies(dateline.agencies)
            found.remove("dateline", body[index][: len(body[index]) - len(dateline.rest)].strip())
            body[index] = dateline.rest
            break
    if body and (tag := read_trailing_tag(body[-1], rules.agencies)):
        found.add_agencies(tag.agencies)
        found.remove("agency", body[-1][len(tag.rest):].strip())
        body[-1] = tag.rest
        if not body[-1]:
            body.pop()


def _source_of(raw: RawDocument, credit: str | None) -> str | None:
    if raw.url:
        try:
            host = urlsplit(raw.url).hostname or ""
        except ValueError:  # a damaged URL ("Invalid IPv6 URL"): no host to name the source
            host = ""
        host = host.removeprefix("www.").removeprefix("m.")
        if host:
            return host
    return raw.source or credit


def clean_document(raw: RawDocument, rules: CleanRules, options: CleanOptions = CleanOptions()) -> CleanResult:
    """Clean one raw article: chrome out, metadata in, language identified.

    Paragraphs of the result are separated by one blank line, the title (when found) first.
    Never raises on odd text; an article can come out empty, which the pipeline skips.
    """
    header_date, text = read_date_header(normalize_text(raw.text))
    found = _Found()
    date_line = date_line_pattern(rules.months)
    for paragraph in text.split("\n"):
        if paragraph:
            _sort_paragraph(paragraph, rules, found, date_line)
    body = _drop_link_lists(found, rules)
    title = _take_title(body, raw.title, found, rules)
    if title:
        title, _ = strip_glued_section(title, rules)
    _read_credits_in_body(body, found, rules)
    cleaned = "\n\n".join(p for p in [title, *body] if p)
    guess = identify_language(cleaned, options.language_min_score)
    metadata = dict(raw.metadata)
    if found.credit:
        metadata["credited_source"] = found.credit
    if found.photo_credit:
        metadata["photo_credit"] = found.photo_credit
    if raw.author:
        metadata["author"] = raw.author
    article = Article(
        id=article_id(cleaned),
        text=cleaned,
        title=title,
        url=raw.url,
        source=_source_of(raw, found.credit),
        agency="/".join(found.agencies) or None,
        published=refine_published(header_date, raw.published, date_from_url(raw.url), found.printed_date),
        language=guess.language,
        language_score=guess.score,
        origin=raw.origin,
        format=raw.format,
        dateline=found.place,
        byline=found.byline,
        metadata=metadata,
        warnings=raw.warnings,
    )
    return CleanResult(article, tuple(found.removed))
