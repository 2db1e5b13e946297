"""/api/graph, /api/timeline and /api/stats: the actor network, one entity over time, counts."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from ..query import graph, stats, timeline
from ..query.graph import MAX_NODES
from ..query.records import Graph, Stats, Timeline
from ..records import GRAPH_EDGE_TYPES
from .params import Since, Store, Until
from .problems import responses

router = APIRouter(prefix="/api", tags=["graph"])


@router.get("/graph", response_model=Graph, responses=responses(400, 404, 422))
def actor_graph(
    read: Store,
    entity: Annotated[str | None, Query(description="Give this entity's ego network (an id, name or Wikidata id).")] = None,
    since: Since = None, until: Until = None,
    min_weight: Annotated[int, Query(ge=1, le=1_000_000, description="Leave out lighter edges.")] = 1,
    types: Annotated[list[str] | None, Query(description=f"Edge types to keep: {', '.join(GRAPH_EDGE_TYPES)} "
                                                      "(repeat the parameter or separate by commas).")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_NODES, description="At most this many nodes.")] = 100,
) -> Graph:
    """Actors as nodes and their co-mention, quoted-about and event edges in a period."""
    return read.ask(lambda store: graph(store, read.kb, entity, since, until, min_weight, types, limit))


@router.get("/timeline", response_model=Timeline, responses=responses(400, 404, 422))
def entity_timeline(
    read: Store,
    entity: Annotated[str, Query(description="An entity id, name or Wikidata id.")],
    by: Annotated[Literal["day", "week", "month", "year"], Query()] = "month",
    since: Since = None, until: Until = None,
) -> Timeline:
    """Per period: articles mentioning the entity, quotes by it, events it is actor or recipient of."""
    return read.ask(lambda store: timeline(store, read.kb, entity, by, since, until))


@router.get("/stats", response_model=Stats)
def store_stats(read: Store) -> Stats:
    """Articles per source, month and language; counts of entities, quotes and events."""
    return read.ask(stats)
