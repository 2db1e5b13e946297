"""'Bij de oppositie klinkt dat …', 'Bij een andere minister is te horen dat …': what is heard from a
source fronted with 'bij' is its report (data/lexicons/quote_words.tsv kind heard_at)."""

from __future__ import annotations

from ..attribution import Report
from ..clauses import clause_report
from ..context import Context


def heard_at(context: Context, index: int, found: list[Report]) -> list[Report]:
    text, reader = context.text, context.reader
    start, end = context.sentences[index]
    results = []
    for match in context.rules.heard_at.finditer(text, start, end):
        if context.in_quote(match.start()):
            continue
        speaker = reader.speaker_from(match.start("who"), match.end("who"), start)
        report = clause_report(text, match.end(), end, context.rules, speaker, " ".join(match["cue"].split()))
        results.extend([report] if report else [])
    return results
