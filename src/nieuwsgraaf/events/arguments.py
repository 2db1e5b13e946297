"""Who acts, on whom, and where: an event's arguments read off the dependency tree.

Source: the subject (the `door` phrase in a passive, whose subject is the target; 'X kreeg kritiek
van Y' is likewise done by Y to X; the controlling verb's subject for a
te-infinitive, 'Trump dreigt uit de WTO te stappen', also an 'om … te' clause, 'gebruikt Moldavië
om Oekraïne binnen te vallen'; the light verb's subject for an event noun, 'De EU legt sancties
op'). Target: objects and phrases with tegen, aan, met, op, bij, naar, tot, uit; an object that
names no actor ('eist het ontslag van X', 'eist zijn vertrek', 'hekelt de onenigheid binnen de
regering') also gives the actor it is of; for a demand, the subject of its 'dat' clause ('eist
dat de NAVO-landen meer betalen'); without one, the recipient of the infinitive it governs ('dreigde
gijzelaars te executeren'). Of a noun 'tussen X en Y' makes X the source and Y the target. Of a noun that names what is done to someone ('de arrestatie
van Imamoglu', 'de vrijlating van gijzelaars') `van` is the target, otherwise the source.
A meeting the event happens at ('ontmoet Poetin op de APEC-top') is no target. The perfect of a
verb that takes 'zijn' ('het kabinet is gevallen') is active, whatever label the parser gives it; two
parties doing it to each other ('beschuldigen X en Y elkaar') go from the first to the second also
when the parser reads them as objects; a relative clause on an event noun names its doer ('de
heffingen die de regering-Trump heeft ingesteld'); of a penalty whose clause's verb is one of
undergoing ('riskeert vijf jaar cel', 'moest de cel in') the subject is the target; where the parser
gives an active clause no subject, a name standing first, before the finite verb, is it ('Xi zou
Biden hebben gewaarschuwd'). Location: an `in`
phrase naming a place. A relative pronoun stands for the noun its clause
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
# Events done to someone: of their nouns `van` names the one it is done to ('de arrestatie van X').
UNDERGOER_TYPES = frozenset({"COERCE"})
UNDERGOER_MODES = frozenset({("SANCTION", "convict"), ("SANCTION", "expel"), ("RETREAT", "release"),
                             ("ASSAULT", "abduct"), ("ASSAULT", "targeted")})
_SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
_OBJECTS = ("obj", "iobj", "obl:arg")
_RECIPROCAL = frozenset({"elkaar", "mekaar"})
_RELATIVE = frozenset({"die", "dat", "welke", "wie", "wat"})
_POSSESSIVE = frozenset({"zijn", "z'n", "haar", "hun", "diens", "wiens"})
_OWNER_CASES = frozenset({"van", "binnen"})  # 'het ontslag van X', 'de onenigheid binnen de regering'
_CONTROLLED = frozenset({"te", "om"})
# verbs that make their perfect with 'zijn' (the bare verb; a particle before it counts too: 'afgetreden')
_ZIJN_VERBS = frozenset({"vallen", "treden", "stappen", "gaan", "komen", "keren", "lopen", "vertrekken",
                         "vluchten", "stoppen", "verdwijnen", "beginnen", "blijven", "slagen", "mislukken"})
_PARTICLES = ("af", "op", "uit", "binnen", "terug", "toe", "over", "weg", "in", "bijeen", "samen", "")
_RECEIVE = frozenset({"krijgen", "krijgt", "krijg", "kreeg", "kregen", "gekregen"})
_UNDERGO = frozenset({"riskeren", "uitzitten", "ondergaan", "ontlopen", "belanden", "afwachten", "blijven", "zitten"})
_GO_INTO = frozenset({"gaan", "moeten", "komen", "verdwijnen"})  # 'moest de cel in', 'gaat de gevangenis in'
_OCCASIONS = frozenset({"top", "topontmoeting", "topberaad", "vergadering", "bijeenkomst", "conferentie", "diner",
                        "persconferentie", "gesprek", "debat"})  # an infinitive clause whose subject is the main clause's


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


def _is_controlled(verb: Token) -> bool:
    """'om Oekraïne binnen te vallen' hanging on a verb or a noun ('plannen om … te'): its subject
    is the one of the clause above."""
    return verb.dep_ in ("advcl", "acl") and any(c.dep_ == "mark" and c.lower_ in _CONTROLLED
                                                 for c in verb.children)


def _subject_of(verb: Token) -> Token | None:
    for _ in range(4):  # climb te-infinitives and coordinated verbs to the clause that has a subject
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return subject
        if verb.head is verb or not (verb.dep_ in ("xcomp", "conj", "ccomp") or _is_controlled(verb)):
            return None
        if _is_controlled(verb) and _is_passive(verb.head):
            return None  # 'ze worden betaald om … te': not the subject's own act
        verb = verb.head
        if verb.pos_ in ("NOUN", "PROPN"):  # 'maakt plannen om …' (not 'de druk groeit om …')
            if verb.dep_ != "obj":
                return None
            verb = verb.head
    return None


def _is_passive(verb: Token) -> bool:
    """'is aangevallen', 'werd veroordeeld'; not the perfect of a verb that takes 'zijn' ('het kabinet
    is gevallen', 'Rusland is Oekraïne binnengevallen'), which the parser may label passive."""
    if not any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
        return False
    with_zijn = any(c.dep_ in ("aux", "aux:pass") and c.lemma_.lower() == "zijn" for c in verb.children)
    return not (with_zijn and _takes_zijn(verb) and not any(_case(c) == "door" for c in verb.children))


def _takes_zijn(verb: Token) -> bool:
    """A verb whose perfect is made with 'zijn' (a move or a change of state): its participle after
    'is' is active."""
    lemma = verb.lemma_.lower()
    return lemma in _ZIJN_VERBS or any(lemma == particle + base for base in _ZIJN_VERBS
                                       for particle in _PARTICLES if lemma.startswith(particle))


def _owners(thing: Token) -> list[Token]:
    """Who an object that is no actor belongs to: 'het ontslag van Van Quickenborne', 'zijn
    vertrek', 'de onenigheid binnen de regering'."""
    if thing.pos_ in ("PROPN", "PRON") or thing.ent_type_:
        return []
    return [c for c in thing.children if c.dep_ in ("nmod:poss", "det", "amod") and c.lower_ in _POSSESSIVE
            or c.dep_ == "nmod" and _case(c) in _OWNER_CASES]


def _is_amount(token: Token) -> bool:
    """'een celstraf van 3 jaar': how much, not who."""
    return token.like_num or any(c.dep_ == "nummod" for c in token.children)


def _is_occasion(token: Token) -> bool:
    """'op de APEC-top', 'tijdens het diner': where something happens, not whom it is done to."""
    word = token.lower_
    return word.rsplit("-", 1)[-1] in _OCCASIONS or word.endswith("top") and not word.endswith("stop")  # klimaattop


def _targets_of(head: Token, exclude: set[int]) -> list[Token]:
    found = []
    for child in head.children:
        if child.i in exclude or child.lower_ in _RECIPROCAL or _is_occasion(child):
            continue
        if child.dep_ in _OBJECTS or (child.dep_ in ("obl", "nmod") and _case(child) in TARGET_CASES):
            found.extend(_with_conjuncts(child))
            found.extend(t for owner in _owners(child) if owner.i not in exclude for t in _with_conjuncts(owner))
    return found


def _fronted(token: Token, verb: Token) -> bool:
    """The name stands first in a main clause, before its finite verb ('Xi zou Biden hebben
    gewaarschuwd'): the place of the subject in Dutch, where the parser gave the clause none."""
    finite = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "aux:pass"))])
    return token.i < finite and token.left_edge.i == verb.sent.start and token.dep_ in _OBJECTS


def _clause_subject(verb: Token) -> list[Token]:
    """The subject of a 'dat' clause the verb governs: who a demand is made of."""
    for clause in verb.children:
        if clause.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "dat" for c in clause.children):
            subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
            return _with_conjuncts(subject) if subject is not None else []
    return []


def _location_of(heads: list[Token]) -> Token | None:
    for head in heads:
        for child in head.children:
            if child.dep_ in ("obl", "nmod") and _case(child) in PLACE_CASES and child.pos_ == "PROPN":
                return child
    return None


def _embedded_targets(verb: Token, exclude: set[int]) -> list[Token]:
    """The recipients of the infinitive a verb governs: 'dreigde gijzelaars te executeren',
    'beloofde om Taiwan te verdedigen', 'dreigt uit de WTO te stappen'."""
    for clause in verb.children:
        if clause.dep_ == "xcomp" or clause.dep_ in ("ccomp", "advcl") and any(
                c.dep_ == "mark" and c.lower_ in _CONTROLLED for c in clause.children):
            found = _targets_of(clause, exclude)
            if found:
                return found
    return []


def verb_arguments(verb: Token, demand: bool = False) -> Arguments:
    if _is_passive(verb):
        agent = next((c for c in verb.children if c.dep_.startswith("obl") and _case(c) == "door"), None)
        # the parser often labels a passive's subject plain nsubj beside its aux:pass
        patient = next((c for c in verb.children if c.dep_ in ("nsubj:pass", "nsubj")), None)
        sources = _with_conjuncts(agent) if agent is not None else []
        targets = _with_conjuncts(patient) if patient is not None else []
        targets += _targets_of(verb, {t.i for t in targets} | {s.i for s in sources})
    else:
        subject = _subject_of(verb)
        sources = _with_conjuncts(subject) if subject is not None else []
        targets = _targets_of(verb, {s.i for s in sources})
        if not sources and len(targets) > 1 and _fronted(targets[0], verb):
            sources, targets = [targets[0]], targets[1:]  # 'Xi zou Biden hebben gewaarschuwd', subject unseen
    if demand and not targets:
        targets = [t for t in _clause_subject(verb) if t.i not in {s.i for s in sources}]
    if not targets:
        targets = _embedded_targets(verb, {s.i for s in sources})
    reciprocal = any(c.lower_ in _RECIPROCAL for c in verb.children)
    if reciprocal and not sources and len(targets) > 1:  # 'beschuldigen X en Y elkaar', read as objects
        sources, targets = targets, []
    if not targets and reciprocal and len(sources) > 1:
        sources, targets = sources[:1], sources[1:]  # 'Poetin en Trump ontmoetten elkaar'
    return Arguments(tuple(sources), tuple(targets), _location_of([verb]))


def _undergone(noun: Token, verb: Token) -> bool:
    """The clause's subject undergoes what the noun names: a verb of undergoing ('riskeert vijf jaar
    cel', 'zit een straf uit') or a stay in it ('blijft in de cel', 'moest de cel in')."""
    if verb.lemma_.lower() in _UNDERGO:
        return True
    inside = _case(noun) == "in" or any(c.lower_ == "in" and c.dep_ in ("compound:prt", "case", "advmod", "obl")
                                         for c in (*noun.children, *verb.children))
    return inside and verb.lemma_.lower() in _GO_INTO


def _relative_agent(noun: Token) -> list[Token]:
    """Who does what an event noun names, by the relative clause on it: 'de heffingen die de
    regering-Trump heeft ingesteld', 'het pakket sancties dat de EU voorbereidt' (the other noun
    of the clause, whatever label the parser gave it; not in a passive clause)."""
    for clause in (c for c in noun.children if c.dep_ in ("acl", "acl:relcl")):
        relative = [c for c in clause.children if c.lower_ in _RELATIVE and c.pos_ == "PRON"]
        if not relative or _is_passive(clause):
            continue
        others = [c for c in clause.children if c.dep_ in ("nsubj", "obj", "iobj") and c.i not in {r.i for r in relative}
                  and c.pos_ in ("PROPN", "NOUN", "PRON")]
        if len(others) == 1:
            return _with_conjuncts(others[0])
    return []


def noun_arguments(noun: Token, undergoer: bool = False) -> Arguments:
    """`undergoer`: the noun names what is done to someone, so its `van` phrase is the target."""
    agent_cases = {"door"} if undergoer else AGENT_CASES
    sources = [c for c in noun.children if c.dep_ == "nmod:poss" or
               (c.dep_ == "nmod" and _case(c) in agent_cases) or
               (c.dep_ == "amod" and c.ent_type_ in ("MISC", "LOC", "ORG"))]
    targets = _targets_of(noun, {s.i for s in sources})
    between = next((c for c in noun.children if c.dep_ == "nmod" and _case(c) == "tussen"), None)
    if between is not None and not sources:  # 'de gesprekken tussen Brussel en Washington'
        pair = _with_conjuncts(between)
        sources, targets = pair[:1], pair[1:] + targets
    if undergoer:
        targets += [t for c in noun.children if c.dep_ == "nmod" and _case(c) == "van" for t in _with_conjuncts(c)]
    if not sources:  # 'de heffingen die de regering-Trump heeft ingesteld'
        sources = _relative_agent(noun)
    verb = noun.head if noun.dep_ in _OBJECTS + _SUBJECTS + ("obl", "conj") else None
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        if noun.dep_ not in _SUBJECTS and [s.lower_ for s in sources] in ([p] for p in _POSSESSIVE):
            subject = _subject_of(verb)  # 'De VS hebben hun steun uitgesproken': the VS
            sources = _with_conjuncts(subject) if subject is not None else sources
        receiver = _subject_of(verb) if verb.lower_ in _RECEIVE and noun.dep_ == "obj" else None
        if receiver is not None and len(_with_conjuncts(receiver)) == 1:  # 'X kreeg kritiek (van Y)': done to X
            giver = [c for c in verb.children if c.dep_.startswith("obl") and _case(c) in AGENT_CASES]
            sources = [t for t in sources or [t for c in giver for t in _with_conjuncts(c)] if not _is_amount(t)]
            targets = [receiver, *targets]
        elif not sources and undergoer and _undergone(noun, verb):  # 'X moet de cel in': done to X
            subject = _subject_of(verb)
            targets = [*(_with_conjuncts(subject) if subject is not None else []), *targets]
        elif not sources and noun.dep_ not in _SUBJECTS:
            light = verb_arguments(verb)
            sources = list(light.sources)
            if not targets:
                targets = [t for t in light.targets if t.i != noun.i]
        location = _location_of([noun, verb])
    else:
        location = _location_of([noun])
    return Arguments(tuple(sources), tuple(targets), location)


def arguments(trigger: Token, kind: str = "", mode: str | None = None) -> Arguments:
    """The arguments of a trigger word of an event of type `kind` (and `mode`) in a parsed sentence."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        demanded = kind == "REQUEST" and trigger.dep_ == "obj"  # 'eist het ontslag van X'
        return noun_arguments(trigger, undergoer=demanded or kind in UNDERGOER_TYPES
                              or (kind, mode) in UNDERGOER_MODES)
    return verb_arguments(trigger, demand=kind == "REQUEST")


def nearby_arguments(trigger: Token, sent: Span) -> Arguments:
    """Without a parse: the last name before the trigger (with the names coordinated with it, 'VVD
    en CDA') acts on the first name after it."""
    before = [e for e in sent.ents if e.end <= trigger.i]
    after = [e for e in sent.ents if e.start > trigger.i]
    named = before[-1:]
    while len(before) > len(named):  # 'VVD en CDA', 'SP, DENK en FVD'
        earlier, first = before[-len(named) - 1], named[0]
        if first.start - earlier.end != 1 or sent.doc[earlier.end].lower_ not in ("en", ","):
            break
        named.insert(0, earlier)
    sources = tuple(e.root for e in named)
    targets = (after[0].root,) if after else ()
    return Arguments(sources, targets, None)
