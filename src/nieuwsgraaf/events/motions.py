"""Backing a motion does what the motion does: whoever supports a motion of no confidence asks for a
departure, whoever supports a motion of censure disapproves (docs/events.md §19). 'De SGP steunde de
motie van wantrouwen', 'de motie van wantrouwen werd door de oppositie gesteund', 'de motie van
wantrouwen kreeg de steun van de oppositie' are REQUEST `change`; 'steunde een motie van afkeuring'
ACCUSE `disapprove`. The kinds of motion: data/lexicons/event_motions.tsv.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .. import resources

_MOTION = "motie"
_PATIENTS = frozenset({"obj", "nsubj:pass"})  # 'steunde de motie', 'de motie werd gesteund'
_RELATIVES = frozenset({"die", "dat"})
_HOLDERS = frozenset({"nsubj"})  # 'de motie kreeg de steun', 'de motie kon op steun rekenen'


@cache
def motion_kinds() -> dict[str, tuple[str, str | None]]:
    return {fields[0].lower(): (fields[1], (fields[2] if len(fields) > 2 else "") or None)
            for _, fields in resources.lexicon_rows("event_motions.tsv")}


def _named_motion(token: Token) -> Token | None:
    """The motion `token` is, or names by its 'van' phrase (a relative clause may hang on 'wantrouwen')."""
    if _MOTION in token.lower_:
        return token
    return token.head if token.dep_ == "nmod" and _MOTION in token.head.lower_ else None


def _motion(trigger: Token) -> Token | None:
    """The motion the support word is about: its object, a passive's subject, or (for the noun
    'steun') the subject of the verb it hangs on."""
    for child in trigger.children:
        if child.dep_ in _PATIENTS and _MOTION in child.lower_:
            return child
        if child.dep_ in _PATIENTS and child.lower_ in _RELATIVES and child.i >= 2 and child.nbor(-1).text == ",":
            # 'de motie van wantrouwen, die door de oppositie gesteund werd': the noun before the comma,
            # wherever the parser hung the clause
            return _named_motion(child.nbor(-2))
    head = trigger.head
    while head.i != trigger.i and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head  # 'kon op geen enkele steun rekenen': the verb above the phrase
    if trigger.pos_ == "NOUN" and head.i != trigger.i:
        return next((c for c in head.children if c.dep_ in _HOLDERS and _MOTION in c.lower_), None)
    return None


def motion_event(trigger: Token) -> tuple[str, str | None] | None:
    """(type, mode) of backing the motion the support word `trigger` is about, or None when it is
    about no motion of a listed kind."""
    motion = _motion(trigger)
    if motion is None:
        return None
    kinds = motion_kinds()
    prefix = motion.lower_.split(_MOTION)[0]  # 'wantrouwensmotie'
    if prefix in kinds:
        return kinds[prefix]
    for child in motion.children:  # 'motie van wantrouwen'
        if child.dep_ == "nmod" and child.lower_ in kinds:
            return kinds[child.lower_]
    return None
