"""Events aimed at a policy ('De vakbonden verzetten zich tegen de verhoging van de pensioenleeftijd',
'niet akkoord gaan met het beleid', 'de straat op om te klagen over het pensioenbeleid'): their
target is whoever made the policy. When the sentence names no maker (no 'van X', no name), that is
the government the article is about (docs/events.md §4: 'het kabinet' is the government in focus);
the entity step links it so (entities/event_actors.py, entities/policies.py), and only when no
other recipient of the event links.

The policy is a definite noun of data/lexicons/policy_nouns.txt (or a compound ending in one) in a
'tegen', 'met', 'over' or 'op' phrase or the object of the trigger, or of an 'om … te' clause that
says what the event is for; 'een beleid' asks for a policy nobody made yet.
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import resources
from .clauses import OBJECTS

_CASES = frozenset({"tegen", "met", "over", "op"})
_INDEFINITE = frozenset({"een", "geen"})



def is_policy_noun(word: str) -> bool:
    """'beleid', 'pensioenbeleid', 'de-maatregelen' as one word: a policy noun or a compound ending in one."""
    word = word.lower().rsplit("-", 1)[-1]
    return any(word.endswith(noun) for noun in resources.lexicon_words("policy_nouns.txt"))


def _phrases(head: Token) -> list[Token]:
    """The object and the 'tegen', 'met', 'over', 'op' phrases of a verb or noun (the last
    preposition counts: 'onder meer tegen …')."""
    return [c for c in head.children if c.dep_ in OBJECTS or c.dep_ in ("obl", "nmod")
            and _CASES & {p.lower_ for p in c.children if p.dep_ == "case"}]


def _purposes(head: Token) -> list[Token]:
    """The 'om … te' clauses saying what an act is for ('trokken de straat op om te klagen over …')."""
    return [c for c in head.children if c.dep_ == "advcl" and any(m.lower_ == "om" for m in c.children)]


def policy_of(trigger: Token) -> Token | None:
    """The definite policy noun the trigger's event is aimed at, in its phrases (or their conjuncts
    and modifiers: 'tegen het gesleutel aan de index en de nieuwe pensioenregels'), else None."""
    heads = [trigger, *_purposes(trigger)]
    for phrase in (p for head in heads for p in _phrases(head)):
        for token in phrase.subtree:
            if token.pos_ == "NOUN" and is_policy_noun(token.text) and not any(
                    c.dep_ == "det" and c.lower_ in _INDEFINITE for c in token.children):
                return token
    return None
