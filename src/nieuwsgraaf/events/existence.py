"""An event noun said only to exist in a clause that supposes it, denies it or asks for it names no
event: 'als er een akkoord is', 'nog voor er een akkoord is', 'er is geen akkoord', 'er moet een nieuw
akkoord komen' (docs/events.md §27). The existential 'er is / er komt' with the noun as its subject
reports that it happened only when nothing around it puts it in doubt ('bekend dat er een akkoord
was', 'er is kritiek op')."""

from __future__ import annotations

from spacy.tokens import Token

_EXISTENTIAL_VERBS = frozenset({"zijn", "komen"})
_SUPPOSING = frozenset({"als", "indien", "wanneer", "mocht", "zodra", "voor", "voordat", "tenzij", "totdat", "tot"})
_DENYING = frozenset({"geen"})
_MODALS = frozenset({"moeten", "zullen", "kunnen", "mogen"})


def _existential_verb(noun: Token) -> Token | None:
    """The 'is'/'komt' of 'er is/komt een …' whose subject is `noun`."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.i == noun.i or verb.lemma_ not in _EXISTENTIAL_VERBS:
        return None
    return verb if any(c.lower_ == "er" and c.dep_ in ("advmod", "expl") for c in verb.children) else None


def _supposed(verb: Token) -> bool:
    """The clause is opened by a word that supposes it ('als', 'voor', 'zodra'); the parser hangs the
    word as its mark or, for 'voor', as a preposition."""
    return any(c.dep_ in ("mark", "case") and c.lower_ in _SUPPOSING for c in verb.children)


def only_supposed(noun: Token) -> bool:
    """`noun` is said to exist in a supposed, denied or demanded clause."""
    verb = _existential_verb(noun)
    if verb is None:
        return False
    denied = any(c.dep_ == "det" and c.lower_ in _DENYING for c in noun.children)
    modal = any(c.dep_ == "aux" and c.lemma_ in _MODALS for c in verb.children)
    return denied or modal or _supposed(verb)
