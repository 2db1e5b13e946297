"""Which way a clause points in time: the nearest past or future marker to the timex."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import TimeLexicon

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"'“‘„])|\n")
# Weak past tense: a consonant stem plus -de(n)/-te(n) (kondigde, stelde, maakte, noemde).
# Plural -den/-ten is left out: infinitives (vinden, gelden, wachten) share it.
_PAST_ENDING = re.compile(r"[bcdfghjklmnpqrstvwxz](?:de|te)$")
# Nouns, adjectives and participles with the same ending (gemeente, ruimte, volgende, laatste).
_NOT_PAST = re.compile(r"(?:ende|mte|gte|dte|nte|ste|rde|lde)$")
_PAST_DOUBLE = re.compile(r"(?:tten|dden|tte|dde|eerden?|aarden?|ilden?|elden?|erden?)$")


def is_weak_past(word: str) -> bool:
    if len(word) < 6:
        return False
    if _PAST_DOUBLE.search(word):
        return True
    return bool(_PAST_ENDING.search(word)) and not _NOT_PAST.search(word)


@dataclass(frozen=True)
class Marker:
    start: int
    tense: str  # past | future


def word_tense(word: str, lex: TimeLexicon, morph_past: bool | None = None) -> str | None:
    """'future', 'past' or None for one lowercase word. `morph_past` is the tagger's verdict
    when there is one; without it, weak past-tense endings are guessed."""
    if word in lex.future_words:
        return "future"
    if word in lex.past_words:
        return "past"
    guessed = is_weak_past(word) if morph_past is None else morph_past
    return "past" if guessed else None


def markers_in_text(text: str, lex: TimeLexicon) -> list[Marker]:
    """Tense markers by position, from word lists and past-tense endings."""
    found = []
    for match in _WORD.finditer(text):
        tense = word_tense(match.group().lower(), lex)
        if tense:
            found.append(Marker(match.start(), tense))
    return found


def sentence_bounds(text: str, position: int) -> tuple[int, int]:
    start = 0
    for match in _SENTENCE_END.finditer(text, 0, position):
        start = match.end()
    following = _SENTENCE_END.search(text, position)
    return start, following.start() + 1 if following else len(text)


def tense_at(text: str, start: int, end: int, markers: list[Marker]) -> str:
    """The tense of the marker nearest to [start, end) in the same sentence; 'present' if none."""
    first, last = sentence_bounds(text, start)
    best: Marker | None = None
    best_distance = len(text) + 1
    for marker in markers:
        if not first <= marker.start < last or start <= marker.start < end:
            continue
        distance = start - marker.start if marker.start < start else marker.start - end
        if distance < best_distance:
            best, best_distance = marker, distance
    return best.tense if best else "present"
