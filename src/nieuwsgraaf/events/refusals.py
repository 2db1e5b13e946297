"""A negated consent is a refusal: 'gaat niet akkoord met', 'is niet bereid', 'stemt niet in met',
'ik ga geen geld beloven' name a REJECT, not a negated AGREE (docs/events.md §9, refusal by
negation). The consent words and the REJECT mode each names are in data/lexicons/event_refusals.tsv.
Likewise a negated 'uitsluiten' ('sluit militair ingrijpen niet uit', 'sloot niet uit geweld te
gebruiken') rules nothing out: it holds a harm over the target, a THREATEN (not a negated SANCTION)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import EventLexicon, TriggerEntry
from .modality import is_negated


def refusal_of(entry: TriggerEntry, trigger: Token, lexicon: EventLexicon) -> TriggerEntry | None:
    """The entry (REJECT, or the type event_refusals.tsv names) the negated word `trigger` names, or
    None when it is not negated or no such word. The negation is then the act itself: the event is
    not negated."""
    key = (entry.type, entry.lemma)
    if key not in lexicon.refusals or not is_negated(trigger, lexicon):
        return None
    kind, mode = lexicon.refusals[key]
    return TriggerEntry(kind, mode, entry.lemma, entry.pos)
