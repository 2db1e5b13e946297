"""Clause boundaries in Dutch reported speech, from word forms alone (the quote stage sees no parse).

Where a reported clause ends ('dat die klaar zijn, maar wil ze nog niet vrijgeven' reports
'die klaar zijn'), where a subject stops (before the first finite verb), and which words open a
subordinate clause without belonging to what was said ('zelfs al', 'omdat').
"""

from __future__ import annotations

from .lexicon import QuoteLexicon
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
    for match in COORDINATION.finditer(content, 0, cut):
        inverted = match["word"].islower() and (match["next"] or "") in SUBJECT_PRONOUN  # 'en eisen ze'
        if rules.lexicon.is_finite(match["word"]) or inverted:
            cut = match.start()
            break
    return start + len(content[:cut].rstrip(" ,;:.!?"))


def strip_connective(text: str, start: int, end: int, rules: QuoteRules) -> int:
    """`start` moved past a subordinating connective ('zelfs al lagen die …' -> 'lagen die …')."""
    match = rules.leading_connective.match(text[start:end])
    return start + match.end() if match else start
