"""'waarschuwde de Franse voor hogere risico's voor de economie': the noun phrase is the warning."""

from __future__ import annotations

from ..attribution import Attribution, Report, names_someone
from ..clauses import content_end
from ..context import Context
from .subjects import clause_start, speaker_around

_MIN_WORDS = 3


def warning(context: Context, index: int, found: list[Report]) -> list[Report]:
    text = context.text
    start, end = context.sentences[index]
    results = []
    for match in context.rules.warns_of.finditer(text, start, end):
        clause = clause_start(context, start, match.start())
        speaker = speaker_around(context, clause, match.start(), match.end("cue"), match.start("content") - 5, start)
        if not names_someone(speaker):
            continue
        stop = content_end(text, match.start("content"), start + len(text[start:end].rstrip()), context.rules)
        if len(text[match.start("content"):stop].split()) < _MIN_WORDS:
            continue
        results.append(Report(match.start("content"), stop, Attribution(speaker, match["cue"])))
    return results
