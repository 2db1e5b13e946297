"""A meeting still to come: the parse shows it is announced, proposed, planned or possible.

docs/events.md section 3: a future meeting is AGREE, a meeting that takes or took place is
CONSULT. Tense alone misses most of them: the meeting word hangs on the word that makes it a
prospect ('heeft voorgesteld een top te organiseren', 'zinspeelt op nieuwe onderhandelingen',
'een ontmoeting is mogelijk', 'het aangekondigde bezoek', 'het verzoek aanvaard om te overleggen').
An 'om te' clause of aim alone is no sign: 'blijven daar om te onderhandelen' meet there. The words: data/lexicons/event_meeting_prospects.txt.

A meeting named as what came before another act or what that act concedes ('ondanks intensieve
onderhandelingen konden ze …', 'zei ze voorafgaand aan het gesprek', 'zegt hij na overleg') is no
meeting possible or supposed: the clause's modal or condition belongs to the other act (docs/events.md §50).
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

_STEPS = 2  # 'voorgesteld <- organiseren <- top': the proposal governs the verb that governs the meeting
_HELD = frozenset({"na", "tijdens", "bij", "sinds", "in"})  # 'na de ontmoeting', 'tijdens de top': it took place
# a meeting before the clause's act, or conceded by it: 'na overleg', 'voorafgaand aan het gesprek', 'ondanks de
# gesprekken'; not a venue ('op de top', 'tijdens het diner'), where the act of the clause is the meeting's own
_BEFORE = frozenset({"na", "sinds", "ondanks", "voorafgaand"})


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


def _introducers(token: Token) -> set[str]:
    """The words that introduce `token` ('ondanks', 'voorafgaand aan'; the parser makes 'na overleg' a
    fixed phrase on 'na')."""
    words = {c.lower_ for c in token.children if c.dep_ == "case"}
    if token.dep_ == "fixed":
        words.add(token.head.lower_)
    if token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].lower_ in ("voorafgaand", "voorafgaande"):
        words.add("voorafgaand")
    return words


def comes_before(token: Token) -> bool:
    """Whether the meeting word `token` names a meeting before the act of its clause, or one that act
    concedes ('na overleg', 'voorafgaand aan het gesprek', 'ondanks intensieve onderhandelingen'): a
    'kan' or 'als' of that clause is the other act's, and says nothing of the meeting."""
    return token.pos_ not in ("VERB", "AUX") and bool(_introducers(token) & _BEFORE)
