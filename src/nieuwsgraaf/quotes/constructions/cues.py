"""Cue words in a sentence: speech verbs outside quotes, and separable verbs with their particle."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context
from ..lexicon import QuoteLexicon
from ..rules import DETERMINED, OWN_WORDS


def cues_in(context: Context, start: int, end: int) -> Iterator[re.Match]:
    """The speech verbs of text[start:end] outside attributed quotes ('acht' only before a determiner)."""
    for match in context.rules.cue.finditer(context.text, start, end):
        if context.in_quote(match.start()):
            continue
        if match["cue"] == "acht" and not DETERMINED.match(context.text, match.end()):
            continue  # 'acht uur', not 'acht de kans klein'
        if _own_words(context, match):
            continue  # 'heeft het naar eigen zeggen moeilijk mee dat …': the phrase, not the verb 'zeggen'
        if _other_reading(context, match, end):
            continue  # 'vond een demonstratie plaats': another verb, no report
        yield match


def _own_words(context: Context, match: re.Match) -> bool:
    """Whether the cue is the 'zeggen' of 'naar eigen zeggen'."""
    phrase = OWN_WORDS.search(context.text, max(0, match.start() - 12), match.end())
    return phrase is not None and phrase.end() == match.end()


def _other_reading(context: Context, match: re.Match, end: int) -> bool:
    """Whether the cue's clause holds a particle that makes its verb another one ('vond … plaats')."""
    lemma = context.lexicon.lemma(match["cue"])
    particles = {reading.split()[1] for reading in context.lexicon.words["other_reading"]
                 if reading.split()[0] == lemma}
    if not particles:
        return False
    clause = re.split(r"[,;:]|\bdat\b", context.text[match.end():end], maxsplit=1)[0]
    return any(re.search(rf"\b{re.escape(p)}\b", clause) for p in particles)


def particle(lexicon: QuoteLexicon, cue: str, words: str) -> str | None:
    """The particle of the separable verb `cue` among `words` ('gaf op Twitter toe'), or None."""
    return next((p for p in lexicon.particles.get(cue, ()) if re.search(rf"\b{re.escape(p)}\b", words)), None)


def full_cue(lexicon: QuoteLexicon, cue: str, words: str) -> str | None:
    """A separable verb with its particle found in `words` ('gaf … toe'); None when it is missing."""
    if not lexicon.is_separable(cue):
        return cue
    found = particle(lexicon, cue, words)
    return f"{cue} {found}" if found else None
