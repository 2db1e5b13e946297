"""An event noun that only refers back to an event the article already named ('die aanval', 'het
akkoord' after 'sloten een akkoord') is no new mention (docs/events.md §1, mention level)."""

from __future__ import annotations

from spacy.tokens import Token

_DEFINITE = frozenset({"de", "het", "die", "dat", "deze", "dit"})


def refers_back(token: Token, named: set[str]) -> bool:
    """Whether the trigger noun `token` is definite and its lemma names an event the article named
    before (`named`: the lemmas of the trigger nouns and verbs found so far)."""
    if token.pos_ != "NOUN":
        return False
    definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children)
    return definite and token.lemma_.lower() in named
