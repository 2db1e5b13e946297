"""The arguments of an event noun: its possessor or `van`/`door` phrase acts (`van` is the target of
a noun of something done to someone), 'tussen X en Y', a relative clause on it, and the clause the
noun stands in: a light verb's subject ('De EU legt sancties op'), a receiver ('X kreeg kritiek van
Y'), one who undergoes it ('riskeert vijf jaar cel'), and a country's goods a measure with a source
is laid on ('heffingen op een reeks Chinese producten')."""

from __future__ import annotations

from spacy.tokens import Token

from .. import resources
from .clauses import OBJECTS, RELATIVE, SUBJECTS, case_of, is_passive, subject_of, with_conjuncts
from .records import Arguments
from .targets import POSSESSIVE, location_of, targets_of
from .verb_arguments import verb_arguments

AGENT_CASES = frozenset({"door", "van"})
_RECEIVE = frozenset({"krijgen", "krijgt", "krijg", "kreeg", "kregen", "gekregen"})
_UNDERGO = frozenset({"riskeren", "uitzitten", "ondergaan", "ontlopen", "belanden", "afwachten", "blijven", "zitten"})
_GO_INTO = frozenset({"gaan", "moeten", "komen", "verdwijnen"})  # 'moest de cel in', 'gaat de gevangenis in'


def _is_amount(token: Token) -> bool:
    """'een celstraf van 3 jaar': how much, not who."""
    return token.like_num or any(c.dep_ == "nummod" for c in token.children)


def _undergone(noun: Token, verb: Token) -> bool:
    """The clause's subject undergoes what the noun names: a verb of undergoing ('riskeert vijf jaar
    cel', 'zit een straf uit') or a stay in it ('blijft in de cel', 'moest de cel in')."""
    if verb.lemma_.lower() in _UNDERGO:
        return True
    inside = case_of(noun) == "in" or any(c.lower_ == "in" and c.dep_ in ("compound:prt", "case", "advmod", "obl")
                                          for c in (*noun.children, *verb.children))
    return inside and verb.lemma_.lower() in _GO_INTO


def _relative_agent(noun: Token) -> list[Token]:
    """Who does what an event noun names, by the relative clause on it: 'de heffingen die de
    regering-Trump heeft ingesteld', 'het pakket sancties dat de EU voorbereidt' (the other noun
    of the clause, whatever label the parser gave it; not in a passive clause)."""
    for clause in (c for c in noun.children if c.dep_ in ("acl", "acl:relcl")):
        relative = [c for c in clause.children if c.lower_ in RELATIVE and c.pos_ == "PRON"]
        if not relative or is_passive(clause):
            continue
        others = [c for c in clause.children if c.dep_ in ("nsubj", "obj", "iobj") and c.i not in {r.i for r in relative}
                  and c.pos_ in ("PROPN", "NOUN", "PRON")]
        if len(others) == 1:
            return with_conjuncts(others[0])
    return []


def _taxed_goods(noun: Token) -> list[Token]:
    """A country's goods hung on the noun, whatever the preposition or none ('importtarieven op een
    reeks Amerikaanse producten', 'embargo's voor Russische producten'): whom the measure is laid on."""
    return [c for c in noun.children if c.dep_ == "nmod" and c.lower_ in resources.lexicon_words("goods_nouns.txt")
            and any(a.dep_ == "amod" and a.text[:1].isupper() for a in c.children)]


def noun_arguments(noun: Token, undergoer: bool = False) -> Arguments:
    """`undergoer`: the noun names what is done to someone, so its `van` phrase is the target."""
    agent_cases = {"door"} if undergoer else AGENT_CASES
    sources = [c for c in noun.children if c.dep_ == "nmod:poss" or
               (c.dep_ == "nmod" and case_of(c) in agent_cases) or
               (c.dep_ == "amod" and c.ent_type_ in ("MISC", "LOC", "ORG"))]
    targets = targets_of(noun, {s.i for s in sources})
    between = next((c for c in noun.children if c.dep_ == "nmod" and case_of(c) == "tussen"), None)
    if between is not None and not sources:  # 'de gesprekken tussen Brussel en Washington'
        pair = with_conjuncts(between)
        sources, targets = pair[:1], pair[1:] + targets
    if undergoer:
        targets += [t for c in noun.children if c.dep_ == "nmod" and case_of(c) == "van" for t in with_conjuncts(c)]
    if not sources:  # 'de heffingen die de regering-Trump heeft ingesteld'
        sources = _relative_agent(noun)
    verb = noun.head if noun.dep_ in OBJECTS + SUBJECTS + ("obl", "conj") else None
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        if noun.dep_ not in SUBJECTS and [s.lower_ for s in sources] in ([p] for p in POSSESSIVE):
            subject = subject_of(verb)  # 'De VS hebben hun steun uitgesproken': the VS
            sources = with_conjuncts(subject) if subject is not None else sources
        receiver = subject_of(verb) if verb.lower_ in _RECEIVE and noun.dep_ == "obj" else None
        if receiver is not None and len(with_conjuncts(receiver)) == 1:  # 'X kreeg kritiek (van Y)': done to X
            giver = [c for c in verb.children if c.dep_.startswith("obl") and case_of(c) in AGENT_CASES]
            sources = [t for t in sources or [t for c in giver for t in with_conjuncts(c)] if not _is_amount(t)]
            targets = [receiver, *targets]
        elif not sources and undergoer and _undergone(noun, verb):  # 'X moet de cel in': done to X
            subject = subject_of(verb)
            targets = [*(with_conjuncts(subject) if subject is not None else []), *targets]
        elif not sources and noun.dep_ not in SUBJECTS:
            light = verb_arguments(verb)
            sources = list(light.sources)
            if not targets:
                targets = [t for t in light.targets if t.i != noun.i]
        location = location_of([noun, verb])
    else:
        location = location_of([noun])
    if sources:  # a measure someone lays on a country's goods; alone, the goods make no event of their own
        targets += [g for g in _taxed_goods(noun) if g.i not in {t.i for t in targets}]
    return Arguments(tuple(sources), tuple(targets), location)
