"""What a threat, a demand or a refusal is about is no event of its own: 'dreigt met
tegenmaatregelen' is THREATEN `restrict`, 'eisen het ontslag' REQUEST `change`, 'weigert af te
treden' REJECT; the mode says what is threatened, asked or refused (docs/events.md §3)."""

from __future__ import annotations

from spacy.tokens import Token

from ..records import EventMention

SPEECH_ACTS = frozenset({"THREATEN", "REQUEST", "REJECT"})
_CONTENT_ROLES = frozenset({"obj", "obl", "xcomp"})  # what the act is about, not who


def without_contents(found: list[tuple[Token, EventMention]]) -> list[EventMention]:
    """The mentions of one sentence, less those whose trigger is the object or complement of the
    trigger of a threat, demand or refusal in it."""
    acts = {token.i for token, mention in found if mention.type in SPEECH_ACTS}
    return [mention for token, mention in found
            if not (token.dep_ in _CONTENT_ROLES and token.head.i in acts and token.head.i != token.i)]
