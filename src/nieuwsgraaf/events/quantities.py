"""A number that heads a phrase in the parse: 'Duizenden boeren', 'tientallen mensen', '20.000 studenten'
come out with the number as the head and the counted noun hung on it (or beside it, as a second subject).
The people are the counted noun; the number alone names no one."""

from __future__ import annotations

from spacy.tokens import Token

from .. import resources


def counted(token: Token) -> Token | None:
    """The noun right after a number or quantity noun that the parser hung on it ('Duizenden boeren':
    nmod) or gave the number's own relation ('Duizenden' and 'boeren' both nsubj); else None."""
    if token.pos_ != "NUM" and token.lower_ not in resources.lexicon_words("quantity_nouns.txt"):
        return None
    if token.i + 1 >= len(token.doc):
        return None
    noun = token.nbor(1)
    if noun.pos_ != "NOUN" or any(c.dep_ == "case" for c in noun.children):
        return None
    hung = noun.head.i == token.i and noun.dep_ in ("nmod", "fixed")  # 'Vijf Democraten': fixed
    beside = noun.head.i == token.head.i and noun.dep_ == token.dep_
    return noun if hung or beside else None
