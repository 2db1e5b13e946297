"""The arguments of a verb: its subject acts (the `door` phrase in a passive) on its objects and
target phrases; a demand on the subject of its 'dat' clause; two parties named with 'elkaar' on
each other."""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import OBJECTS, case_of, is_passive, subject_of, with_conjuncts
from .records import Arguments
from .targets import RECIPROCAL, clause_subject, embedded_targets, location_of, targets_of


def _fronted(token: Token, verb: Token) -> bool:
    """The name stands first in a main clause, before its finite verb ('Xi zou Biden hebben
    gewaarschuwd'): the place of the subject in Dutch, where the parser gave the clause none."""
    finite = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "aux:pass"))])
    return token.i < finite and token.left_edge.i == verb.sent.start and token.dep_ in OBJECTS


def verb_arguments(verb: Token, demand: bool = False) -> Arguments:
    """Who does what a verb names to whom, and where; `demand`: the verb asks something of someone."""
    if is_passive(verb):
        agent = next((c for c in verb.children if c.dep_.startswith("obl") and case_of(c) == "door"), None)
        # the parser often labels a passive's subject plain nsubj beside its aux:pass
        patient = next((c for c in verb.children if c.dep_ in ("nsubj:pass", "nsubj")), None)
        sources = with_conjuncts(agent) if agent is not None else []
        targets = with_conjuncts(patient) if patient is not None else []
        targets += targets_of(verb, {t.i for t in targets} | {s.i for s in sources})
    else:
        subject = subject_of(verb)
        sources = with_conjuncts(subject) if subject is not None else []
        targets = targets_of(verb, {s.i for s in sources})
        if not sources and len(targets) > 1 and _fronted(targets[0], verb):
            sources, targets = [targets[0]], targets[1:]  # 'Xi zou Biden hebben gewaarschuwd', subject unseen
    if demand and not targets:
        targets = [t for t in clause_subject(verb) if t.i not in {s.i for s in sources}]
    if not targets:
        targets = embedded_targets(verb, {s.i for s in sources})
    reciprocal = any(c.lower_ in RECIPROCAL for c in verb.children)
    if reciprocal and not sources and len(targets) > 1:  # 'beschuldigen X en Y elkaar', read as objects
        sources, targets = targets, []
    if not targets and reciprocal and len(sources) > 1:
        sources, targets = sources[:1], sources[1:]  # 'Poetin en Trump ontmoetten elkaar'
    return Arguments(tuple(sources), tuple(targets), location_of([verb]))
