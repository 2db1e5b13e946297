"""A bare 'de partij', 'de vakbond' or 'de militante organisatie' naming a speaker: the party, union or
organisation the article named last, shortly before it ('De PVV eist … De partij benadrukt dat …'), as
a reader takes it, else the only one of that kind it named. Which nouns, and how the knowledge base
tells a body of that kind, come from data/lexicons/body_kind_nouns.tsv."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ..records import Mention
from .description_words import NAMED_BEFORE_REACH, is_anaphoric
from .kb import Actor, KnowledgeBase


def is_of_kind(actor: Actor, test: str) -> bool:
    """Whether `actor` passes a test of body_kind_nouns.tsv: 'type:party', 'name:vakbond', or
    one of several joined by '|'."""
    for how, what in _parts(test):
        if actor.type == what if how == "type" else any(what in name.casefold() for name in actor.names):
            return True
    return False


@cache
def _parts(test: str) -> tuple[tuple[str, str], ...]:
    """'type:party|name:partij' -> (('type', 'party'), ('name', 'partij')): split once per test, not
    once per actor tried (`_sets_apart` tries every actor of the knowledge base)."""
    return tuple((how, what) for how, _, what in (one.partition(":") for one in test.split("|")))


def _named_with(actor: Actor, adjective: str) -> bool:
    """Whether one of the actor's names has the adjective: 'Liberale Vakbonden' has 'liberale'."""
    return any(adjective.casefold() in name.casefold().split() for name in actor.names)


def _sets_apart(adjective: str, test: str, kb: KnowledgeBase) -> bool:
    """Whether some body of the kind is named with the adjective ('liberale' for the ACLVB), so that
    it tells one body of that kind from another ('militante' names none: any group is)."""
    return any(is_of_kind(actor, test) and _named_with(actor, adjective) for actor in kb.actors.values())


def body_of_kind_before(words: Sequence[str], start: int, mentions: Sequence[Mention], kb: KnowledgeBase,
                        kind_nouns: dict[str, str], reach: int = NAMED_BEFORE_REACH) -> str | None:
    """The knowledge-base body a bare definite `words` ('De partij') starting at `start` stands for:
    the one of the noun's kind mentioned last before it within `reach`, else the only one of that kind
    the article named before it, else None."""
    if not is_anaphoric(list(words)):
        return None
    test = kind_nouns.get(words[-1].casefold())
    if test is None:
        return None
    before = sorted((m for m in mentions if m.entity and m.end <= start), key=lambda m: m.start, reverse=True)
    of_kind = [(m, actor) for m in before
               if (actor := kb.actors.get(m.entity)) is not None and is_of_kind(actor, test)]
    if len(words) == 3 and _sets_apart(words[1], test, kb):  # 'de liberale vakbond': only a liberal one
        of_kind = [(m, actor) for m, actor in of_kind if _named_with(actor, words[1])]
    if of_kind and start - of_kind[0][0].end <= reach:
        return of_kind[0][1].id  # the one named last, shortly before
    named = {actor.id for _, actor in of_kind}
    # else the one such body the article named; 'de militante organisatie' only shortly after it
    return named.pop() if len(named) == 1 and len(words) == 2 else None
