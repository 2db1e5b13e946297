"""'In een verklaring staat dat …', 'In het stuk zou staan dat …': a document says what its 'dat'
clause holds. The speaker is the author named after 'van', else the document itself, as for a direct
quote 'luidt het in de brief' (data/lexicons/quote_words.tsv kind document)."""

from __future__ import annotations

import re

from ..attribution import Report
from ..clauses import clause_report
from ..context import Context


def document_says(context: Context, index: int, found: list[Report]) -> list[Report]:
    return sourced_reports(context.rules.document_says, context, index)


def sourced_reports(pattern: re.Pattern, context: Context, index: int) -> list[Report]:
    """Every match of `pattern` in sentence `index`, outside quotes: the words of its `who` group speak, and
    the 'dat' clause after it is the report ('In een verklaring van X staat dat …', 'Bij X klinkt dat …')."""
    text, reader = context.text, context.reader
    start, end = context.sentences[index]
    results = []
    for match in pattern.finditer(text, start, end):
        if context.in_quote(match.start()):
            continue
        speaker = reader.speaker_from(match.start("who"), match.end("who"), start)
        report = clause_report(text, match.end(), end, context.rules, speaker, " ".join(match["cue"].split()))
        results.extend([report] if report else [])
    return results
