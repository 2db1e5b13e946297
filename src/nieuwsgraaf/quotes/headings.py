"""Quotes printed as headings: a short quotation filling a paragraph of its own, above the section it
quotes ('‘Goede deal voor iedereen’' over '"… Het is een goede deal voor iedereen", verklaarde Trump').

Such a heading opens a new section, so it never continues the quote in the paragraph before it; its
speaker is whoever the section below names for its words: the speaker of a later quote that repeats
them (in marks or as indirect speech: '‘Nadenken is al gebeurd’ … Dat nadenken is al gebeurd, zegt
Bonte'), else the first speaker the paragraph right below it names."""

from __future__ import annotations

import re
from dataclasses import replace

from .attribution import Attribution, DirectQuote, Report, names_someone
from .marks import QuoteSpan

_HEADING_WORDS = 3  # a heading quote this long found again in a later quote is that quote's
_HEADING_MAX_WORDS = 12  # a heading is a line, not a paragraph of quoted speech
_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")


def _rest_of_line(text: str, span: QuoteSpan) -> str:
    """What follows the closing mark on its line."""
    line_end = text.find("\n", span.close_end)
    return text[span.close_end:line_end if line_end >= 0 else len(text)]


def own_paragraph(text: str, span: QuoteSpan) -> bool:
    """Whether the quotation fills its line (a full stop or '!' after the closing mark aside)."""
    line_start = text.rfind("\n", 0, span.open_start) + 1
    return not text[line_start:span.open_start].strip() and not _rest_of_line(text, span).strip(" .!?")


def is_heading(text: str, span: QuoteSpan) -> bool:
    """A quotation shaped as a heading: its own line, a few words, one sentence not closed by a
    full stop ('‘Europa is maar een verdrag’', '‘U hebt nog niets gerealiseerd!’')."""
    words = text[span.start:span.end]
    return (own_paragraph(text, span) and len(words.split()) <= _HEADING_MAX_WORDS
            and not words.rstrip().endswith(".") and "." not in _rest_of_line(text, span)
            and not _SENTENCE_BREAK.search(words.strip()))


def share_headings(text: str, direct: list[DirectQuote], reports: list[Report]) -> list[DirectQuote]:
    """Each heading quote without a cue of its own with the speaker the section below gives it."""
    def words(start: int, end: int) -> str:
        return " ".join(re.findall(r"\w+", text[start:end].lower()))

    later = sorted([(d.span.open_start, words(d.span.start, d.span.end), d.attribution) for d in direct]
                   + [(r.start, words(r.start, r.end), r.attribution) for r in reports], key=lambda q: q[0])
    shared = []
    for item in direct:
        key = words(item.span.start, item.span.end)
        if item.attribution.cue is None and item.strength < 2 and len(key.split()) >= _HEADING_WORDS \
                and own_paragraph(text, item.span):
            below = [(start, said, attribution) for start, said, attribution in later
                     if start > item.span.close_end and names_someone(attribution.speaker)]
            found = next((attribution for _, said, attribution in below if key in said), None)
            if found is None and is_heading(text, item.span):
                found = _first_below(text, item.span, below)
            if found is not None:
                item = DirectQuote(item.span, replace(found, cue=None), item.strength)
        shared.append(item)
    return shared


def _first_below(text: str, span: QuoteSpan, below: list[tuple[int, str, Attribution]]) -> Attribution | None:
    """The first speaker named in the paragraph right below the heading."""
    start = text.find("\n", span.close_end)
    if start < 0:
        return None
    while start < len(text) and text[start] in " \n":
        start += 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return next((attribution for position, _, attribution in below if start <= position < end), None)
