"""The source of an event the parse left to the quote it stands in (`EventMention.speaker_source`):
a demand or verdict whose sentence names nobody who says it ('"Hamas moet de wapens neerleggen."',
'Dat is onaanvaardbaar.') is the quote's speaker's, as the quote stage found and the speaker step
linked them. Outside a quote, or in one with no linked speaker, nobody is known to say it: no event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..records import EventArgument, EventMention, Quote
from .dating import quote_of


def _speaker_argument(quote: Quote) -> EventArgument:
    """The quote's speaker as a source argument: the words naming it, else the quote itself."""
    ref = quote.speaker_ref
    start, end = (ref.start, ref.end) if ref is not None else (quote.start, quote.start)
    return EventArgument("source", start, end, quote.speaker_text or "", entity=quote.speaker)


def with_speaker_sources(mentions: Sequence[EventMention], quotes: Sequence[Quote]) -> tuple[EventMention, ...]:
    """`mentions` with the quote's speaker as the source of those whose source is the speaker's, and
    without those of them that stand in no quote with a linked speaker."""
    found = []
    for mention in mentions:
        if not mention.speaker_source:
            found.append(mention)
            continue
        index = quote_of(quotes, mention.trigger.start)
        if index is None or quotes[index].speaker is None:
            continue
        found.append(replace(mention, arguments=(_speaker_argument(quotes[index]), *mention.arguments)))
    return tuple(found)
