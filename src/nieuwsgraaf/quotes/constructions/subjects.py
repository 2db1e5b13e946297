"""Where the clause of a cue starts, and who its subject is: before the cue, or after it when a
word or phrase is fronted ('Volgens de krant zei Rutte …', 'Later waarschuwde de Duitse …')."""

from __future__ import annotations

import re

from ...records import SpeakerRef
from ..attribution import names_someone
from ..clauses import first_finite, strip_connective
from ..context import Context
from ..rules import QUOTE_MARKS

# 'Annemiek van Spanje, de advocaat van de familie, laat weten dat …', 'De sector, die veel wagens
# invoert, vreest dat …': a subject and one phrase set off by commas before the cue.
_SET_OFF = re.compile(r"\s*(?P<subject>[^,;:\n]+?),\s+[^,;:\n]+,\s*$")


def clause_start(context: Context, start: int, cue_start: int) -> int:
    """After the last comma before the cue and a connective opening the clause ('maar het hof')."""
    text = context.text
    comma = text.rfind(", ", start, cue_start)
    found = start if comma < 0 else comma + 2
    while text[found:found + 1] in (" ", *QUOTE_MARKS):
        found += 1
    return strip_connective(text, found, cue_start, context.rules)


def speaker_around(context: Context, clause: int, cue_start: int, cue_end: int, content_start: int,
                   quote_start: int) -> SpeakerRef | None:
    """The subject before the cue, or (after a fronted word or phrase) the one after it."""
    prefix = context.text[clause:cue_start].strip()
    if not prefix:
        subject = _set_off_subject(context, cue_start, quote_start)
        if subject is not None:
            return subject
    fronted = bool(context.rules.fronted.match(prefix))
    if prefix and not fronted:
        speaker = context.reader.subject(clause, cue_start, quote_start)
        if names_someone(speaker):
            return speaker
    if not prefix or fronted or first_finite(prefix, context.lexicon) is None:
        return context.reader.speaker_from(cue_end, content_start, quote_start)
    return None


def _set_off_subject(context: Context, cue_start: int, quote_start: int) -> SpeakerRef | None:
    """The subject before a phrase set off by commas right before the cue, when the sentence opens with it."""
    sentence = context.sentence_of(cue_start)
    if sentence is None:
        return None
    match = _SET_OFF.fullmatch(context.text, sentence[0], cue_start)
    if match is None:
        return None
    subject = match["subject"].lstrip(QUOTE_MARKS)
    rules = context.rules
    if rules.fronted.match(subject) or rules.subordinate.match(subject) or first_finite(subject, context.lexicon) is not None:
        return None  # 'Op zaterdag, de warmste dag, werd …', 'Toen Stoltenberg, toen nog …, lucht'
    speaker = context.reader.speaker_from(match.start("subject"), match.end("subject"), quote_start)
    return speaker if names_someone(speaker) else None
