"""How a parsed clause is built, as the argument rules read it: the case word of a phrase, what a
relative pronoun stands for, coordinated names, the subject (climbing te-infinitives and coordinated
verbs) and the passive voice."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .. import resources

SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
OBJECTS = ("obj", "iobj", "obl:arg")
RELATIVE = frozenset({"die", "dat", "welke", "wie", "wat"})
CONTROLLED = frozenset({"te", "om"})
# particles a 'zijn' verb may carry ('afgetreden', 'teruggetreden'); the verbs: data/lexicons/zijn_verbs.tsv
_PARTICLES = ("af", "op", "uit", "binnen", "terug", "toe", "over", "weg", "in", "bijeen", "samen", "")


def case_of(token: Token) -> str | None:
    """The preposition a phrase is introduced by ('tegen' of 'tegen Rusland'), lowercase."""
    return next((c.lower_ for c in token.children if c.dep_ == "case"), None)


def antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for: 'de EU-landen, die weigeren …' -> 'EU-landen'."""
    if token.lower_ not in RELATIVE or token.pos_ != "PRON":
        return token
    verb = token.head
    for _ in range(3):
        if verb.dep_ == "acl:relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        if verb.dep_ not in ("xcomp", "conj") or verb.head is verb:
            break
        verb = verb.head
    return _noun_before_comma(token) or token


def _noun_before_comma(pronoun: Token) -> Token | None:
    """'Johan Vande Lanotte, die snel klaarheid eist': right after a comma after a noun or name, the
    pronoun opens a relative clause on it wherever the parser hung the clause."""
    if pronoun.i < 2 or pronoun.doc[pronoun.i - 1].text != ",":
        return None
    noun = pronoun.doc[pronoun.i - 2]
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.sent.start == pronoun.sent.start else None


def with_conjuncts(token: Token) -> list[Token]:
    """'Poetin en Trump' are both actors."""
    token = antecedent(token)
    found = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON"):
            found.extend(with_conjuncts(child))
    return found


def is_controlled(verb: Token) -> bool:
    """'om Oekraïne binnen te vallen' hanging on a verb or a noun ('plannen om … te'): its subject
    is the one of the clause above."""
    return verb.dep_ in ("advcl", "acl") and any(c.dep_ == "mark" and c.lower_ in CONTROLLED
                                                 for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    """The subject of the clause a verb heads, or of the clause above a te-infinitive or coordinated verb."""
    for _ in range(4):  # climb te-infinitives and coordinated verbs to the clause that has a subject
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return subject
        if verb.head is verb or not (verb.dep_ in ("xcomp", "conj", "ccomp") or is_controlled(verb)):
            return None
        if is_controlled(verb) and is_passive(verb.head):
            return None  # 'ze worden betaald om … te': not the subject's own act
        verb = verb.head
        if verb.pos_ in ("NOUN", "PROPN"):  # 'maakt plannen om …' (not 'de druk groeit om …')
            if verb.dep_ != "obj":
                return None
            verb = verb.head
    return None


def is_passive(verb: Token) -> bool:
    """'is aangevallen', 'werd veroordeeld'; not the perfect of a verb that takes 'zijn' ('het kabinet
    is gevallen', 'Rusland is Oekraïne binnengevallen', 'zou teruggetreden zijn'), which the parser may
    label passive (its 'zijn' aux, aux:pass or cop)."""
    if not any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
        return False
    with_zijn = any(c.dep_ in ("aux", "aux:pass", "cop") and c.lemma_.lower() == "zijn" for c in verb.children)
    return not (with_zijn and _takes_zijn(verb) and not any(case_of(c) == "door" for c in verb.children))


def _takes_zijn(verb: Token) -> bool:
    """A verb whose perfect is made with 'zijn' (a move or a change of state): its participle after
    'is' is active. Its lemma or, the parser's lemma of a participle being often wrong, its written
    participle."""
    lemmas, participles = _zijn_verbs()
    return (_with_particle(verb.lemma_.lower(), lemmas)
            or _with_particle(verb.lower_, participles))


def _with_particle(word: str, bases: frozenset[str]) -> bool:
    """`word` is one of `bases`, bare or after a particle ('aftreden', 'teruggetreden')."""
    return any(word.startswith(particle) and word[len(particle):] in bases for particle in _PARTICLES)


@cache
def _zijn_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas and the participles of data/lexicons/zijn_verbs.tsv."""
    rows = [fields for _, fields in resources.lexicon_rows("zijn_verbs.tsv")]
    return frozenset(r[0] for r in rows), frozenset(r[1] for r in rows)
