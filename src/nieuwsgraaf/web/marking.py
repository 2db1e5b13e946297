"""An article's text as HTML with its facts marked: quotes (with their speaker), events at their
trigger, time expressions with their value, and entity mentions linked to their pages.

Marks must nest to be HTML, so they are laid in layers, outermost first: quotes, event triggers,
time expressions, mentions, the words naming a speaker. A quote may hold a quote; a mark that
would cross one already laid is left out of the text (it is still listed beside it on the page).
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from ..query.records import ArticleView
from .labels import ENTITY_LABELS, EVENT_NAMES, TIMEX_MODS, TIMEX_TYPES, named
from .render import entity_url

_QUOTES = 0
_LINKS = 3  # the layers from here on are links


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    layer: int  # 0 outermost
    opening: str
    closing: str


def _nests(mark: _Mark, laid: list[_Mark]) -> bool:
    for other in laid:
        disjoint = mark.end <= other.start or other.end <= mark.start
        inside = other.start <= mark.start and mark.end <= other.end
        around = mark.start <= other.start and other.end <= mark.end
        if not (disjoint or inside or around):
            return False
        if disjoint:
            continue
        if min(mark.layer, other.layer) >= _LINKS:
            return False  # a link never inside a link
        if mark.layer == other.layer and (mark.layer != _QUOTES or (mark.start, mark.end) == (other.start, other.end)):
            return False  # one mark per layer at a place; only a quote may hold another ('zei dat … "…" …')
    return True


def timex_title(type_: str, value: str | None, mod: str | None) -> str:
    """'datum: 2025-06-11', 'datum: 2019 (begin)'."""
    text = f"{named(TIMEX_TYPES, type_)}: {value}"
    return f"{text} ({named(TIMEX_MODS, mod)})" if mod else text


def _quote_marks(view: ArticleView) -> list[_Mark]:
    marks = []
    for number, quote in enumerate(view.quotes):
        opening = f'<span class="citaat" id="citaat-{number}">'
        closing = "</span>"
        held_by_same_speaker = any(o is not quote and o.start <= quote.start and quote.end <= o.end
                                   and o.speaker == quote.speaker for o in view.quotes)
        if quote.speaker and not held_by_same_speaker:  # inside its own speaker's quote: said once
            name = escape(quote.speaker_name or quote.speaker)
            closing += (f'<a class="spreker" href="{escape(entity_url(quote.speaker))}" '
                        f'aria-label="citaat van {name}">{name}</a>')
        marks.append(_Mark(quote.start, quote.end, 0, opening, closing))
    return marks


def _event_marks(view: ArticleView) -> list[_Mark]:
    marks = []
    for number, event in enumerate(view.events):
        who = " → ".join(n for n in (event.source_name, event.target_name) if n)
        title = f"{event.type} ({named(EVENT_NAMES, event.type)})" + (f": {who}" if who else "")
        marks.append(_Mark(event.start, event.end, 1,
                           f'<mark class="gebeurtenis" id="gebeurtenis-{number}" title="{escape(title)}">',
                           "</mark>"))
    return marks


def _timex_marks(view: ArticleView) -> list[_Mark]:
    marks = []
    for timex in view.timexes:
        if timex.value is None:
            continue
        title = escape(timex_title(timex.type, timex.value, timex.mod))
        marks.append(_Mark(timex.start, timex.end, 2,
                           f'<span class="tijd" tabindex="0" title="{title}" data-waarde="{title}">', "</span>"))
    return marks


def _mention_marks(view: ArticleView) -> list[_Mark]:
    marks = []
    for mention in view.mentions:
        label = named(ENTITY_LABELS, mention.label)
        if mention.entity:
            title = escape(f"{mention.entity_name or mention.entity} ({label})")
            marks.append(_Mark(mention.start, mention.end, 3,
                               f'<a class="entiteit {escape(mention.label)}" href="{escape(entity_url(mention.entity))}" '
                               f'title="{title}">', "</a>"))
        else:
            marks.append(_Mark(mention.start, mention.end, 3,
                               f'<span class="naam {escape(mention.label)}" title="{escape(label)}">', "</span>"))
    for quote in view.quotes:  # 'hij', 'de premier': the words that name a speaker
        if quote.speaker and quote.speaker_span:
            start, end = quote.speaker_span
            marks.append(_Mark(start, end, 4, f'<a class="entiteit spreker-woorden" href="{escape(entity_url(quote.speaker))}" '
                                              f'title="{escape(quote.speaker_name or quote.speaker)} (spreker)">', "</a>"))
    return marks


def marked_text(view: ArticleView) -> Markup:
    """The article text, escaped, with its facts marked (see the module docstring)."""
    laid: list[_Mark] = []
    for layer in (_quote_marks, _event_marks, _timex_marks, _mention_marks):
        for mark in sorted(layer(view), key=lambda m: (m.start, -m.end)):
            if 0 <= mark.start < mark.end <= len(view.text) and _nests(mark, laid):
                laid.append(mark)
    laid.sort(key=lambda m: (m.start, -m.end, m.layer))
    text, parts, open_marks, position = view.text, [], [], 0

    def close_until(limit: int) -> None:
        nonlocal position
        while open_marks and open_marks[-1].end <= limit:
            mark = open_marks.pop()
            parts.append(str(escape(text[position:mark.end])) + mark.closing)
            position = mark.end

    for mark in laid:
        close_until(mark.start)
        parts.append(str(escape(text[position:mark.start])) + mark.opening)
        position = mark.start
        open_marks.append(mark)
    close_until(len(text))
    parts.append(str(escape(text[position:])))
    return Markup("".join(parts))
