"""Who acts, on whom, and where: an event's arguments read off the dependency tree.

Source: the subject (the `door` phrase in a passive; the controlling verb's subject for a
te-infinitive, 'Trump dreigt uit de WTO te stappen'; the light verb's subject for an event noun,
'De EU legt sancties op'). Target: objects and phrases with tegen, aan, met, op, bij, naar, tot,
uit. Location: an `in` phrase naming a place. A relative pronoun stands for the noun its clause
hangs on ('de landen, die weigeren …'); a possessive pronoun of an event noun for the subject of
its verb ('De VS spraken hun steun uit'). Without a parse (the rule-based pipeline) the nearest
names before and after the trigger stand in.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

TARGET_CASES = frozenset({"tegen", "aan", "met", "op", "bij", "naar", "tot", "uit", "jegens", "over"})
AGENT_CASES = frozenset({"door", "van"})
PLACE_CASES = frozenset({"in", "te"})
_SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
_OBJECTS = ("obj", "iobj", "obl:arg")
_RECIPROCAL = frozenset({"elkaar", "mekaar"})
_RELATIVE = frozenset({"die", "dat", "welke", "wie", "wat"})
_POSSESSIVE = frozenset({"zijn", "z'n", "haar", "hun", "diens", "wiens"})


@dataclass(frozen=True)
class Arguments:
    sources: tuple[Token, ...] = ()
    targets: tuple[Token, ...] = ()
    location: Token | None = None


def _case(token: Token) -> str | None:
    return next((c.lower_ for c in token.children if c.dep_ == "case"), None)


def _antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for: 'de EU-landen, die weigeren …' -> 'EU-landen'."""
    if token.lower_ not in _RELATIVE or token.pos_ != "PRON":
        return token
    verb = token.head
    for _ in range(3):
        if verb.dep_ == "acl:relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        if verb.dep_ not in ("xcomp", "conj") or verb.head is verb:
            break
        verb = verb.head
    return token


def _with_conjuncts(token: Token) -> list[Token]:
    """'Poetin en Trump' are both actors."""
    token = _antecedent(token)
    found = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            found.extend(_with_conjuncts(child))
    return found


def _subject_of(verb: Token) -> Token | None:
    for _ in range(4):  # climb te-infinitives and coordinated verbs to the clause that has a subject
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("xcomp", "conj", "ccomp") or verb.head is verb:
            return None
        verb = verb.head
    return None


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children)


def _targets_of(head: Token, exclude: set[int]) -> list[Token]:
    found = []
    for child in head.children:
        if child.i in exclude or child.lower_ in _RECIPROCAL:
            continue
        if child.dep_ in _OBJECTS or (child.dep_ in ("obl", "nmod") and _case(child) in TARGET_CASES):
            found.extend(_with_conjuncts(child))
    return found


def _location_of(heads: list[Token]) -> Token | None:
    for head in heads:
        for child in head.children:
            if child.dep_ in ("obl", "nmod") and _case(child) in PLACE_CASES and child.pos_ == "PROPN":
                return child
    return None


def verb_arguments(verb: Token) -> Arguments:
    if _is_passive(verb):
        agent = next((c for c in verb.children if c.dep_.startswith("obl") and _case(c) == "door"), None)
        patient = next((c for c in verb.children if c.dep_ == "nsubj:pass"), None)
        sources = _with_conjuncts(agent) if agent is not None else []
        targets = _with_conjuncts(patient) if patient is not None else []
        targets += _targets_of(verb, {t.i for t in targets} | {s.i for s in sources})
    else:
        subject = _subject_of(verb)
        sources = _with_conjuncts(subject) if subject is not None else []
        targets = _targets_of(verb, {s.i for s in sources})
    if not targets and any(c.lower_ in _RECIPROCAL for c in verb.children) and len(sources) > 1:
        sources, targets = sources[:1], sources[1:]  # 'Poetin en Trump ontmoetten elkaar'
    return Arguments(tuple(sources), tuple(targets), _location_of([verb]))


def noun_arguments(noun: Token) -> Arguments:
    sources = [c for c in noun.children if c.dep_ == "nmod:poss" or
               (c.dep_ == "nmod" and _case(c) in AGENT_CASES) or
               (c.dep_ == "amod" and c.ent_type_ in ("MISC", "LOC", "ORG"))]
    targets = _targets_of(noun, {s.i for s in sources})
    verb = noun.head if noun.dep_ in _OBJECTS + _SUBJECTS + ("obl", "conj") else None
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        if noun.dep_ not in _SUBJECTS and [s.lower_ for s in sources] in ([p] for p in _POSSESSIVE):
            subject = _subject_of(verb)  # 'De VS hebben hun steun uitgesproken': the VS
            sources = _with_conjuncts(subject) if subject is not None else sources
        if not sources and noun.dep_ not in _SUBJECTS:
            light = verb_arguments(verb)
            sources = list(light.sources)
            if not targets:
                targets = [t for t in light.targets if t.i != noun.i]
        location = _location_of([noun, verb])
    else:
        location = _location_of([noun])
    return Arguments(tuple(sources), tuple(targets), location)


def arguments(trigger: Token) -> Arguments:
    """The arguments of a trigger word in a parsed sentence."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        return noun_arguments(trigger)
    return verb_arguments(trigger)


def nearby_arguments(trigger: Token, sent: Span) -> Arguments:
    """Without a parse: the last name before the trigger acts on the first name after it."""
    before = [e for e in sent.ents if e.end <= trigger.i]
    after = [e for e in sent.ents if e.start > trigger.i]
    sources = (before[-1].root,) if before else ()
    targets = (after[0].root,) if after else ()
    return Arguments(sources, targets, None)
