"""The target of a charge, a refusal, a threat or a sanction the sentence names nobody for: the actor
the article is about. 'De Turkse president reageert erg scherp', 'Ze weigerde daar op in te gaan'
(docs/events.md §38): the annotators take the one acted against from the story, and in an article
that names one actor clearly more often than any other, that actor is the one they take.

Only an event of these directed types with a linked source and no linked target is completed, so no
event is added or dropped. The article's dominant actor is an entity the entity stage found (a
country read as its government only where that government is an entity of the article); never the
event's own source, nor its own side (a government and a person who holds an office of its country:
'Netanyahu verwierp beweringen' in an article on Israel is not aimed at Israel). The new target's words are that actor's mention named last before the event (its
first one when it comes later): its offsets outside the event's sentence tell that the role was taken
from the context, and the event's confidence is lowered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ..records import Entity, EventArgument, EventMention, Mention, with_entity
from .justice import named_last_before

# events that are aimed at someone: PLOVER's charge, refusal, threat and sanction (§3); the gold
# leaves them without a target seldom (measured in docs/events.md §38; a request often has none)
CONTEXT_TARGET_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "SANCTION"})
_LEAST_NAMED = 5  # the dominant actor is named this often at least ...
_LEAD = 2  # ... and this many times more than the next one
_CONTEXT_DOUBT = 0.1  # how much less sure an event is of a target taken from the context


def _acting(entity: str, known: frozenset[str]) -> str:
    """A country that acts or is acted on is its government (§4), when the article has that entity."""
    government = "gov:" + entity.removeprefix("gpe:")
    return government if entity.startswith("gpe:") and government in known else entity


def actor_mentions(entity_mentions: Sequence[Mention], entities: Sequence[Entity]) -> list[Mention]:
    """The linked mentions of the article's actors in text order, places left out and a country read
    as its government where the article has that entity: what the dominant actor is counted on."""
    known = frozenset(e.id for e in entities)
    return sorted((_as_acting(m, known) for m in entity_mentions
                   if m.entity and not m.entity.startswith("loc:")), key=lambda m: m.start)


def _as_acting(mention: Mention, known: frozenset[str]) -> Mention:
    """The mention naming its actor (`_acting`): itself unless it names a country whose government the
    article has (a dataclasses.replace per mention of the article cost more than the rest of the step)."""
    return with_entity(mention, _acting(mention.entity, known))


def own_side(one: str, other: str, offices: frozenset[tuple[str, str]]) -> bool:
    """A country's government (or the country) and a person in an office of that country (`offices`:
    the article's (person, country) pairs, from the entity stage)."""
    for government, person in ((one, other), (other, one)):
        if government.startswith(("gov:", "gpe:")) and "-" not in government \
                and (person, "gpe:" + government.split(":", 1)[1]) in offices:
            return True
    return False


def dominant_actor(counts: Counter[str], besides: frozenset[str]) -> str | None:
    """The actor named at least _LEAST_NAMED times and at least _LEAD times more often than any
    other, leaving out `besides` (the event's own sources), or None."""
    ranked = [(entity, n) for entity, n in counts.most_common(len(besides) + 2) if entity not in besides]
    if not ranked or ranked[0][1] < _LEAST_NAMED:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] - runner_up >= _LEAD else None


def _words_of(actor: str, named: Sequence[Mention], before: int) -> Mention:
    """The actor's mention named last before offset `before`, else its first one."""
    last = named_last_before(named, before, lambda m: m.entity == actor)
    return last or next(m for m in named if m.entity == actor)


def with_context_targets(mentions: Sequence[EventMention], entity_mentions: Sequence[Mention],
                         entities: Sequence[Entity], offices: Sequence[tuple[str, str]] = ()) -> tuple[EventMention, ...]:
    """`mentions` with the article's dominant actor as the target of each charge, refusal, threat or
    sanction that has a linked source and no linked target (`offices`: Analysis.offices)."""
    office_pairs = frozenset(offices)
    named: list[Mention] | None = None  # the article's actors, counted at the first event that may take one
    counts: Counter[str] = Counter()
    found = []
    for mention in mentions:
        sources = frozenset(mention.actors("source"))
        # a target that is one of the sources is left out later (to_event): no target
        wanted = mention.type in CONTEXT_TARGET_TYPES and sources and not set(mention.actors("target")) - sources
        if wanted and named is None:  # once: an article with no actor kept none to count again
            named = actor_mentions(entity_mentions, entities)
            counts = Counter(m.entity for m in named)
        actor = dominant_actor(counts, sources) if wanted else None
        if actor is None or any(own_side(actor, source, office_pairs) for source in sources):
            found.append(mention)
            continue
        words = _words_of(actor, named or [], mention.trigger.start)
        target = EventArgument("target", words.start, words.end, words.text, entity=actor)
        found.append(replace(mention, arguments=(*mention.arguments, target),
                             confidence=round(max(mention.confidence - _CONTEXT_DOUBT, 0.0), 2)))
    return tuple(found)
