"""A negated consent is a refusal: 'gaat niet akkoord met', 'is niet bereid', 'stemt niet in met',
'ik ga geen geld beloven' name a REJECT, not a negated AGREE (docs/events.md §9, refusal by
negation). The consent words and the REJECT mode each names are in data/lexicons/event_refusals.tsv.
Likewise a negated 'uitsluiten' ('sluit militair ingrijpen niet uit', 'sloot niet uit geweld te
gebruiken') rules nothing out: it holds a harm over the target, a THREATEN (not a negated SANCTION).
The constructions of data/lexicons/event_negated_refusals.tsv ('werkt niet mee aan', 'neemt geen genoegen
met', 'ziet het niet zitten', 'is niet van plan') are REJECT phrases that count only when negated (`refused`,
asked by the trigger finder; docs/events.md §57)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import EventLexicon, TriggerEntry
from .modality import clause_verb, is_negated


def refusal_of(entry: TriggerEntry, trigger: Token, lexicon: EventLexicon) -> TriggerEntry | None:
    """The entry (REJECT, or the type event_refusals.tsv names) the negated word `trigger` names, or
    None when it is not negated or no such word. The negation is then the act itself: the event is
    not negated."""
    key = (entry.type, entry.lemma)
    if key not in lexicon.refusals or not is_negated(trigger, lexicon):
        return None
    kind, mode = lexicon.refusals[key]
    return TriggerEntry(kind, mode, entry.lemma, entry.pos)


# 'voelt er niets voor', 'is allerminst bereid': words that deny a consent besides the stage's negations
_MORE_NEGATIONS = frozenset({"niets", "geenszins", "allerminst", "nimmer"})


def refused(words: list[Token], trigger: Token, lexicon: EventLexicon) -> bool:
    """Whether the clause of a negated-refusal phrase (its `words`, `trigger` among them) denies it: a
    negation on one of its words or on the verb of its clause ('neemt geen genoegen', 'werkt niet mee'), not
    'niet alleen'. Not under a 'willen', whose negated wish is the refusal already (constructions.py: 'wil
    niet meewerken' is REJECT on 'wil'). An unparsed sentence has no clause to tell: no refusal."""
    if not trigger.dep_:
        return False
    verb = clause_verb(trigger)
    heads = {*words, verb}
    if any(c.lemma_ == "willen" and c.dep_ == "aux" for c in verb.children):
        return False
    near = [c for head in heads for c in head.children]
    near += [g for c in near if c.dep_ in ("obj", "obl") for g in c.children if g.dep_ == "det"]
    negations = lexicon.negations | _MORE_NEGATIONS
    return any(t.lower_ in negations and not (t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "alleen")
               and not _another_clause(t, trigger) for t in near)


def _another_clause(negation: Token, trigger: Token) -> bool:
    """A conjunction between the negation and the trigger opens the trigger's own clause, so the negation
    is the governing verb's: 'zei niet of Iran van plan is' (not the 'te' of an infinitive: 'niet te zien zitten')."""
    doc = negation.doc
    return negation.i < trigger.i and any(t.dep_ == "mark" and t.lower_ != "te" for t in doc[negation.i + 1:trigger.i])
