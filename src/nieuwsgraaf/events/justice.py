"""The source of a verdict or a prosecution the sentence reports without one: 'Hij werd veroordeeld
tot drie jaar cel', 'Eén verdachte werd vrijgesproken', 'Ze wordt vervolgd voor fraude'. §4 infers
the source when the article says earlier who did it: a court's act is the court's, a prosecution the
prosecutor's, as the article last named that body before the event (data/lexicons/justice_acts.tsv,
justice_bodies.tsv). Only events that already have a linked actor are completed: none is added.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from .. import resources
from ..records import EventArgument, EventMention, Mention


@cache
def _acts() -> dict[tuple[str, str], str]:
    """(written word, event type) -> the kind of body whose act it is."""
    return {(fields[0].lower(), fields[2]): fields[1] for _, fields in resources.lexicon_rows("justice_acts.tsv")}


@cache
def _bodies() -> dict[str, str]:
    """A word of an entity id -> the kind of body ('rechtbank' -> court)."""
    return {fields[0].lower(): fields[1] for _, fields in resources.lexicon_rows("justice_bodies.tsv")}


def body_kind(entity: str | None) -> str | None:
    """'court', 'prosecutor' or 'police' when one of the id's words names such a body ('gov:nl-om')."""
    if not entity:
        return None
    words = entity.rsplit(":", 1)[-1].split("-")
    return next((_bodies()[w] for w in words if w in _bodies()), None)


def act_kind(mention: EventMention) -> str | None:
    """The kind of body whose act the event is, by its trigger's last word and its type."""
    words = mention.trigger.text.lower().split()
    return _acts().get((words[-1], mention.type)) if words else None


def named_last_before(mentions: Sequence[Mention], before: int, wanted: Callable[[Mention], bool]) -> Mention | None:
    """The `wanted` mention the article names last before offset `before` (also events/context.py's)."""
    named = [m for m in mentions if m.end <= before and m.entity and wanted(m)]
    return max(named, key=lambda m: m.start, default=None)


def _last_body(mentions: Sequence[Mention], kind: str, before: int) -> Mention | None:
    """The linked mention of a body of `kind` the article names last before offset `before`."""
    return named_last_before(mentions, before, lambda m: body_kind(m.entity) == kind)


def with_justice_sources(mentions: Sequence[EventMention], entity_mentions: Sequence[Mention]) -> tuple[EventMention, ...]:
    """`mentions` with the court or prosecutor named earlier as the source of each verdict or
    prosecution that has a linked target and no linked source."""
    found = []
    for mention in mentions:
        kind = act_kind(mention)
        if kind is None or mention.actors("source") or not mention.actors("target"):
            found.append(mention)
            continue
        body = _last_body(entity_mentions, kind, mention.trigger.start)
        if body is None:
            found.append(mention)
            continue
        source = EventArgument("source", body.start, body.end, body.text, entity=body.entity)
        found.append(replace(mention, arguments=(source, *mention.arguments)))
    return tuple(found)
