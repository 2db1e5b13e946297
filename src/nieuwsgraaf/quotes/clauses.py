"""Clause boundaries in Dutch reported speech, from word forms alone (the quote stage sees no parse).

Where a reported clause ends ('dat die klaar zijn, maar wil ze nog niet vrijgeven' reports
'die klaar zijn'), where a subject stops (before the first finite verb), and which words open a
subordinate clause without belonging to what was said ('zelfs al', 'omdat').
"""

from __future__ import annotations

import re

from ..records import SpeakerRef
from .attribution import Attribution, Report, names_someone
from .lexicon import QuoteLexicon
from .marks import find_quote_spans
from .rules import COORDINATION, SUBJECT_PRONOUN, WORD, QuoteRules


def first_finite(words: str, lexicon: QuoteLexicon) -> int | None:
    """Offset in `words` of its first finite verb (a lowercase word), or None."""
    for match in WORD.finditer(words):
        word = match.group()
        if word[0].islower() and lexicon.is_finite(word):
            return match.start()
    return None


def content_end(text: str, start: int, end: int, rules: QuoteRules) -> int:
    """Where the reported clause text[start:end] ends: before a sentential relative or an
    'en'/'maar' that coordinates a new predicate of the main clause."""
    content = text[start:end]
    cut = len(content)
    tail = rules.clause_tail.search(content)
    if tail:
        cut = tail.start()
    quoted = [(q.open_start, q.close_end) for q in find_quote_spans(content)]
    for match in COORDINATION.finditer(content, 0, cut):
        if any(a < match.start() < b for a, b in quoted):
            continue  # 'dat Poetin „vroeg of laat” moet komen': inside the marks
        inverted = match["word"].islower() and (match["next"] or "") in SUBJECT_PRONOUN  # 'en eisen ze'
        if rules.lexicon.is_finite(match["word"]) or inverted or _verb_second(content, match, rules.lexicon):
            cut = match.start()
            break
    cut = _asyndetic_main_clause(content, cut, quoted, rules.lexicon)
    cut = _fronted_main_clause(content, cut, quoted, rules.lexicon)
    return start + len(content[:cut].rstrip(" ,;:.!?"))


# ', zij gaan uit van …': a comma, a subject pronoun and its finite verb
_AFTER_COMMA = re.compile(r",\s+(?P<word>[\w-]+)(?:\s+(?P<next>[\w-]+))?")


def _asyndetic_main_clause(content: str, cut: int, quoted: list[tuple[int, int]], lexicon: QuoteLexicon) -> int:
    """Where a main clause joined by a comma alone begins ('betwijfelen of het om een raket gaat, zij
    gaan uit van een proef'): a subordinate clause puts its verb last, so a subject pronoun with its
    finite verb and more words after a comma is the reporter's next sentence; else `cut`."""
    for match in _AFTER_COMMA.finditer(content, 0, cut):
        if not any(a < match.start() < b for a, b in quoted) and _verb_second(content, match, lexicon):
            return match.start()
    return cut


# ', maar het is de vraag of …' / ', maar uit verslagen bleek …' / ', daarom kwam hij …'
_MAAR_AFTER_COMMA = re.compile(r",\s+maar\s+(?P<words>(?:[\w-]+\s+){1,4}[\w-]+)")
_ADVERB_AFTER_COMMA = re.compile(r",\s+(?P<adverb>[a-z]+)\s+(?P<verb>[a-z]+)\s+\w")
# what opens a main clause with its verb second: an expletive or demonstrative subject
_MAIN_SUBJECT = SUBJECT_PRONOUN | {"het", "er", "men", "dat", "dit"}


def _fronted_main_clause(content: str, cut: int, quoted: list[tuple[int, int]], lexicon: QuoteLexicon) -> int:
    """Where a main clause with a fronted constituent begins after a comma: ', maar' and a subject
    pronoun or a fronted phrase ('uit verslagen') before its finite verb and more words, or a
    fronting adverb right before the finite verb (', daarom kwam hij'); a subordinate clause would
    put its verb last. Else `cut`."""
    fronted = lexicon.words["fronted"]
    openers = fronted | lexicon.words["preposition"]
    for match in _MAAR_AFTER_COMMA.finditer(content, 0, cut):
        if any(a < match.start() < b for a, b in quoted):
            continue
        words = match["words"].split()
        first = words[0].lower()
        if first in _MAIN_SUBJECT and lexicon.is_finite(words[1]) and len(words) > 2:
            return match.start()
        if first in openers and first not in _MAIN_SUBJECT and any(
                w.islower() and lexicon.is_finite(w) for w in words[2:-1]):
            return match.start()
    adverbs = fronted - lexicon.words["preposition"] - lexicon.words["subordinator"]
    for match in _ADVERB_AFTER_COMMA.finditer(content, 0, cut):
        if (not any(a < match.start() < b for a, b in quoted) and match["adverb"] in adverbs
                and lexicon.is_finite(match["verb"])):
            return match.start()
    return cut


def main_clause_stop(text: str, start: int, stop: int, lexicon: QuoteLexicon) -> int:
    """`stop` moved before a main clause with a fronted constituent after a comma in text[start:stop]
    ('Volgens X stapt de partij op, daarom kwam hij …')."""
    content = text[start:stop]
    quoted = [(q.open_start, q.close_end) for q in find_quote_spans(content)]
    return start + len(content[:_fronted_main_clause(content, len(content), quoted, lexicon)].rstrip(" ,;:"))


def words_start(text: str, start: int, end: int) -> int:
    """Where the words of text[start:end] begin: after the blanks it opens with."""
    return start + len(text[start:end]) - len(text[start:end].lstrip())


def sentence_stop(text: str, start: int, end: int) -> int:
    """Where the words of the sentence text[start:end] end: before its closing punctuation and breaks."""
    return start + len(text[start:end].rstrip(" .!?\n"))


def clause_report(text: str, content_start: int, sentence_end: int, rules: QuoteRules,
                  speaker: SpeakerRef | None, cue: str) -> Report | None:
    """The report of the words from `content_start` to where their clause ends, when `speaker` names
    someone and the clause holds at least two words; else None."""
    if not names_someone(speaker):
        return None
    stop = content_end(text, content_start, sentence_end, rules)
    if len(text[content_start:stop].split()) < 2:
        return None
    return Report(content_start, stop, Attribution(speaker, cue))


# ', werd de buurt ongerust': a finite verb right after a comma opens the main clause
_MAIN_AFTER_COMMA = re.compile(r",\s+(?P<verb>[a-z][\w-]*)\b")


def fronted_clause_end(text: str, start: int, stop: int, lexicon: QuoteLexicon) -> int:
    """Where a report inside a fronted subordinate clause ends: before the comma that a finite verb
    follows ('Nadat X liet weten dat de brug dichtging, werd de buurt ongerust')."""
    for match in _MAIN_AFTER_COMMA.finditer(text, start, stop):
        if lexicon.is_finite(match["verb"]):
            return match.start()
    return stop


# A weak verb's past tense ('gebruikte', 'stelden'): after a subject pronoun nothing else ends so.
_WEAK_PAST = re.compile(r"[a-z]{2,}(?:de|te)n?")


def _verb_second(content: str, match, lexicon: QuoteLexicon) -> bool:
    """'…, maar hij gebruikte er andere woorden voor': a subject pronoun, its finite verb and more
    words after it is a main clause (verb second); in a subordinate clause the verb comes last."""
    verb = match["next"] or ""
    if match["word"].lower() not in SUBJECT_PRONOUN or not (lexicon.is_finite(verb) or _WEAK_PAST.fullmatch(verb)):
        return False
    return bool(content[match.end():].strip(" ,;:.!?"))


def strip_connective(text: str, start: int, end: int, rules: QuoteRules) -> int:
    """`start` moved past a subordinating connective ('zelfs al lagen die …' -> 'lagen die …')."""
    match = rules.leading_connective.match(text[start:end])
    return start + match.end() if match else start
