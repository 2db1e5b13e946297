"""'Volgens X …' reports what follows X; 'volgens X' inside a clause reports the whole clause
('Het was volgens premier Rutte een goed debat')."""

from __future__ import annotations

import re

from ..attribution import Attribution, Report, names_someone
from ..clauses import strip_connective
from ..context import Context
from ..rules import VOLGENS
from .subjects import clause_start

_OBJECT_PRONOUN = re.compile(r"(?:hem|haar)\b")
_ASIDE = re.compile(r"\s*\([^()]{0,60}\)")  # 'Volgens minister X (Handel) is …'


def volgens(context: Context, index: int, found: list[Report]) -> list[Report]:
    text, reader = context.text, context.reader
    start, end = context.sentences[index]
    results = []
    for match in VOLGENS.finditer(text, start, end):
        who_start = match.end()
        who_end = reader.phrase_end(who_start, end)
        pronoun = _OBJECT_PRONOUN.match(text, who_start, who_end)
        if pronoun:  # 'Volgens hem doet Wilders …': the pronoun alone, not the words after it
            speaker = reader.pronoun(who_start, pronoun.end(), start)
            who_end = pronoun.end()
        else:
            speaker = reader.speaker_from(who_start, who_end, start)
        if not names_someone(speaker):
            continue
        clause = strip_connective(text, clause_start(context, start, match.start()), match.start(), context.rules)
        stop = start + len(text[start:end].rstrip(" .!?\n"))
        if text[clause:match.start()].strip():
            content_start = clause  # 'Het was volgens premier Rutte een … debat'
        else:
            after = text[who_end:stop]
            aside = _ASIDE.match(after)
            skip = aside.end() if aside else 0
            content_start = who_end + skip + len(after[skip:]) - len(after[skip:].lstrip(" ,"))
        if stop > content_start:
            results.append(Report(content_start, stop, Attribution(speaker, "volgens")))
    return results
