"""An event noun that only refers back to an event the article already named ('die aanval', 'het
akkoord' after 'sloten een akkoord') is no new mention (docs/events.md §1, mention level)."""

from __future__ import annotations

from spacy.tokens import Token

from .. import resources

_DEFINITE = frozenset({"de", "het", "die", "dat", "deze", "dit"})
# A demonstrative points back by itself: 'die inval', 'dat verzoek' after 'de politie viel binnen',
# 'de regering verzocht' name the event again, whichever word named it first.
_DEMONSTRATIVE = frozenset({"die", "dat", "deze", "dit"})
# A definite article or a possessive before an agreement noun: 'het akkoord', 'de deal', 'zijn afspraken'.
_KNOWN = frozenset({"de", "het", "zijn", "haar", "hun"})
# What makes a definite noun new after all: a clause that says which one ('het compromis dat hij verkreeg'),
# or a list of agreements ('de migratiedeal en de overeenkomst met Tunesië').
_NEW = frozenset({"acl", "acl:relcl", "conj"})


def _determiners(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ == "det"}


def refers_back(token: Token, named: set[str]) -> bool:
    """Whether the trigger noun `token` points back to an event named before: a demonstrative
    before it, or a definite article and a lemma among `named` (the lemmas of the trigger nouns
    and verbs found so far)."""
    if token.pos_ != "NOUN":
        return False
    determiners = _determiners(token)
    if determiners & _DEMONSTRATIVE:
        return True
    return bool(determiners & _DEFINITE) and token.lemma_.lower() in named


def _names_agreement(token: Token) -> bool:
    lower = token.lower_
    return any(lower.endswith(head) for head in resources.lexicon_words("agreement_nouns.txt"))


def refers_back_to_agreement(token: Token) -> bool:
    """Whether the trigger noun `token` is a definite agreement noun ('het akkoord', 'de deal', 'zijn
    afspraken', data/lexicons/agreement_nouns.txt) after any agreement noun earlier in the article: it is
    that agreement again ('de EU-Turkijedeal … om het akkoord te verbeteren'), or a topic ('de deal moet nog
    worden goedgekeurd'), no new one (docs/events.md §23)."""
    if token.pos_ != "NOUN" or not _names_agreement(token):
        return False
    if token.dep_ in _NEW or any(c.dep_ in _NEW for c in token.children):
        return False
    known = {c.lower_ for c in token.children if c.dep_ in ("det", "nmod:poss")}
    return bool(known & _KNOWN) and any(_names_agreement(t) for t in token.doc[: token.i])


def named_in_passing(token: Token) -> bool:
    """Whether a trigger noun that gave no mention still names the event for the words that refer back
    to it: a noun in a `van`-phrase ('het verloop van de gesprekken', 'de val van het kabinet'), which
    speaks of a known event; a later 'de gesprekken' is that event again."""
    return token.pos_ == "NOUN" and any(c.dep_ == "case" and c.lower_ == "van" for c in token.children)
