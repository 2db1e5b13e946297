"""/graaf: the actor network of a period (all actors, or one actor's ego network), filtered by
edge type and weight; drawn by Cytoscape.js and listed as tables of links for the keyboard."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ..query import graph
from ..records import GRAPH_EDGE_TYPES
from .params import period_range, text, whole_number
from .render import ask, entity_url, pages

router = APIRouter(include_in_schema=False)
NODES = 50  # enough actors to read at phone width; the API gives up to 500


def ego_center(network) -> str | None:
    """The actor of an ego network: every edge touches it, so it has the most."""
    degree: dict[str, int] = {}
    for edge in network.edges:
        for end in {edge.source, edge.target}:
            degree[end] = degree.get(end, 0) + 1
    return max(degree, key=lambda i: (degree[i], i)) if degree else None


def drawing(network, center: str | None) -> dict:
    """The graph as Cytoscape.js elements, and the actor at the middle of an ego network."""
    return {
        "center": center,
        "nodes": [{"data": {"id": n.id, "label": n.name, "kind": n.label, "weight": n.weight,
                            "url": entity_url(n.id)}} for n in network.nodes],
        "edges": [{"data": {"id": f"e{i}", "source": e.source, "target": e.target, "type": e.type,
                            "weight": e.weight}} for i, e in enumerate(network.edges)],
    }


@router.get("/graaf", response_class=HTMLResponse)
def network_page(request: Request, entiteit: str | None = None, van: str | None = None, tot: str | None = None,
                 types: Annotated[list[str] | None, Query(alias="type")] = None,
                 least: Annotated[str | None, Query(alias="min")] = None) -> HTMLResponse:
    center, (since, until) = text(entiteit), period_range(van, tot)
    kinds = [k.strip() for k in (types or []) if k.strip()]
    min_weight = whole_number("min", least, 1, 1, 1_000_000)
    network = ask(request, lambda store, kb: graph(store, kb, center, since, until, min_weight, kinds or None, NODES))
    names = {node.id: node.name for node in network.nodes}
    form = {"entiteit": center, "van": since, "tot": until, "type": kinds, "min": min_weight}
    return pages(request).render(request, "graaf.html", network=network, names=names, form=form,
                                 edge_types=GRAPH_EDGE_TYPES,
                                 elements=drawing(network, ego_center(network) if center else None))
