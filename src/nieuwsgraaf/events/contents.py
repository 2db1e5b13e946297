"""What a threat, a demand or a refusal is about is no event of its own: 'dreigt met
tegenmaatregelen' is THREATEN `restrict`, 'eisen het ontslag' REQUEST `change`, 'weigert af te
treden' REJECT; the mode says what is threatened, asked or refused (docs/events.md §3)."""

from __future__ import annotations

from spacy.tokens import Token

from ..records import EventMention
from .lexicon import SPEECH_ACTS

_CONTENT_ROLES = frozenset({"obj", "obl", "xcomp"})  # what the act is about, not who
# The clause of an act noun ('de opdracht de grens te sluiten', 'de eis dat hij vertrekt') is its content.
_NOUN_CONTENT_ROLES = frozenset({"acl", "ccomp"})
# A prepositional argument ('dreigt met sancties', 'pleit voor een debat') is the act's content too,
# unless the verb has an object noun of its own: under a light verb ('opdracht gegeven tot een
# onderzoek') the argument goes with that noun, and what was ordered can be an event of its own.
_ARGUMENT_ROLE = "obl:arg"


def _is_content(token: Token, acts: set[int], light: set[int]) -> bool:
    head = token.head
    if head.i != token.i and head.i in light and token.dep_ == "xcomp":
        return True  # 'gaf de opdracht de hulp niet toe te laten': the parser hangs the clause on the verb
    if head.i == token.i or head.i not in acts:
        return False
    if token.dep_ in _CONTENT_ROLES or (token.dep_ in _NOUN_CONTENT_ROLES and head.pos_ == "NOUN"):
        return True
    return token.dep_ == _ARGUMENT_ROLE and not any(c.dep_ == "obj" for c in head.children)


def without_contents(found: list[tuple[Token, EventMention]]) -> list[EventMention]:
    """The mentions of one sentence, less those whose trigger is the object or complement of the
    trigger of a threat, demand or refusal in it."""
    # a demand left to its quote's speaker may be none (no quote): it takes no other event's place
    acts = {token.i for token, mention in found if mention.type in SPEECH_ACTS and not mention.speaker_source}
    light = {token.head.i for token, mention in found
             if mention.type in SPEECH_ACTS and token.pos_ == "NOUN" and token.dep_ == "obj"}
    return [mention for token, mention in found if not _is_content(token, acts, light)]
