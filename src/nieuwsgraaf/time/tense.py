"""Which way a clause points in time: the nearest past or future marker to the timex."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import TimeLexicon

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)  # a word of letters
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"'“‘„])|\n")
# A comma opening a relative clause or a report tail: ', die eerder maandag ontslag had ingediend',
# '", aldus de premier'; an adverbial clause after it: 'moet donderdag uitleg geven nadat hij ... is'.
_CLAUSE_AFTER = re.compile(r"[\"”’]?,[\"”’]? (?:die|dat|wat|wie|waar|waarin|waarop|aldus|en|maar) "
                           r"|(?<=\w) (?:nadat|omdat|doordat|zodat|terwijl) ", re.IGNORECASE)
# A report tail that holds the timex: '..., zo melden Belgische media dinsdagochtend' has the tense of
# the report, not of the reported clause before it.
_REPORT_TAIL = re.compile(r"[\"”’]?,[\"”’]? (?:zo|aldus) ", re.IGNORECASE)
# Weak past tense: a consonant stem plus -de(n)/-te(n) (kondigde, stelde, maakte, noemde).
# Plural -den/-ten is left out: infinitives (vinden, gelden, wachten) share it.
_PAST_ENDING = re.compile(r"[bcdfghjklmnpqrstvwxz](?:de|te)$")
# Nouns, adjectives and participles with the same ending (gemeente, ruimte, volgende, laatste).
_NOT_PAST = re.compile(r"(?:ende|mte|gte|dte|nte|ste|rde|lde)$")
_PAST_DOUBLE = re.compile(r"(?:tten|dden|tte|dde|eerden?|aarden?|ilden?|elden?|erden?)$")
# A participle without a tagger: ge- + stem + -d/-t/-en (gereden, gevallen, gestopt, gebeurd).
_PARTICIPLE = re.compile(r"^ge[a-z]{3,}(?:en|d|t)$")


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
    guessed: bool = False  # from a word ending alone ('melden' looks like 'stelden')


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
    words = []
    for match in WORD.finditer(text):
        word = match.group().lower()
        words.append((match.start(), word, bool(_PARTICIPLE.match(word))))
        tense = word_tense(word, lex)
        if tense:
            listed = word in lex.future_words or word in lex.past_words
            found.append(Marker(match.start(), tense, guessed=not listed))
    return sorted(found + perfect_markers(text, words, lex), key=lambda m: m.start)


def perfect_markers(text: str, words: list[tuple[int, str, bool]], lex: TimeLexicon) -> list[Marker]:
    """A past marker at each participle that a form of 'zijn' before it in its sentence makes a
    perfect: 'De renners zijn donderdag naar Parijs gereden' happened before the article.

    `words` are (offset, lowercase word, is a participle) in text order."""
    found = []
    auxiliary_sentence: tuple[int, int] | None = None
    for start, word, participle in words:
        if word in lex.perfect_auxiliaries:
            auxiliary_sentence = sentence_bounds(text, start)
        elif participle and auxiliary_sentence and auxiliary_sentence[0] <= start < auxiliary_sentence[1]:
            found.append(Marker(start, "past"))
    return found


def sentence_bounds(text: str, position: int) -> tuple[int, int]:
    start = 0
    # one character past `position`: a sentence that opens with the timex needs its capital seen
    for match in _SENTENCE_END.finditer(text, 0, min(len(text), position + 1)):
        start = match.end()
    following = _SENTENCE_END.search(text, position)
    return start, following.start() + 1 if following else len(text)


def tense_at(text: str, start: int, end: int, markers: list[Marker]) -> str:
    """The tense of the marker nearest to [start, end) in the same sentence; 'present' if none.
    A marker known from the word lists or the tagger beats one guessed from a word ending."""
    first, last = sentence_bounds(text, start)
    for head in _REPORT_TAIL.finditer(text, first, start):
        first = head.end()
    tail = _CLAUSE_AFTER.search(text, end, last)
    if tail:  # the tense of a relative clause or report after the timex is not its own
        last = tail.start()
    best: Marker | None = None
    best_key = (True, len(text) + 1)
    for marker in markers:
        if not first <= marker.start < last or start <= marker.start < end:
            continue
        distance = start - marker.start if marker.start < start else marker.start - end
        if (marker.guessed, distance) < best_key:
            best, best_key = marker, (marker.guessed, distance)
    return best.tense if best else "present"
