"""The actor network of a period, and one entity's timeline."""

from __future__ import annotations

from ..entities import KnowledgeBase
from ..records import GRAPH_EDGE_TYPES, TIMELINE_STEPS, GraphEdge, GraphNode, GraphQuery
from ..store import Store
from .dates import check_date_range
from .entities import UNNAMED_PREFIX, find_entity, named
from .errors import QueryUsageError
from .records import Graph, Timeline

MAX_NODES = 500


def edge_types(types: list[str] | None) -> tuple[str, ...]:
    """Edge type names (GRAPH_EDGE_TYPES, any case, or comma-separated); all of them when none."""
    if not types:
        return GRAPH_EDGE_TYPES
    wanted = []
    for kind in (t.strip() for given in types for t in given.split(",")):
        name = kind.upper() if kind.upper() in GRAPH_EDGE_TYPES else kind.lower()
        if name not in GRAPH_EDGE_TYPES:
            raise QueryUsageError(f"unknown edge type {kind!r}; one of {', '.join(GRAPH_EDGE_TYPES)}")
        wanted.append(name)
    return tuple(dict.fromkeys(wanted))


def graph(store: Store, kb: KnowledgeBase, entity: str | None = None, since: str | None = None,
          until: str | None = None, min_weight: int = 1, types: list[str] | None = None,
          limit: int = 100) -> Graph:
    """Actors as nodes (weight: the articles of the period that mention them) and typed, weighted
    edges: `co-mention` (articles naming both), `quoted-about` (quotes by one that mention the
    other) and one type per PLOVER event type (actor to recipient); `types` keeps some of them
    (names, or comma-separated). Without `entity`: the `limit` actors in the most articles of the
    period and the edges between them. Unnamed sources ('een woordvoerder') are no nodes. With `entity` (an id, name or Wikidata id): its ego network,
    that entity and the `limit - 1` actors most strongly tied to it, with its edges to them."""
    since, until = check_date_range(since, until)
    if not 1 <= min_weight <= 1_000_000:
        raise QueryUsageError(f"min_weight takes a whole number from 1 to 1000000, not {min_weight}")
    if not 1 <= limit <= MAX_NODES:
        raise QueryUsageError(f"limit takes a whole number of nodes from 1 to {MAX_NODES}, not {limit}")
    center = find_entity(store, entity, kb).id if entity is not None else None
    query = GraphQuery(center, since, until, min_weight, edge_types(types), limit)
    if center is None:
        nodes = named(store.graph_nodes(since, until, None, limit + 50), limit)
        edges = store.graph_edges(query, [node.id for node in nodes])
    else:
        edges = store.graph_edges(query)
        strength: dict[str, int] = {}
        for edge in edges:
            other = edge.target if edge.source == center else edge.source
            if other.startswith(UNNAMED_PREFIX):
                continue
            strength[other] = strength.get(other, 0) + edge.weight
        kept = [center, *sorted(strength, key=lambda i: (-strength[i], i))[:limit - 1]]
        nodes = store.graph_nodes(since, until, kept, len(kept))
        found = {node.id for node in nodes}
        # an actor tied only by facts dated in the period, in articles published outside it
        nodes += [GraphNode(e.id, e.name, e.label, e.wikidata, 0)
                  for e in store.entities_by_id([i for i in kept if i not in found])]
    ids = {node.id for node in nodes}
    edges = [edge for edge in edges if edge.source in ids and edge.target in ids]
    return Graph(nodes=tuple(sorted(nodes, key=lambda n: (-n.weight, n.id))),
                 edges=tuple(sorted(edges, key=_edge_order)))


def _edge_order(edge: GraphEdge) -> tuple:
    return -edge.weight, edge.type, edge.source, edge.target


def timeline(store: Store, kb: KnowledgeBase, entity: str, by: str = "month", since: str | None = None,
             until: str | None = None) -> Timeline:
    """Per day, ISO week, month or year: the articles mentioning the entity, the quotes it said,
    the events it is actor or recipient of (a fact dated more loosely than the step is counted
    at its article's date); every period between the first and last, empty ones included."""
    since, until = check_date_range(since, until)
    if by not in TIMELINE_STEPS:
        raise QueryUsageError(f"by takes one of {', '.join(TIMELINE_STEPS)}, not {by!r}")
    found = find_entity(store, entity, kb)
    return Timeline(found.id, by, tuple(store.timeline(found.id, by, since, until)))
