"""Stored facts as flat rows for other tools: one dict per row, the same columns every time, and
the actor network as nodes and edges for graph files. Every table is read as a stream (events,
articles) or in pages (entities, quotes), so an export's memory does not grow with the store."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ..entities import KnowledgeBase
from ..records import GRAPH_CO_MENTION, ActorRef, EventQuery, GraphQuery, QuoteQuery, StoredEvent
from ..store import Store
from .dates import check_date_range
from .errors import QueryUsageError
from .graph import edge_types
from .records import Graph

PAGE = 5_000  # rows per store call when a table is read in pages

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


ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "str"), ("url", "str"), ("outlet", "str"), ("agency", "str"), ("title", "str"),
    ("published", "str"), ("published_precision", "str"), ("language", "str"), ("story", "str"),
    ("duplicate_of", "str"), ("text", "str"),
)


def export_articles(store: Store, since: str | None = None, until: str | None = None,
                    include_undated: bool = False) -> Iterator[dict]:
    """Every stored article of the period with its cleaned text, oldest first, streamed."""
    since, until = check_date_range(since, until)
    for article in store.iter_articles(since, until, include_undated):
        yield {"article_id": article.id, "url": article.url, "outlet": article.source, "agency": article.agency,
               "title": article.title, "published": article.published,
               "published_precision": article.published_precision, "language": article.language,
               "story": article.story, "duplicate_of": article.duplicate_of, "text": article.text}


ENTITY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("entity_id", "str"), ("name", "str"), ("label", "str"), ("wikidata", "str"), ("kind", "str"),
    ("country", "str"), ("gender", "str"), ("articles", "int"), ("mentions", "int"),
)


def export_entities(store: Store, kb: KnowledgeBase) -> Iterator[dict]:
    """Every entity a stored article mentions, in the most articles first, with what the knowledge
    base knows of it (its kind, country and gender) when it is a knowledge-base actor."""
    offset = 0
    while page := store.list_entities(None, None, offset, PAGE):
        for entity in page:
            actor = kb.actors.get(entity.id)
            yield {"entity_id": entity.id, "name": entity.name, "label": entity.label,
                   "wikidata": entity.wikidata, "kind": actor.type if actor else None,
                   "country": actor.raw.get("country") if actor else None,
                   "gender": actor.gender if actor else None,
                   "articles": entity.articles, "mentions": entity.mentions}
        offset += len(page)


QUOTE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("quote_id", "str"), ("article_id", "str"), ("start", "int"), ("end", "int"), ("kind", "str"),
    ("text", "str"), ("speaker_id", "str"), ("speaker_name", "str"), ("speaker_text", "str"),
    ("cue", "str"), ("addressee_id", "str"), ("date", "str"), ("date_precision", "str"),
    ("date_basis", "str"), ("outlet", "str"), ("published", "str"), ("title", "str"),
)


def export_quotes(store: Store, since: str | None = None, until: str | None = None,
                  include_undated: bool = False) -> Iterator[dict]:
    """Every stored quote of the period (its own date, else its article's), newest first."""
    since, until = check_date_range(since, until)
    query = QuoteQuery(since=since, until=until, include_undated=include_undated, limit=PAGE)
    offset = 0
    while page := store.find_quotes(replace(query, offset=offset)):
        for quote in page:
            yield {"quote_id": f"{quote.article_id}:{quote.start}", "article_id": quote.article_id,
                   "start": quote.start, "end": quote.end, "kind": quote.kind, "text": quote.text,
                   "speaker_id": quote.speaker, "speaker_name": quote.speaker_name,
                   "speaker_text": quote.speaker_text, "cue": quote.cue, "addressee_id": quote.addressee,
                   "date": quote.date, "date_precision": quote.date_precision, "date_basis": quote.date_basis,
                   "outlet": quote.source, "published": quote.published, "title": quote.title}
        offset += len(page)


EDGE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("source_id", "str"), ("source_name", "str"), ("target_id", "str"), ("target_name", "str"),
    ("type", "str"), ("directed", "bool"), ("weight", "int"),
)

MAX_GRAPH_NODES = 1_000_000  # a whole-store graph file: every actor


def actor_network(store: Store, since: str | None = None, until: str | None = None, min_weight: int = 1,
                  types: list[str] | None = None, nodes: int | None = None) -> Graph:
    """The actor network of the period for graph files and the edges table: the `nodes` actors in
    the most articles of the period (None: all of them) and every edge between them of `types`
    with at least `min_weight` (edge types as in `query.graph`)."""
    since, until = check_date_range(since, until)
    if min_weight < 1:
        raise QueryUsageError(f"--min-weight takes a whole number from 1, not {min_weight}")
    if nodes is not None and nodes < 1:
        raise QueryUsageError(f"--nodes takes a whole number from 1, not {nodes}")
    limit = nodes or MAX_GRAPH_NODES
    found = store.graph_nodes(since, until, None, limit)
    query = GraphQuery(None, since, until, min_weight, edge_types(types), limit)
    edges = store.graph_edges(query, None if nodes is None else [node.id for node in found])
    kept = {node.id for node in found}
    return Graph(nodes=tuple(found), edges=tuple(e for e in edges if e.source in kept and e.target in kept))


def export_edges(network: Graph) -> Iterator[dict]:
    """The edges of `network` as rows, with both actors' names; co-mention edges are undirected."""
    names = {node.id: node.name for node in network.nodes}
    for edge in network.edges:
        yield {"source_id": edge.source, "source_name": names.get(edge.source), "target_id": edge.target,
               "target_name": names.get(edge.target), "type": edge.type,
               "directed": edge.type != GRAPH_CO_MENTION, "weight": edge.weight}
