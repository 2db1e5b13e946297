"""'In een verklaring staat dat …', 'In het stuk zou staan dat …': a document says what its 'dat'
clause holds. The speaker is the author named after 'van', else the document itself, as for a direct
quote 'luidt het in de brief' (data/lexicons/quote_words.tsv kind document)."""

from __future__ import annotations

from ..attribution import Attribution, Report, names_someone
from ..clauses import content_end
from ..context import Context


def document_says(context: Context, index: int, found: list[Report]) -> list[Report]:
    text, reader = context.text, context.reader
    start, end = context.sentences[index]
    results = []
    for match in context.rules.document_says.finditer(text, start, end):
        if context.in_quote(match.start()):
            continue
        speaker = reader.speaker_from(match.start("who"), match.end("who"), start)
        if not names_someone(speaker):
            continue
        stop = content_end(text, match.end(), end, context.rules)
        if len(text[match.end():stop].split()) < 2:
            continue
        results.append(Report(match.end(), stop, Attribution(speaker, " ".join(match["cue"].split()))))
    return results
