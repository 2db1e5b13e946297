"""A plural 'ze' or 'zij' as an event's actor (docs/events.md §4 pronouns): 'Ze eisten …', 'bezochten ze
…' stand for several, not for the one person named last. Plural by its finite verb right beside it
(the subject's verb agrees with it: 'Ze willen', 'moeten ze'; a singular 'Ze wil', 'zou ze' is a woman),
the pronoun is the nearest actor before it, in its sentence or the two before, that is no single
person, no place and no medium cited: a group of coordinated actors, a body, a plural description
('de vakbonden'), as the speaker step follows a pronoun to its nearest compatible antecedent. None when
there is none (the caller then keeps the person named last: emptied, an event with no other actor
would be lost)."""

from __future__ import annotations

import re

from ..records import EventArgument

_PLURAL_PRONOUNS = frozenset({"ze", "zij"})
# finite verbs in the plural end in -en ('willen', 'eisten', 'kregen', 'hebben'); so does no singular
# finite form a subject pronoun stands beside ('wil', 'eiste', 'kreeg', 'heeft'), except 'zijn' as a
# possessive, which no verb slot holds
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_WORD_AFTER = re.compile(r"\s+(\w+)")
_NOT_ACTORS = ("per:", "local:per:", "gpe:", "loc:", "local:loc:", "media:")  # a medium cited acts in no event
_SENTENCES_BACK = 2


def is_plural_pronoun(argument: EventArgument, text: str) -> bool:
    """Whether the argument is 'ze'/'zij' with a plural finite verb right after it (at the start of a
    clause: 'Ze willen') or right before it ('moeten ze')."""
    if argument.text.lower() not in _PLURAL_PRONOUNS:
        return False
    before = _WORD_BEFORE.search(text, max(0, argument.start - 30), argument.start)
    if before is not None and _plural_verb(before.group(1)):
        return True
    if before is not None:  # in a clause ('waar ze vernielingen …'): no verb beside it to tell
        return False
    after = _WORD_AFTER.match(text, argument.end)
    return after is not None and _plural_verb(after.group(1))


def _plural_verb(word: str) -> bool:
    return word.islower() and len(word) > 3 and word.endswith("en")


def plural_antecedent(pronoun: EventArgument, earlier: list[EventArgument],
                      sentences: tuple[tuple[int, int], ...]) -> str | None:
    """The entity of the nearest earlier actor of several that the pronoun may stand for, or None."""
    starts = [s for s, _ in sentences if s <= pronoun.start]
    horizon = starts[-1 - _SENTENCES_BACK] if len(starts) > _SENTENCES_BACK else 0
    candidates = [a for a in earlier if horizon <= a.start and a.end <= pronoun.start and a.entity
                  and a.role != "location" and not a.entity.startswith(_NOT_ACTORS)]
    return max(candidates, key=lambda a: (a.start, a.end)).entity if candidates else None
