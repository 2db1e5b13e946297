"""'Jambon gruwt naar eigen zeggen van racisme': the whole sentence is what its subject says.
Fronted, the phrase stands where 'Volgens X' would ('Naar eigen zeggen schiet het leger op …'): what
follows it is reported, and the subject after the verb says it."""

from __future__ import annotations

import re

from ...records import SpeakerRef
from ..attribution import Attribution, Report, names_someone
from ..clauses import sentence_stop
from ..context import Context
from ..refs import mention_ref
from ..rules import OWN_WORDS
from .subjects import clause_start

_VERB = re.compile(r"\s*\S+\s+")  # the finite verb right after the fronted phrase (verb second)


def own_words(context: Context, index: int, found: list[Report]) -> list[Report]:
    text = context.text
    start, end = context.sentences[index]
    match = OWN_WORDS.search(text, start, end)
    if match is None or context.in_quote(match.start()):
        return []
    stop = sentence_stop(text, start, end)
    clause = clause_start(context, start, match.start())
    if clause == start and not text[clause:match.start()].strip():
        return _fronted(context, match.end(), stop, start)
    speaker = _subject(context, start, end, clause, match.start())
    if speaker is None:
        return []
    return [Report(start, stop, Attribution(speaker, "naar eigen zeggen"))]


def _subject(context: Context, start: int, end: int, clause: int, cue: int) -> SpeakerRef | None:
    """The person the sentence names, else the subject before the phrase ('Hij wil naar eigen zeggen …')."""
    person = context.reader.mention_in(start, end, ("PER",))
    if person is not None:
        return mention_ref(person)
    speaker = context.reader.subject(clause, cue, start)
    return speaker if names_someone(speaker) else None


def _fronted(context: Context, after: int, stop: int, sentence_start: int) -> list[Report]:
    """'Naar eigen zeggen schiet Israël op …': the report after the phrase, said by the subject after its verb."""
    verb = _VERB.match(context.text, after)
    if verb is None:
        return []
    subject_end = context.reader.phrase_end(verb.end(), stop)
    speaker = context.reader.speaker_from(verb.end(), subject_end, sentence_start)
    if not names_someone(speaker):
        return []
    content_start = after + len(context.text[after:stop]) - len(context.text[after:stop].lstrip())
    return [Report(content_start, stop, Attribution(speaker, "naar eigen zeggen"))]
