"""What a threat, a demand, a refusal, an offer, a proposal or a ban is about is no event of its
own: 'dreigt met tegenmaatregelen' is THREATEN `restrict`, 'eisen het ontslag' REQUEST `change`,
'weigert af te treden' REJECT, 'het aanbod om te praten' AGREE, 'verbood de betoging' COERCE; the
mode says what is threatened, asked or refused (docs/events.md §1, §3, §9). Threats, demands and
refusals always are such acts; offers, proposals and bans are the (type, lemma, pos) rows of
data/lexicons/event_content_acts.tsv. What a threat or a call asks may lie down an infinitive chain
('riep op de gevechten te staken'); what a refusal or a proposal is about may not (the gold keeps
'weigert de invasie te veroordelen' ASSAULT, 'stelde voor een top te organiseren' AGREE on `top`).
A relation a sanction cuts ('sluit samenwerking uit', 'verliet de vergadering') is no cooperation.
What one is willing to do, promises or denies may stand in an 'om … te' clause ('is bereid om te
onderhandelen', 'ontkende geld te hebben ontvangen'); the verb a modal demand sits on ('vindt dat
Francken moet opstappen': REQUEST on 'moet') is what is asked (docs/events.md §21)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .. import resources
from ..records import EventMention
from .lexicon import SPEECH_ACTS

_CONTENT_ROLES = frozenset({"obj", "obl", "xcomp"})  # what the act is about, not who
# The clause of an act noun ('de opdracht de grens te sluiten', 'de eis dat hij vertrekt') is its content.
_NOUN_CONTENT_ROLES = frozenset({"acl", "ccomp"})
# A prepositional argument ('dreigt met sancties', 'pleit voor een debat') is the act's content too,
# unless the verb has an object noun of its own: under a light verb ('opdracht gegeven tot een
# onderzoek') the argument goes with that noun, and what was ordered can be an event of its own.
_ARGUMENT_ROLE = "obl:arg"
# Down an infinitive chain under a threat or call: 'opgeroepen <-xcomp- staken <-obj- gevechten'.
_CHAIN_ROLES = frozenset({"xcomp", "obj"})
_CHAIN_STEPS = 2
_ASKS = frozenset({"THREATEN", "REQUEST"})
_INFINITIVE_MARKS = frozenset({"om", "te"})
_COOPERATIVE = frozenset({"AGREE", "CONSULT", "COOPERATE", "AID", "SUPPORT"})  # what a sanction can cut


@cache
def _content_acts() -> frozenset[tuple[str, str, str]]:
    return frozenset((fields[0], fields[1].lower(), fields[2])
                     for _, fields in resources.lexicon_rows("event_content_acts.tsv"))


def _is_offer_or_ban(token: Token, mention: EventMention) -> bool:
    """A separated verb keeps only its stem ('stelde ... voor', the particle not always hung on it):
    the trigger lexicon already matched the whole verb for this type, so the stem is enough."""
    lemma = token.lemma_.lower()
    return any(kind == mention.type and pos == token.pos_
               and (word == lemma or (pos == "VERB" and word.endswith(lemma)))
               for kind, word, pos in _content_acts())


def _is_act(token: Token, mention: EventMention) -> bool:
    return mention.type in SPEECH_ACTS or _is_offer_or_ban(token, mention)


def _is_direct_content(token: Token, acts: set[int], light: set[int]) -> bool:
    """`token` is the object, complement or argument of one of the `acts`."""
    head = token.head
    if head.i != token.i and head.i in light and token.dep_ == "xcomp":
        return True  # 'gaf de opdracht de hulp niet toe te laten': the parser hangs the clause on the verb
    if head.i == token.i or head.i not in acts:
        return False
    if token.dep_ in _CONTENT_ROLES or (token.dep_ in _NOUN_CONTENT_ROLES and head.pos_ == "NOUN"):
        return True
    if token.dep_ == "ccomp" and token.i > head.i:
        return True  # 'eiste dat de coalitie zou aftreden'; a clause before it is a misparse
    return token.dep_ == _ARGUMENT_ROLE and not any(c.dep_ == "obj" for c in head.children)


def _is_willed_clause(token: Token, settled: set[int]) -> bool:
    """`token` heads an 'om … te' clause after an offer, a promise or a refusal (`settled`): 'is
    bereid om de plannen te bespreken', 'ontkende gunsten te hebben ontvangen'. Under a call the
    clause may be an event the gold keeps ('riep op om de straat op te gaan')."""
    head = token.head
    return (token.dep_ == "advcl" and head.i != token.i and head.i in settled and token.i > head.i
            and any(m.dep_ == "mark" and m.lower_ in _INFINITIVE_MARKS for m in token.children))


def _is_content(token: Token, acts: set[int], light: set[int], asks: set[int],
                settled: frozenset[int] | set[int] = frozenset()) -> bool:
    """`token` is an act's content, or the object or complement of an infinitive that a threat or
    a demand (`asks`) is about, or the clause of an offer, a promise or a refusal (`settled`)."""
    if _is_direct_content(token, acts, light) or _is_willed_clause(token, settled):
        return True
    for _ in range(_CHAIN_STEPS):
        if token.dep_ not in _CHAIN_ROLES or token.head.i == token.i or token.head.pos_ != "VERB":
            return False
        token = token.head
        if token.dep_ == "xcomp" and token.head.i in asks:
            return True
    return False


def without_contents(found: list[tuple[Token, EventMention]]) -> list[EventMention]:
    """The mentions of one sentence, less those whose trigger is the content of the trigger of a
    threat, demand, refusal, offer, proposal or ban in it."""
    # a demand left to its quote's speaker may be none (no quote): it takes no other event's place
    found_acts = [(token, mention) for token, mention in found if not mention.speaker_source]
    acts = {token.i for token, mention in found_acts if _is_act(token, mention)}
    # A threat, demand or refusal is never what is offered or banned: in 'gaven de opdracht
    # voorstellen uit te werken' the parser takes the noun 'voorstellen' for a verb with an object.
    speech = {token.i for token, mention in found_acts if mention.type in SPEECH_ACTS}
    asks = {token.i for token, mention in found_acts if mention.type in _ASKS}
    settled = acts - asks
    light = {token.head.i for token, mention in found
             if mention.type in SPEECH_ACTS and token.pos_ == "NOUN" and token.dep_ == "obj"}
    cuts = {token.i for token, mention in found if mention.type == "SANCTION" and token.pos_ == "VERB"}
    # a demand by modal ('vindt dat Francken moet opstappen') sits on the auxiliary: its verb is what is asked
    demanded = {token.head.i for token, mention in found_acts
                if mention.type == "REQUEST" and token.dep_ == "aux" and token.head.i != token.i}
    return [mention for token, mention in found
            if token.i not in demanded
            and not _is_content(token, speech if mention.type in SPEECH_ACTS else acts, light, asks,
                               settled & speech if mention.type in SPEECH_ACTS else settled)
            and not (mention.type in _COOPERATIVE and _is_direct_content(token, cuts, set()))]
