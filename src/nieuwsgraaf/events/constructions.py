"""Events that no trigger word names on its own but a construction of the clause does
(docs/events.md §9), found in a parsed sentence:

- `noemen` with an evaluation (data/lexicons/event_evaluations.tsv): 'X noemde het plan
  onverantwoord' is ACCUSE disapprove, 'noemt Y een goede vriend' SUPPORT;
- a demand by modal verb: 'Y moet …' in a clause someone else says ('…, zei X', 'X vindt dat Y
  moet …', 'volgens X moet Y …') is REQUEST change by X of Y; in a passive the one asked is the
  'door' phrase, and a passive without one, a relative clause or an existential 'er' asks nobody;
- a refusal by negated `willen`: 'X wil geen sancties', 'wil niet praten' is REJECT change, not
  negated (the negation is the refusal).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from .. import resources
from .arguments import arguments
from .lexicon import TriggerEntry
from .records import Arguments
from .triggers import TriggerHit

_CALL = frozenset({"noem", "noemt", "noemde", "noemden", "genoemd", "noemen"})
_MUST = frozenset({"moet", "moeten", "moest", "moesten"})
_WANT = frozenset({"wil", "willen", "wilde", "wilden", "wou"})
_NEGATIONS = frozenset({"niet", "geen", "nooit"})
_NOT_ADDRESSEES = frozenset({"ik", "we", "wij", "je", "jij", "men", "het", "er", "dat", "dit", "u"})
_SUBJECTS = ("nsubj", "nsubj:pass")
_EVALUATION_WINDOW = 12  # tokens after 'noemen' its judgement may stand in


@dataclass(frozen=True)
class ConstructionHit:
    hit: TriggerHit
    found: Arguments | None  # the actors when the construction knows them better than the tree
    negation_is_the_event: bool = False  # 'wil niet': the refusal, not a negated event


@cache
def _evaluations() -> dict[str, str]:
    return {fields[1]: fields[0] for _, fields in resources.lexicon_rows("event_evaluations.tsv")}


@cache
def speech_forms() -> frozenset[str]:
    """The one-word forms of data/lexicons/speech_verbs.tsv ('zei', 'verklaart', 'meldde')."""
    return frozenset(fields[0] for _, fields in resources.lexicon_rows("speech_verbs.tsv") if " " not in fields[0])


def _entry(kind: str, mode: str | None, lemma: str) -> tuple[TriggerEntry, ...]:
    return (TriggerEntry(kind, mode, lemma, "VERB"),)


def _evaluation(verb: Token) -> str | None:
    """'negative' or 'positive' when a word after the verb in its sentence judges what is named
    ('noemde het plan "onverantwoord"'); 'niet' before a word of praise or acceptance turns it."""
    table = _evaluations()
    sent = verb.sent
    window = verb.doc[verb.i + 1: min(sent.end, verb.i + _EVALUATION_WINDOW)]
    for token in window:
        word = token.lower_
        polarity = table.get(word) or (table.get(word[:-1]) if word.endswith("e") else None)
        if polarity is None:
            continue
        negated = any(t.lower_ in _NEGATIONS for t in window if t.i < token.i)
        if polarity == "acceptable":
            return "negative" if negated else None
        return "negative" if negated else polarity
    return None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def _demander(sent: Span, modal: Token) -> Token | None:
    """Who says the clause must happen: the subject of a speech verb of the sentence ('…, zei
    Rutte', 'Wilders vindt dat …'), or the name after 'volgens' or 'aldus'."""
    for token in sent:
        if token.lower_ in ("volgens", "aldus"):
            return next((t for t in sent if t.i > token.i and t.pos_ in ("PROPN", "NOUN")), None)
    for token in sent:
        if token.i != modal.i and token.lower_ in speech_forms() and token.pos_ == "VERB":
            subject = _subject(token)
            if subject is not None:
                return subject
    return None


def _agent(verb: Token) -> Token | None:
    """The 'door' phrase of a passive verb or of an event noun ('de schending door Rusland')."""
    return next((c for c in verb.children if c.dep_ == "obl:agent"
                 or (c.dep_ in ("obl", "obl:arg", "nmod") and any(g.lower_ == "door" and g.dep_ == "case" for g in c.children))), None)


def _addressee(sent: Span, modal: Token) -> Token | None:
    """The one the modal's clause asks to act: the subject of the clause (the tree's, else the
    subject right before or after the modal: 'Hamas moet …', 'dan moet Turkije …'); in a passive
    the 'door' phrase ('moeten door alle EU-landen worden gedragen'), and nobody without one ('het
    akkoord moet worden goedgekeurd'). A relative clause ('een provincie die moet worden ingelijfd')
    and an existential 'er' ('er moet nog veel werk gebeuren') ask no one."""
    main = modal.head if modal.dep_ == "aux" else modal
    if main.dep_ == "acl:relcl":
        return None
    subject = _subject(main) or _subject(modal)
    if subject is None:
        near = [t for t in sent if t.dep_ in _SUBJECTS and abs(t.i - modal.i) <= 2]
        subject = near[0] if near else None
    if subject is None or "Rel" in subject.morph.get("PronType"):
        return None
    if subject.dep_ == "nsubj:pass" or any(c.dep_ == "aux:pass" for c in main.children):
        return _agent(main)
    if any(c.lower_ == "er" and c.i < subject.i for c in main.children):
        return None
    return subject


def _must(sent: Span, token: Token) -> ConstructionHit | None:
    addressee = _addressee(sent, token)
    if addressee is None or addressee.lower_ in _NOT_ADDRESSEES:
        return None
    demander = _demander(sent, token)
    if demander is None or demander.i == addressee.i:
        return None
    hit = TriggerHit(token, _entry("REQUEST", "change", "moeten"), "construction")
    return ConstructionHit(hit, Arguments((demander,), (addressee,), None))


def _refusal(token: Token) -> ConstructionHit | None:
    main = token.head if token.dep_ == "aux" else token
    near = [*token.children, *main.children]
    near += [g for c in main.children if c.dep_ == "obj" for g in c.children if g.dep_ == "det"]
    if not any(t.lower_ in _NEGATIONS for t in near) or _subject(main) is None:
        return None
    hit = TriggerHit(token, _entry("REJECT", "change", "willen"), "construction")
    return ConstructionHit(hit, arguments(main), negation_is_the_event=True)


def find_constructions(sent: Span) -> list[ConstructionHit]:
    """The construction events of one parsed sentence."""
    found = []
    for token in sent:
        lower = token.lower_
        if lower in _CALL and token.pos_ == "VERB":
            polarity = _evaluation(token)
            if polarity:
                kind, mode = ("ACCUSE", "disapprove") if polarity == "negative" else ("SUPPORT", None)
                found.append(ConstructionHit(TriggerHit(token, _entry(kind, mode, "noemen"), "construction"), None))
        elif lower in _MUST and token.pos_ in ("AUX", "VERB"):
            hit = _must(sent, token)
            found.extend([hit] if hit else [])
        elif lower in _WANT and token.pos_ in ("AUX", "VERB"):
            hit = _refusal(token)
            found.extend([hit] if hit else [])
    return found
