"""A negated consent is a refusal: 'gaat niet akkoord met', 'is niet bereid', 'stemt niet in met',
'ik ga geen geld beloven' name a REJECT, not a negated AGREE (docs/events.md §9, refusal by
negation). The consent words and the REJECT mode each names are in data/lexicons/event_refusals.tsv."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import EventLexicon, TriggerEntry
from .modality import is_negated


def refusal_of(entry: TriggerEntry, trigger: Token, lexicon: EventLexicon) -> TriggerEntry | None:
    """The REJECT entry the negated consent word `trigger` names, or None when it is no negated
    consent. The negation is then the refusal itself: the event is not negated."""
    key = (entry.type, entry.lemma)
    if key not in lexicon.refusals or not is_negated(trigger, lexicon):
        return None
    return TriggerEntry("REJECT", lexicon.refusals[key], entry.lemma, entry.pos)
