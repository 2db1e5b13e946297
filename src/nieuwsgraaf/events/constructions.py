"""Events that no trigger word names on its own but a construction of the clause does
(docs/events.md §9), found in a parsed sentence:

- `noemen` with an evaluation (data/lexicons/event_evaluations.tsv): 'X noemde het plan
  onverantwoord' is ACCUSE disapprove, 'noemt Y een goede vriend' SUPPORT;
- a demand by modal verb: 'Y moet …' in a clause someone else says ('…, zei X', 'X vindt dat Y
  moet …', 'volgens X moet Y …') is REQUEST change by X of Y; in a passive the one asked is the
  'door' phrase, and a passive without one, a relative clause or an existential 'er' asks nobody;
  nor does a modal in the past ('moest', 'had moeten': what was due then), in a question or in a
  clause that says whether or what ('besluit of hij moet blijven', 'de regel dat … moeten kunnen');
- a refusal by negated `willen`: 'X wil geen sancties', 'wil niet praten', also with the negation
  on the infinitive 'willen' governs ('wil Xi niet meer ontmoeten') is REJECT change, not negated
  (the negation is the refusal); not 'niet alleen', nor a refusal to comment ('wil niet zeggen',
  'wil niet speculeren', 'niet in te willen gaan op': data/lexicons/event_no_comment.txt); also as the
  'te willen' infinitive of a speech verb, by its subject ('zei niet meer met hem te willen praten');
- a wish on another: 'X wil dat Y …' is REQUEST change by X of Y, 'X wil niet dat Y …' REJECT;
- a charge: 'volgens X schendt Y de regel', 'zolang Y het bestand schendt, zegt X' (a verb of
  data/lexicons/event_charges.txt) is ACCUSE allege by the one who says it on the one who breaks it;
- a sentence received: 'Y kreeg 26 jaar', 'Y kregen een werkstraf' (data/lexicons/event_penalties.tsv) is
  COERCE arrest or SANCTION convict on Y; the court is left to the events step (events/justice.py);
- a ban by negated `mogen`: 'Hij mag het land niet verlaten', 'de mars mag niet doorgaan, besliste X'
  is COERCE restrict on the person or the gathering's people, 'ASML mag geen machines naar China
  exporteren', 'Noord-Korea mag geen raketten afvuren' SANCTION discontinue on the state or firm (on the
  country the goods may not go to, when named); by the one who decides or says it (data/lexicons/event_bans.tsv);
- a verdict: 'X vindt het besluit onaanvaardbaar' (a negative word of event_evaluations.tsv that
  'vinden' says of something, or a word of acceptance it denies: 'vindt het niet correct') is ACCUSE
  disapprove by X on the adjective, not when it judges only
  what may come ('vind het gevaarlijk als …'); so is the word as a predicate ('Dat is onaanvaardbaar',
  'Onacceptabel!'), by the one who says it, on its subject when that names an actor;
- blame: 'volgens X is Y verantwoordelijk voor de aanslag', 'X stelde Y verantwoordelijk voor …', 'Y
  maakt zich schuldig aan inmenging' is ACCUSE allege by the one who says it (or holds Y responsible)
  on Y.

A demand, predicate verdict or blame whose sentence names nobody who says it is left to the speaker of the
quote it stands in (`ConstructionHit.by_speaker`): the events step knows the quotes, this parse does not.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from .. import resources
from ..morphology import has_feature
from .arguments import arguments
from .lexicon import TriggerEntry
from .questions import CONDITIONAL_MARKS, conditional_clause, is_question
from .records import Arguments
from .triggers import TriggerHit

_CALL = frozenset({"noem", "noemt", "noemde", "noemden", "genoemd", "noemen"})
_MUST = frozenset({"moet", "moeten", "moest", "moesten"})
_MUST_PAST = frozenset({"moest", "moesten"})
_HAD = frozenset({"had", "hadden"})
_WANT = frozenset({"wil", "willen", "wilde", "wilden", "wou"})
_RECEIVE = frozenset({"krijgt", "krijgen", "kreeg", "kregen", "gekregen"})
_MAY = frozenset({"mag", "mogen", "mocht", "mochten"})
_PERSONAL = frozenset({"hij", "zij", "ze"})
_FIRST_PERSON = frozenset({"mijn", "ons", "onze"})
NEGATIONS = frozenset({"niet", "geen", "nooit"})  # that deny what a construction's word says (judgements.py too)
_NOT_ADDRESSEES = frozenset({"ik", "we", "wij", "je", "jij", "men", "het", "er", "dat", "dit", "u"})
_SUBJECTS = ("nsubj", "nsubj:pass")
# a clause one of these opens asks or says whether, what or how: 'besluit of hij moet blijven'
_ASKING = frozenset({"of", "wat", "welk", "welke", "wie", "waarom", "hoe", "waar", "wanneer"})
_WOULD = frozenset({"zou", "zouden"})  # a hypothesis, not a judgement of what was done
# a word of blame: the preposition of what is blamed, and the verbs it is the complement of
_BLAME = {"verantwoordelijk": ("voor", frozenset({"stellen", "houden"})), "schuldig": ("aan", frozenset({"maken"}))}
_EVALUATION_WINDOW = 12  # tokens after 'noemen' its judgement may stand in


@dataclass(frozen=True)
class ConstructionHit:
    hit: TriggerHit
    found: Arguments | None  # the actors when the construction knows them better than the tree
    negation_is_the_event: bool = False  # 'wil niet': the refusal, not a negated event
    by_speaker: bool = False  # the source is the speaker of the quote it stands in (no speaker in the sentence)
    replaces: int | None = None  # the index of a word whose own event this one takes over ('kregen een werkstraf')


@cache
def _evaluations() -> dict[str, str]:
    return {fields[1]: fields[0] for _, fields in resources.lexicon_rows("event_evaluations.tsv")}


@cache
def _charge_lemmas() -> frozenset[str]:
    return frozenset(fields[0] for _, fields in resources.lexicon_rows("event_charges.txt"))


@cache
def speech_forms() -> frozenset[str]:
    """The one-word forms of data/lexicons/speech_verbs.tsv ('zei', 'verklaart', 'meldde')."""
    return frozenset(fields[0] for _, fields in resources.lexicon_rows("speech_verbs.tsv") if " " not in fields[0])


def _entry(kind: str, mode: str | None, lemma: str) -> tuple[TriggerEntry, ...]:
    return (TriggerEntry(kind, mode, lemma, "VERB"),)


def _evaluation(verb: Token) -> str | None:
    """'negative' or 'positive' when a word after the verb in its sentence judges what is named
    ('noemde het plan "onverantwoord"'); 'niet' before a word of praise or acceptance turns it."""
    sent = verb.sent
    window = verb.doc[verb.i + 1: min(sent.end, verb.i + _EVALUATION_WINDOW)]
    for token in window:
        word = token.lower_
        polarity = _polarity(word) or (_plural_polarity(word) if token.pos_ == "NOUN" else None)
        if polarity is None:
            continue
        negated = any(t.lower_ in NEGATIONS for t in window if t.i < token.i)
        if polarity == "acceptable":
            return "negative" if negated else None
        return "negative" if negated else polarity
    return None


def _polarity(word: str) -> str | None:
    table = _evaluations()
    return table.get(word) or (table.get(word[:-1]) if word.endswith("e") else None)


def _plural_polarity(noun: str) -> str | None:
    """The judgement of a plural noun ('noemde hen monsters', 'leugenaars', 'terroristen')."""
    table = _evaluations()
    for ending in ("s", "en"):
        if noun.endswith(ending) and noun[: -len(ending)] in table:
            return table[noun[: -len(ending)]]
    return None


def _verdict(token: Token) -> ConstructionHit | None:
    """'X vindt het plan onverantwoord', 'laten weten het onacceptabel te vinden dat …': a word of
    condemnation (event_evaluations.tsv, negative) that 'vinden' says of something, or a word of
    acceptance it denies ('vindt het niet correct'), is ACCUSE disapprove by the one who finds it,
    with the adjective as trigger (as the gold has it)."""
    verb = token.head
    if token.dep_ != "xcomp" or verb.lemma_.lower() != "vinden":
        return None
    negated = any(t.lower_ in NEGATIONS for t in (*verb.children, *token.children))
    polarity = _polarity(token.lower_)
    if not (polarity == "negative" and not negated or polarity == "acceptable" and negated):
        return None  # 'vindt het niet onaanvaardbaar' judges nothing; 'vindt het niet correct' condemns
    if any(conditional_clause(c) for c in (*verb.children, *token.children)):
        return None  # 'vind het gevaarlijk als iemand …': a warning about what may come, no condemnation
    found = arguments(verb)
    if not found.sources:
        return None
    judged = [verb, *(t for t in found.targets if t.pos_ == "NOUN")]  # the parser hangs 'door' on either
    doers = [a for t in judged if (a := _agent(t)) is not None]
    if doers:  # 'vindt de schending … door Russische drones onacceptabel': the ones who did it
        found = Arguments(found.sources, tuple(doers), found.location)
    hit = TriggerHit(token, _entry("ACCUSE", "disapprove", token.lower_), "construction")
    return ConstructionHit(hit, found)


def _predicate_verdict(sent: Span, token: Token) -> ConstructionHit | None:
    """'Dat is onaanvaardbaar', 'Een schande!', 'Onacceptabel!': a word of condemnation as the
    predicate of its clause (with a copula, or a sentence with no verb) is ACCUSE disapprove by the
    one who says it, on its subject when that names an actor ('Hij is incompetent'), else on nobody;
    not negated ('is niet schandalig'), not a judgement of what may come ('is gevaarlijk als …', 'zou
    illegaal zijn'), not in a relative clause ('aspecten die oneerlijk zijn' describes the aspects)."""
    if _polarity(token.lower_) != "negative" or not _predicative(sent, token):
        return None
    if any(c.lower_ in NEGATIONS or conditional_clause(c) or c.lower_ in _WOULD for c in token.children):
        return None  # 'is niet schandalig', 'is gevaarlijk als …', 'zou illegaal zijn': nothing done is judged
    subject = own_subject(token)
    if token.dep_ == "acl:relcl" or (subject is not None and has_feature(subject, "PronType", "Rel")):
        return None  # 'aspecten die oneerlijk zijn': a relative clause describes its noun, it judges no one
    judged = (subject,) if subject is not None and _is_actor(subject) else ()
    hit = TriggerHit(token, _entry("ACCUSE", "disapprove", token.lower_), "construction")
    sayer = sayer_of(sent, token)
    if sayer is None:
        return ConstructionHit(hit, Arguments((), judged, None), by_speaker=True)
    if judged and judged[0].i == sayer.i:
        return None
    return ConstructionHit(hit, Arguments((sayer,), judged, None))


def _blame(sent: Span, token: Token) -> ConstructionHit | None:
    """'Y is verantwoordelijk voor de gevolgen', 'X stelde hen verantwoordelijk voor …', 'Y maakt zich
    schuldig aan inmenging': blame laid on Y is ACCUSE allege by the one who says it (the sentence's
    sayer, else the speaker of the quote it stands in); not negated ('zijn niet verantwoordelijk'), not a
    hypothesis ('zou … zijn'), not in a relative clause ('de premier die daarvoor verantwoordelijk was')."""
    word = token.lower_
    frame = _BLAME.get(word)
    if frame is None or not _blames(token, frame):
        return None
    if any(c.lower_ in NEGATIONS or c.lower_ in _WOULD or conditional_clause(c) for c in (*token.children, *token.head.children)):
        return None
    if token.dep_ == "acl:relcl":
        return None
    host = token.head if token.dep_ == "xcomp" else token  # 'stelde hen verantwoordelijk', 'maakt zich schuldig'
    other = next((c for c in host.children if c.dep_ == "obj" and c.lower_ != "zich"), None) if host.i != token.i else None
    blamed = other if other is not None else own_subject(host)  # 'X stelde hen …': the object; else the subject
    if blamed is None or _names_no_party(blamed):
        return None
    sayer = own_subject(host) if other is not None else sayer_of(sent, token)
    hit = TriggerHit(token, _entry("ACCUSE", "allege", word), "construction")
    if sayer is None:
        return ConstructionHit(hit, Arguments((), (blamed,), None), by_speaker=True)
    if sayer.i == blamed.i:
        return None
    return ConstructionHit(hit, Arguments((sayer,), (blamed,), None))


def _blames(token: Token, frame: tuple[str, frozenset[str]]) -> bool:
    """`token` lays blame: it has the argument its frame needs ('voor' the thing caused, 'aan' the
    wrong done; on itself, or on the verb it complements) and is a predicate (with a copula, or the
    complement of 'stellen'/'houden'/'maken')."""
    preposition, hosts = frame
    holders = (token, token.head) if token.dep_ == "xcomp" else (token,)
    if not any(_introduced_by(c, preposition) for holder in holders for c in holder.children):
        return False
    if any(c.dep_ == "cop" for c in token.children):
        return preposition == "voor"  # 'is schuldig aan' is a court's finding or a debt, 'is verantwoordelijk voor' blame
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in hosts


def _introduced_by(phrase: Token, preposition: str) -> bool:
    return phrase.dep_.startswith("obl") and any(g.lower_ == preposition and g.dep_ == "case" for g in phrase.children)


def _predicative(sent: Span, token: Token) -> bool:
    """`token` is what its clause says of the subject: it has a copula, or it heads a sentence
    with no verb ('Onacceptabel!')."""
    if any(c.dep_ == "cop" for c in token.children):
        return True
    return token.i == sent.root.i and not any(t.pos_ in ("VERB", "AUX") for t in sent)


def _is_actor(token: Token) -> bool:
    """A name of a person, body or country, or a personal pronoun ('hij'), not a thing ('het plan')."""
    return token.ent_type_ in ("PER", "ORG", "LOC") or token.lower_ in ("hij", "zij")


def _names_no_party(word: Token) -> bool:
    """A word that names nobody a construction's event is about or on: a pronoun of the speaker, the
    reader or no one ('we', 'men', 'het', 'er': _NOT_ADDRESSEES) or a relative pronoun ('de man die
    tien jaar kreeg': the event named again)."""
    return word.lower_ in _NOT_ADDRESSEES or has_feature(word, "PronType", "Rel")


def own_subject(verb: Token) -> Token | None:
    """The verb's own subject (active or passive), if the parse gives it one; clauses.subject_of also
    climbs to the clause above a te-infinitive or coordinated verb (the argument rules' reading)."""
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def acting_subject(verb: Token) -> Token | None:
    """The verb's subject, or for an infinitive the subject of the verb it completes ('blijft het bestand schenden')."""
    return own_subject(verb) or (own_subject(verb.head) if verb.dep_ == "xcomp" else None)


def sayer_of(sent: Span, modal: Token) -> Token | None:
    """Who says the clause must happen: the subject of a speech verb of the sentence ('…, zei
    Rutte', 'Wilders vindt dat …'), or the name after 'volgens' or 'aldus'."""
    for token in sent:
        if token.lower_ in ("volgens", "aldus"):
            first = next((t for t in sent if t.i > token.i and t.pos_ in ("PROPN", "NOUN")), None)
            return _person_after(first) if first is not None else None
    for token in sent:
        if token.i != modal.i and token.lower_ in speech_forms() and token.pos_ == "VERB":
            subject = own_subject(token)
            if subject is not None:
                return subject
    return None


def _person_after(title: Token) -> Token:
    """'volgens Groen-Kamerlid Wouter De Vriendt': the person the office word stands before, else the word."""
    after = title.nbor(1) if title.i + 1 < len(title.doc) else None
    if title.ent_type_ != "PER" and after is not None and after.ent_type_ == "PER":
        return after
    return title


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
    subject = own_subject(main) or own_subject(modal)
    if subject is None:
        near = [t for t in sent if t.dep_ in _SUBJECTS and abs(t.i - modal.i) <= 2]
        subject = near[0] if near else None
    if subject is None or has_feature(subject, "PronType", "Rel"):
        return None
    if subject.dep_ == "nsubj:pass" or any(c.dep_ == "aux:pass" for c in main.children):
        return _agent(main)
    if any(c.lower_ == "er" and c.i < subject.i for c in main.children):
        return None
    return subject


def _past(modal: Token) -> bool:
    """'moest', 'had moeten': what was due then, a rule or a regret, is no demand made now."""
    main = modal.head if modal.dep_ == "aux" else modal
    return modal.lower_ in _MUST_PAST or any(c.dep_ == "aux" and c.lower_ in _HAD for c in main.children)


def _must(sent: Span, token: Token) -> ConstructionHit | None:
    if _past(token):
        return None
    addressee = _addressee(sent, token)
    if addressee is None or addressee.lower_ in _NOT_ADDRESSEES:
        return None
    demander = sayer_of(sent, token)
    if demander is not None and demander.i == addressee.i:
        return None
    if not _stated(sent, token.head if token.dep_ == "aux" else token):
        return None
    hit = TriggerHit(token, _entry("REQUEST", "change", "moeten"), "construction")
    if demander is None:  # '"Hamas moet de wapens neerleggen."': the quote's speaker demands it
        return ConstructionHit(hit, Arguments((), (addressee,), None), by_speaker=True)
    return ConstructionHit(hit, Arguments((demander,), (addressee,), None))


def _stated(sent: Span, verb: Token) -> bool:
    """The clause of `verb` is what its sentence states: its main clause (or one joined to it), or the
    'dat' clause of a verb ('denkt dat Poetin moet komen'); not a question ('Waarom moet hij …?'),
    nor a clause that only says when or whether ('als je moet …', 'besluit of hij moet blijven') or
    what a noun holds ('het feit dat het COA moet betalen')."""
    if is_question(sent):
        return False
    if verb.i == sent.root.i or verb.dep_ in ("conj", "parataxis"):
        return True
    if verb.dep_ == "xcomp" and verb.i < verb.head.i:
        return True  # '"Hij moet opstappen", vindt Wilders': the quote before its verb
    if verb.dep_ != "ccomp" or any(m.dep_ == "mark" and m.lower_ != "dat" for m in verb.children):
        return False
    return verb.doc[verb.left_edge.i].lower_ not in _ASKING  # 'vroeg welke conclusie hij moet trekken'


def _charge(sent: Span, token: Token) -> ConstructionHit | None:
    """A rule broken, said by someone else: the sayer accuses the breaker (the subject of the verb,
    or of the verb it is the infinitive of: 'blijft het bestand schenden')."""
    breaker = acting_subject(token)
    if breaker is None or breaker.lower_ in _NOT_ADDRESSEES:
        return None
    accuser = sayer_of(sent, token)
    if accuser is None or accuser.i == breaker.i:
        return None
    hit = TriggerHit(token, _entry("ACCUSE", "allege", token.lemma_.lower()), "construction")
    return ConstructionHit(hit, Arguments((accuser,), (breaker,), None))


def _complement(main: Token) -> Token | None:
    """The infinitive 'willen' governs ('wil Xi niet ontmoeten')."""
    return next((c for c in main.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)


def _negation(tokens: list[Token]) -> bool:
    """A negation among `tokens` that denies the whole wish: 'niet alleen …, maar ook' does not."""
    return any(t.lower_ in NEGATIONS and t.nbor(1).lower_ != "alleen" for t in tokens if t.i + 1 < len(t.doc))


def _declines_comment(infinitive: Token) -> bool:
    """'wil niet zeggen', 'wil niet speculeren' (speech verbs, data/lexicons/event_no_comment.txt)."""
    lower, words = infinitive.lower_, resources.lexicon_words("event_no_comment.txt")
    particle = next((c.lower_ for c in infinitive.children if c.dep_ == "compound:prt"), "")
    return lower in speech_forms() or lower in words or particle + lower in words  # 'niet in te gaan op'



def _refusal(token: Token) -> ConstructionHit | None:
    """'X wil geen sancties', 'wil niet dat …', and the negation on the infinitive it governs: 'wil Xi
    niet meer ontmoeten', 'wil ze nog niet vrijgeven' (the refused act's objects are the targets)."""
    main = token.head if token.dep_ == "aux" else token
    near = [*token.children, *main.children]
    near += [g for c in main.children if c.dep_ == "obj" for g in c.children if g.dep_ == "det"]
    complement = _complement(main) if main is token else None
    if complement is not None and _declines_comment(complement):
        return None  # 'wil niet zeggen', 'wil niet speculeren': no comment, not a refusal (§9)
    inner = list(complement.children) if complement is not None else []
    reporter = _reporter(main) if own_subject(main) is None else None
    if reporter is not None:  # 'zei niet meer met hem te willen praten': the negation may hang on 'zei'
        refused = token.nbor(1) if token.i + 1 < len(token.doc) else token
        if refused.pos_ == "VERB" and _declines_comment(refused):
            return None
        inner += list(token.doc[token.head.i + 1: token.i])
    if not (_negation(near) or _negation(inner)) or (own_subject(main) is None and reporter is None):
        return None
    found = arguments(main)
    if reporter is not None:
        refused_targets = arguments(refused).targets if refused.pos_ == "VERB" else ()
        found = Arguments((reporter,), found.targets or refused_targets, found.location)
    if not found.targets and complement is not None:
        found = Arguments(found.sources, arguments(complement).targets, found.location)
    hit = TriggerHit(token, _entry("REJECT", "change", "willen"), "construction")
    return ConstructionHit(hit, found, negation_is_the_event=True)


def _reporter(infinitive: Token) -> Token | None:
    """The subject of the speech verb a 'te willen' infinitive is the complement of ('zei niet meer te
    willen onderhandelen', 'stelde niet te willen stemmen'): the one who says they refuse."""
    if infinitive.i == 0 or infinitive.nbor(-1).lower_ != "te" or infinitive.dep_ not in ("xcomp", "ccomp"):
        return None  # the parser hangs 'te' on either infinitive: read it by its place
    verb = infinitive.head
    if verb.lower_ not in speech_forms() or verb.i > infinitive.i:
        return None
    if own_subject(verb) is None and verb.dep_ == "conj":
        return own_subject(verb.head)  # 'sprak … en zei niet te willen …'
    return own_subject(verb)


def _wish(token: Token) -> ConstructionHit | None:
    """'X wil dat Y …' is X asking Y to do it: REQUEST change, target the subject of the 'dat'
    clause ('wil dat de EU de verantwoordelijkheid neemt'); 'wil niet dat Y …' is X refusing it
    (REJECT). Not when 'willen' has an object or infinitive of its own ('wil een verhaal schrijven
    dat …': that 'dat' begins a relative clause)."""
    if token.dep_ == "aux" or own_subject(token) is None:
        return None
    if any(c.dep_ in ("obj", "xcomp") for c in token.children):
        return None
    clause = next((c for c in token.children if c.dep_ == "ccomp"
                   and any(m.lower_ == "dat" and m.dep_ == "mark" for m in c.children)), None)
    addressee = own_subject(clause) if clause is not None else None
    if addressee is None or addressee.lower_ in _NOT_ADDRESSEES:
        return None
    mark = next(m for m in clause.children if m.dep_ == "mark")
    refused = _negation([*token.children, *token.doc[token.i + 1: mark.i]])
    kind = "REJECT" if refused else "REQUEST"
    hit = TriggerHit(token, _entry(kind, "change", "willen"), "construction")
    return ConstructionHit(hit, Arguments((own_subject(token),), (addressee,), None), negation_is_the_event=refused)


def _wanted(token: Token) -> ConstructionHit | None:
    """'X wil nieuwe verkiezingen', 'wil klaarheid van de minister': a thing wanted as the object of
    'willen' (no infinitive) is X's demand, REQUEST change, on the 'van' phrase when there is one."""
    if token.dep_ == "aux" or any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        return None
    subject = own_subject(token)
    wanted = next((c for c in token.children if c.dep_ == "obj" and c.pos_ == "NOUN"), None)
    if subject is None or wanted is None or _names_no_party(subject):
        return None
    if _past(token) or token.sent.text.rstrip().endswith("?") or _dependent_question(token):
        return None  # 'vroeg of zij meer regels wilden', 'als hij echt vrede wil': no demand made
    own = [t for c in token.children if c.dep_ not in ("conj", "parataxis") for t in c.subtree]
    if any(has_feature(t, "VerbForm", "Inf") for t in own):
        return None  # 'wil 140 miljard … inzetten': the parser missed the infinitive; an intention
    asked = [c for h in (token, wanted) for c in h.children if _from_actor(c)]
    hit = TriggerHit(token, _entry("REQUEST", "change", "willen"), "construction")
    return ConstructionHit(hit, Arguments((subject,), tuple(asked[:1]), None))


def _dependent_question(verb: Token) -> bool:
    """`verb` heads a clause that asks whether or says when ('vroeg of …', 'als hij … wil')."""
    marks = [m.lower_ for m in verb.children if m.dep_ == "mark"]
    return any(m in _ASKING or m in CONDITIONAL_MARKS for m in marks)


def _from_actor(phrase: Token) -> bool:
    """A 'van' phrase naming an actor ('steun van de EU', 'klaarheid van ministers Jambon en Geens'),
    not the thing wanted ('opheffing van de sancties')."""
    if not (phrase.dep_.startswith("obl") or phrase.dep_ == "nmod"):
        return False
    if not any(g.lower_ == "van" and g.dep_ == "case" for g in phrase.children):
        return False
    return phrase.pos_ == "PROPN" or phrase.ent_type_ in ("PER", "ORG", "LOC") or any(
        c.pos_ == "PROPN" and c.dep_ in ("appos", "flat") for c in phrase.children)


@cache
def _penalties() -> dict[str, tuple[str, str]]:
    return {fields[0]: (fields[1], fields[2]) for _, fields in resources.lexicon_rows("event_penalties.tsv")}


def _penalty(noun: Token) -> tuple[str, str] | None:
    """(type, mode) of a penalty named as what is received: 'een werkstraf', '26 jaar' (a term needs its number)."""
    kind = _penalties().get(noun.lower_)
    if kind is None or (kind[0] == "COERCE" and not any(c.dep_ == "nummod" for c in noun.children)):
        return None
    return kind


def _sentence_received(token: Token) -> ConstructionHit | None:
    """'Krystian M. kreeg 26 jaar', 'Negen mannen kregen een werkstraf van honderd uur': a court's sentence
    reported as received; the one sentenced is the subject. Not in a question or an 'als' clause, not on a
    relative pronoun ('de man die tien jaar kreeg' names the sentence again)."""
    if token.pos_ != "VERB" or is_question(token.sent) or conditional_clause(token):
        return None
    received = next((c for c in token.children if c.dep_ == "obj"), None)
    kind = _penalty(received) if received is not None else None
    sentenced = own_subject(token)
    if kind is None or sentenced is None or _names_no_party(sentenced):
        return None
    together = tuple(c for c in sentenced.children if c.dep_ == "conj")  # 'Van S. en Van C. kregen …': both
    hit = TriggerHit(token, _entry(kind[0], kind[1], "krijgen"), "construction")
    return ConstructionHit(hit, Arguments((), (sentenced, *together), None), replaces=received.i)


@cache
def _ban_words(kind: str) -> frozenset[str]:
    return frozenset(fields[1] for _, fields in resources.lexicon_rows("event_bans.tsv") if fields[0] == kind)


@cache
def _people_nouns() -> frozenset[str]:
    """Nouns for people (data/lexicons/speaker_nouns.tsv, event_actor_nouns.txt), plural as listed."""
    listed = {fields[1] for _, fields in resources.lexicon_rows("speaker_nouns.tsv")}
    return frozenset(listed | resources.lexicon_words("event_actor_nouns.txt"))


def _names_people(noun: Token) -> bool:
    """'de boer', 'burgemeesters', 'de demonstranten': a noun for people, singular or plural."""
    words, lower = _people_nouns(), noun.lower_
    return any(form in words for form in (lower, lower + "en", lower + "s", lower + "n"))


def _gathering(noun: Token) -> bool:
    """'de protestmars', 'een betoging': banning it restricts the people who hold it."""
    return noun.pos_ in ("NOUN", "PROPN") and any(noun.lower_.endswith(word) for word in _ban_words("gathering"))


def _banned(main: Token, modal: Token) -> Token | None:
    """The one the ban falls on: the subject, else an object before the modal in a clause with no
    subject (the parser's reading of 'dat de Mars niet mag doorgaan')."""
    subject = own_subject(main) or own_subject(modal)
    if subject is None:
        subject = next((c for c in main.children if c.dep_ == "obj" and c.i < modal.i), None)
    return subject


def _ban_kind(banned: Token, main: Token) -> tuple[str, str, Token | None] | None:
    """(type, mode, target) of a ban on `banned`: a person or a gathering COERCE restrict; a state or
    firm SANCTION discontinue, on the country its goods may not go to ('naar China') when named; a thing
    without such a country ('Corruptie mag niet lonen') is no ban."""
    destination = next((c for c in main.children if c.dep_.startswith("obl") and c.ent_type_ == "LOC"
                        and any(g.lower_ == "naar" and g.dep_ == "case" for g in c.children)), None)
    if banned.ent_type_ == "PER" or banned.lower_ in _PERSONAL or _names_people(banned):
        return "COERCE", "restrict", banned
    if _gathering(banned):  # its people, who are rarely named: the gathering stands for them (no other recipient)
        return "COERCE", "restrict", banned
    if banned.ent_type_ in ("ORG", "LOC") or destination is not None:
        return "SANCTION", "discontinue", destination or banned
    return None


def _decider(sent: Span, modal: Token) -> Token | None:
    """Who imposes the ban: the subject of a verb of decision ('besliste X dat …', '…, zo besliste X'),
    else the one who says it (`sayer_of`)."""
    deciders = _ban_words("decider")
    for token in sent:
        if token.pos_ == "VERB" and token.lemma_.lower() in deciders and (subject := own_subject(token)) is not None:
            return subject
    return sayer_of(sent, modal)


def _imposed(sent: Span, main: Token) -> bool:
    """The ban is stated, not wished or supposed: the main clause (or one joined to it, or a quote before
    its verb), or the 'dat' clause of a verb of decision ('besliste dat …'), not a question."""
    if is_question(sent):
        return False
    if main.i == sent.root.i or main.dep_ in ("conj", "parataxis") or (main.dep_ == "xcomp" and main.i < main.head.i):
        return True
    if main.dep_ != "ccomp" or not any(m.dep_ == "mark" and m.lower_ == "dat" for m in main.children):
        return False
    return main.head.lemma_.lower() in _ban_words("decider")


_CLAUSES = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis", "conj"})


def _in_clause(token: Token, main: Token) -> bool:
    """`token` belongs to the clause of `main`, not to a clause inside it: 'Geen boer mocht …', 'mag
    bepaalde machines niet meer …' (the parser may hang 'niet' on any word of the clause)."""
    while token.i != main.i:
        if token.dep_ in _CLAUSES or token.head.i == token.i:
            return False
        token = token.head
    return True


def _ban(sent: Span, token: Token) -> ConstructionHit | None:
    """'Hij mag het land niet verlaten', 'Geen boer mocht erdoor', 'ASML mag geen machines naar China
    exporteren': a ban (docs/events.md §40). Not 'Mocht hij …' (an 'if'), not in a relative or 'als'
    clause, not on 'we', 'het', 'dit' or 'er' (a rule, no party banned: 'dit mag nooit meer gebeuren')."""
    main = token.head if token.dep_ == "aux" else token
    if token.i == sent.start or main.dep_ == "acl:relcl" or conditional_clause(main) or not _imposed(sent, main):
        return None
    if any(c.dep_ == "aux" and c.lower_ in _WOULD for c in main.children):  # 'zou geen … mogen houden': a wish
        return None
    banned = _banned(main, token)
    if banned is None or _names_no_party(banned):
        return None
    if any(c.lower_ in _FIRST_PERSON for c in banned.children) or any(c.lower_ == "er" for c in main.children):
        return None
    if not _negation([t for t in main.subtree if _in_clause(t, main)]):
        return None
    kind = _ban_kind(banned, main)
    if kind is None:
        return None
    type_, mode, target = kind
    decider = _decider(sent, token)
    if decider is not None and target is not None and decider.i == target.i:
        return None
    hit = TriggerHit(token, _entry(type_, mode, "mogen"), "construction")
    found = Arguments((decider,) if decider is not None else (), (target,) if target is not None else (), None)
    return ConstructionHit(hit, found, negation_is_the_event=True)


def find_constructions(sent: Span) -> list[ConstructionHit]:
    """The construction events of one parsed sentence."""
    found = []
    charges = _charge_lemmas()
    for token in sent:
        lower, pos = token.lower_, token.pos_  # read once: each read asks spaCy's string store
        if lower in _CALL and pos == "VERB":
            polarity = _evaluation(token)
            if polarity:
                kind, mode = ("ACCUSE", "disapprove") if polarity == "negative" else ("SUPPORT", None)
                found.append(ConstructionHit(TriggerHit(token, _entry(kind, mode, "noemen"), "construction"), None))
        elif lower in _MUST and pos in ("AUX", "VERB"):
            hit = _must(sent, token)
            found.extend([hit] if hit else [])
        elif lower in _RECEIVE:
            hit = _sentence_received(token)
            found.extend([hit] if hit else [])
        elif lower in _MAY and pos in ("AUX", "VERB"):
            hit = _ban(sent, token)
            found.extend([hit] if hit else [])
        elif lower in _WANT and pos in ("AUX", "VERB"):
            hit = _refusal(token) or _wish(token) or _wanted(token)
            found.extend([hit] if hit else [])
        elif pos == "VERB" and token.lemma_.lower() in charges:
            hit = _charge(sent, token)
            found.extend([hit] if hit else [])
        elif pos == "ADJ":
            hit = _verdict(token) or _predicate_verdict(sent, token) or _blame(sent, token)
            found.extend([hit] if hit else [])
        elif pos == "NOUN":
            hit = _predicate_verdict(sent, token)
            found.extend([hit] if hit else [])
    return found
