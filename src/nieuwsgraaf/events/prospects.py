"""A meeting still to come: the parse shows it is announced, proposed, planned or possible.

docs/events.md section 3: a future meeting is AGREE, a meeting that takes or took place is
CONSULT. Tense alone misses most of them: the meeting word hangs on the word that makes it a
prospect ('heeft voorgesteld een top te organiseren', 'zinspeelt op nieuwe onderhandelingen',
'een ontmoeting is mogelijk', 'het aangekondigde bezoek', 'het verzoek aanvaard om te overleggen').
An 'om te' clause of aim alone is no sign: 'blijven daar om te onderhandelen' meet there. The words: data/lexicons/event_meeting_prospects.txt.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

_STEPS = 2  # 'voorgesteld <- organiseren <- top': the proposal governs the verb that governs the meeting
_HELD = frozenset({"na", "tijdens", "bij", "sinds", "in"})  # 'na de ontmoeting', 'tijdens de top': it took place


def _names(token: Token, words: Container[str]) -> bool:
    return token.lower_ in words or token.lemma_.lower() in words


def is_prospect(token: Token, words: Container[str]) -> bool:
    """Whether the meeting word `token` names a meeting announced, proposed or possible, not held."""
    if {c.lower_ for c in token.children if c.dep_ == "case"} & _HELD:
        return False
    if any(c.dep_ == "amod" and _names(c, words) for c in token.children):
        return True
    head = token
    for _ in range(_STEPS):
        if head.head is head:
            return False
        head = head.head
        if _names(head, words):
            return True
    return False
