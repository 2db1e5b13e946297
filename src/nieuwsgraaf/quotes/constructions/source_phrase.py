"""A quote that follows the phrase naming the text it comes from and its author: 'een motie van de
SP om "…"', 'een oude tekst van Halsema ("…")'. The author of the text said the words (lexicon kind
document), whatever the sentence around the phrase is about."""

from __future__ import annotations

from ..attribution import Attribution, names_someone
from ..context import Context
from ..marks import QuoteSpan

_REACH = 160  # characters before the quote's opening mark that may hold the phrase


def source_phrase(context: Context, span: QuoteSpan, previous: Attribution | None) -> Attribution | None:
    """The author 'van X' of the text the phrase right before the quote names, else None."""
    sentence = context.sentence_of(span.open_start)
    start = max(sentence[0] if sentence else 0, span.open_start - _REACH)
    phrase = context.rules.document_before.search(context.text, start, span.open_start)
    if phrase is None:
        return None
    speaker = context.reader.speaker_from(phrase.start("who"), phrase.end("who"), span.open_start)
    return Attribution(speaker, phrase["cue"]) if names_someone(speaker) else None
