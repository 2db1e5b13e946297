"""Whom an event is done to and where it happens: the objects and case phrases of a verb or noun,
the owner of an object that names no actor, the recipients of a governed infinitive, the subject of
a demand's 'dat' clause, and the place of an `in` phrase."""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import CONTROLLED, OBJECTS, SUBJECTS, case_of, with_conjuncts

TARGET_CASES = frozenset({"tegen", "aan", "met", "op", "bij", "naar", "tot", "uit", "jegens", "over"})
PLACE_CASES = frozenset({"in", "te"})
RECIPROCAL = frozenset({"elkaar", "mekaar"})
POSSESSIVE = frozenset({"zijn", "z'n", "haar", "hun", "diens", "wiens"})
_OWNER_CASES = frozenset({"van", "binnen"})  # 'het ontslag van X', 'de onenigheid binnen de regering'
_OCCASIONS = frozenset({"top", "topontmoeting", "topberaad", "vergadering", "bijeenkomst", "conferentie", "diner",
                        "persconferentie", "gesprek", "debat"})  # an infinitive clause whose subject is the main clause's


def _owners(thing: Token) -> list[Token]:
    """Who an object that is no actor belongs to: 'het ontslag van Van Quickenborne', 'zijn
    vertrek', 'de onenigheid binnen de regering'."""
    if thing.pos_ in ("PROPN", "PRON") or thing.ent_type_:
        return []
    return [c for c in thing.children if c.dep_ in ("nmod:poss", "det", "amod") and c.lower_ in POSSESSIVE
            or c.dep_ == "nmod" and case_of(c) in _OWNER_CASES]


def _is_occasion(token: Token) -> bool:
    """'op de APEC-top', 'tijdens het diner': where something happens, not whom it is done to."""
    word = token.lower_
    return word.rsplit("-", 1)[-1] in _OCCASIONS or word.endswith("top") and not word.endswith("stop")  # klimaattop


def targets_of(head: Token, exclude: set[int]) -> list[Token]:
    """The objects and target phrases of a verb or noun (with their conjuncts and owners), leaving
    out the tokens in `exclude`."""
    found = []
    for child in head.children:
        if child.i in exclude or child.lower_ in RECIPROCAL or _is_occasion(child):
            continue
        if child.dep_ in OBJECTS or (child.dep_ in ("obl", "nmod") and case_of(child) in TARGET_CASES):
            found.extend(with_conjuncts(child))
            found.extend(t for owner in _owners(child) if owner.i not in exclude for t in with_conjuncts(owner))
    return found


def clause_subject(verb: Token) -> list[Token]:
    """The subject of a 'dat' clause the verb governs: who a demand is made of."""
    for clause in verb.children:
        if clause.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "dat" for c in clause.children):
            subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
            return with_conjuncts(subject) if subject is not None else []
    return []


def embedded_targets(verb: Token, exclude: set[int]) -> list[Token]:
    """The recipients of the infinitive a verb governs: 'dreigde gijzelaars te executeren',
    'beloofde om Taiwan te verdedigen', 'dreigt uit de WTO te stappen'."""
    for clause in verb.children:
        if clause.dep_ == "xcomp" or clause.dep_ in ("ccomp", "advcl") and any(
                c.dep_ == "mark" and c.lower_ in CONTROLLED for c in clause.children):
            found = targets_of(clause, exclude)
            if found:
                return found
    return []


def location_of(heads: list[Token]) -> Token | None:
    """The place an `in` or `te` phrase on one of the heads names."""
    for head in heads:
        for child in head.children:
            if child.dep_ in ("obl", "nmod") and case_of(child) in PLACE_CASES and child.pos_ == "PROPN":
                return child
    return None
