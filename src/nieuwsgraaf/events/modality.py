"""Negation and modality of an event, from the words of its clause (data/lexicons/event_modality.tsv)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..morphology import has_feature
from .lexicon import EventLexicon

ORDER = ("denied", "hypothetical", "possible", "future", "reported")  # the first that applies wins
_PERFECT_AUXILIARIES = ("hebben", "zijn")
_CLAUSE_DEPS = ("aux", "aux:pass", "advmod", "mark", "cop")
# 'De premier kon dinsdag spreken met …', 'Suga mocht een bezoek brengen': a past ability or leave reports what
# was done; a 'Mocht hij …' that opens its clause is a condition
_PAST_ABILITY = frozenset({"kon", "konden", "mocht", "mochten"})


def clause_verb(trigger: Token) -> Token:
    """The verb whose clause the trigger is in (the trigger itself when it is a verb)."""
    token = trigger
    for _ in range(3):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            return token
        token = token.head
    return token


def _governors(verb: Token) -> list[Token]:
    """The verbs that govern the clause of `verb`: 'ontkent dat …', 'wil … opleggen', 'dreigt te'."""
    found, head = [], verb
    for _ in range(3):
        if head.dep_ not in ("ccomp", "xcomp", "advcl") or head.head is head:
            break
        head = head.head
        found.append(head)
    return found


def _clause_heads(trigger: Token) -> list[Token]:
    """The trigger, the verb of its clause, then the verbs that govern that clause."""
    verb = clause_verb(trigger)
    return [trigger, verb, *_governors(verb)]


def _clause_words(heads: list[Token]) -> list[Token]:
    trigger, verb, governors = heads[0], heads[1], heads[2:]
    words = [c for head in {trigger, verb} for c in head.children if c.dep_ in _CLAUSE_DEPS or c.dep_ == "det"]
    for head in governors:
        words.append(head)
        words.extend(c for c in head.children if c.dep_ in _CLAUSE_DEPS)
    return words


def is_negated(trigger: Token, lexicon: EventLexicon) -> bool:
    verb = clause_verb(trigger)
    near = list(trigger.children) + list(verb.children)
    near += [g for c in near if c.dep_ in ("obj", "obl") for g in c.children if g.dep_ == "det"]
    return any(t.lower_ in lexicon.negations for t in near)


def _hearsay_auxiliary(words: list[Token]) -> Token | None:
    """The 'zou' of a hearsay perfect ('zou hebben gezegd', 'zouden zijn aangevallen'): an event that
    happened by someone's report, not a wish or a condition (docs/events.md section 6). A condition
    word in the clause ('als … zou hebben') still makes it hypothetical."""
    would = next((t for t in words if t.lemma_ == "zullen" and has_feature(t, "Tense", "Past")
                  and t.dep_ == "aux"), None)
    perfect = any(t.dep_ in ("aux", "aux:pass", "cop") and t.lemma_ in _PERFECT_AUXILIARIES and t.head.i == would.head.i
                  for t in words) if would is not None else False
    return would if perfect else None


def _according_to(heads: list[Token], sent: Span) -> bool:
    """A 'volgens X' of the trigger's own clause (or of a clause that governs it; `heads`, from
    _clause_heads): one elsewhere in the sentence ('…, die volgens de politie …', 'volgens de verklaring
    zou dit …') reports another event."""
    at = {t.i for t in heads}
    return any(t.lower_ == "volgens" and (t.head.i in at or t.head.head.i in at) for t in sent)


def _past_ability(token: Token) -> bool:
    return token.lower_ in _PAST_ABILITY and token.dep_ == "aux" and token.i > token.head.left_edge.i


def modality_of(trigger: Token, sent: Span, lexicon: EventLexicon, parsed: bool, past_ability: bool = True) -> str:
    """One of asserted, future, hypothetical, possible, reported, denied; with `past_ability` False, a past
    'kon' or 'mocht' inside its clause counts for nothing (the act was done)."""
    heads = _clause_heads(trigger) if parsed else []
    words = _clause_words(heads) if parsed else list(sent)
    if not past_ability:
        words = [t for t in words if not _past_ability(t)]
    hearsay = _hearsay_auxiliary(words) if parsed else None
    found = {lexicon.modality[t.lower_] for t in words if t.lower_ in lexicon.modality
             and (hearsay is None or t.i != hearsay.i)}
    if hearsay is not None:
        found.add("reported")
    lowered = f" {sent.text.lower()} "
    found |= {kind for cue, kind in lexicon.modality.items() if " " in cue and f" {cue} " in lowered}
    if _according_to(heads, sent) if parsed else " volgens " in lowered:
        found.add("reported")
    return next((kind for kind in ORDER if kind in found), "asserted")
