"""Stored facts as flat rows for other tools: one dict per row, the same columns every time."""

from __future__ import annotations

from collections.abc import Iterator

from ..entities import KnowledgeBase
from ..records import ActorRef, EventQuery, StoredEvent
from ..store import Store
from .dates import check_date_range

# A POLECAT-like event table: one row per event, actors with their ids, names and countries.
# Each column with its kind (str, int, float, bool), so every format types it the same way.
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "str"), ("date", "str"), ("date_precision", "str"), ("date_basis", "str"),
    ("type", "str"), ("mode", "str"),
    ("source_id", "str"), ("source_name", "str"), ("source_wikidata", "str"), ("source_country", "str"),
    ("target_id", "str"), ("target_name", "str"), ("target_wikidata", "str"), ("target_country", "str"),
    ("location_id", "str"), ("location_name", "str"), ("modality", "str"), ("negated", "bool"),
    ("confidence", "float"), ("trigger", "str"), ("trigger_start", "int"), ("trigger_end", "int"),
    ("sentence", "str"), ("article_id", "str"), ("url", "str"), ("outlet", "str"), ("published", "str"),
    ("title", "str"), ("quote", "int"),
)


def _country(kb: KnowledgeBase, actor: ActorRef | None) -> str | None:
    found = kb.actors.get(actor.id) if actor else None
    return found.raw.get("country") if found else None


def event_row(event: StoredEvent, kb: KnowledgeBase) -> dict:
    def actor(prefix: str, ref: ActorRef | None) -> dict:
        return {f"{prefix}_id": ref.id if ref else None, f"{prefix}_name": ref.name if ref else None,
                f"{prefix}_wikidata": ref.wikidata if ref else None, f"{prefix}_country": _country(kb, ref)}

    return {
        "event_id": f"{event.article_id}:{event.index}", "date": event.date.value,
        "date_precision": event.date.precision, "date_basis": event.date.basis, "type": event.type,
        "mode": event.mode, **actor("source", event.source), **actor("target", event.target),
        "location_id": event.location.id if event.location else None,
        "location_name": event.location.name if event.location else None,
        "modality": event.modality, "negated": event.negated, "confidence": event.confidence,
        "trigger": event.trigger.text, "trigger_start": event.trigger.start, "trigger_end": event.trigger.end,
        "sentence": event.sentence, "article_id": event.article_id, "url": event.url, "outlet": event.outlet,
        "published": event.published, "title": event.title, "quote": event.quote,
    }


def export_events(store: Store, kb: KnowledgeBase, since: str | None = None, until: str | None = None,
                  include_undated: bool = False) -> Iterator[dict]:
    """Every stored event in the period as a flat row (the names of EVENT_COLUMNS), streamed."""
    since, until = check_date_range(since, until)
    query = EventQuery(since=since, until=until, include_undated=include_undated, limit=None)
    for event in store.iter_events(query):
        yield event_row(event, kb)
