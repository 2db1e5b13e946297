"""The actor network as a graph file: GraphML (networkx, yEd, Gephi) or GEXF 1.3 (Gephi).

Nodes carry the actor's name, label, Wikidata id and article count; edges their type, weight and
whether their direction means anything (`directed`): a quoted-about or PLOVER event edge points
from the actor to the one acted on or talked about, a co-mention has no direction (it is written
from the smaller id to the larger). Every edge is written as directed, because readers such as
networkx refuse a graph that mixes directed and undirected edges. Two actors may have several
edges, one per type.
"""

from __future__ import annotations

from typing import IO

from ..query.records import Graph
from ..records import GRAPH_CO_MENTION

GRAPH_FORMATS = ("graphml", "gexf")


def write_graph(network: Graph, fmt: str, out: IO[bytes]) -> tuple[int, int]:
    """Write `network` to the binary stream `out` as `fmt`; returns (nodes, edges) written."""
    lines = _graphml(network) if fmt == "graphml" else _gexf(network)
    for line in lines:
        out.write((line + "\n").encode("utf-8"))
    return len(network.nodes), len(network.edges)


def _value(value: object) -> str:
    from xml.sax.saxutils import quoteattr  # here: the module costs every command 30 ms at start

    return quoteattr("" if value is None else str(value))


def _graphml(network: Graph):
    yield '<?xml version="1.0" encoding="UTF-8"?>'
    yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
    for key, kind, name, what in (("n0", "node", "name", "string"), ("n1", "node", "label", "string"),
                                  ("n2", "node", "wikidata", "string"), ("n3", "node", "articles", "int"),
                                  ("e0", "edge", "type", "string"), ("e1", "edge", "weight", "int"),
                                  ("e2", "edge", "directed", "boolean")):
        yield f'  <key id="{key}" for="{kind}" attr.name="{name}" attr.type="{what}"/>'
    yield '  <graph id="nieuwsgraaf" edgedefault="directed">'
    for node in network.nodes:
        yield (f"    <node id={_value(node.id)}><data key=\"n0\">{_text(node.name)}</data>"
               f"<data key=\"n1\">{_text(node.label)}</data><data key=\"n2\">{_text(node.qid)}</data>"
               f"<data key=\"n3\">{node.weight}</data></node>")
    for number, edge in enumerate(network.edges):
        yield (f'    <edge id="e{number}" source={_value(edge.source)} target={_value(edge.target)}>'
               f'<data key="e0">{_text(edge.type)}</data><data key="e1">{edge.weight}</data>'
               f'<data key="e2">{_directed(edge.type)}</data></edge>')
    yield "  </graph>"
    yield "</graphml>"


def _gexf(network: Graph):
    yield '<?xml version="1.0" encoding="UTF-8"?>'
    yield '<gexf xmlns="http://gexf.net/1.3" version="1.3">'
    yield '  <graph defaultedgetype="directed" mode="static">'
    yield '    <attributes class="node">'
    yield '      <attribute id="0" title="label" type="string"/>'
    yield '      <attribute id="1" title="wikidata" type="string"/>'
    yield '      <attribute id="2" title="articles" type="integer"/>'
    yield "    </attributes>"
    yield '    <attributes class="edge">'
    yield '      <attribute id="0" title="type" type="string"/>'
    yield '      <attribute id="1" title="directed" type="boolean"/>'
    yield "    </attributes>"
    yield "    <nodes>"
    for node in network.nodes:
        yield (f"      <node id={_value(node.id)} label={_value(node.name)}><attvalues>"
               f'<attvalue for="0" value={_value(node.label)}/><attvalue for="1" value={_value(node.qid)}/>'
               f'<attvalue for="2" value="{node.weight}"/></attvalues></node>')
    yield "    </nodes>"
    yield "    <edges>"
    for number, edge in enumerate(network.edges):
        yield (f'      <edge id="{number}" source={_value(edge.source)} target={_value(edge.target)} '
               f'label={_value(edge.type)} weight="{edge.weight}"><attvalues>'
               f'<attvalue for="0" value={_value(edge.type)}/><attvalue for="1" value="{_directed(edge.type)}"/>'
               f'</attvalues></edge>')
    yield "    </edges>"
    yield "  </graph>"
    yield "</gexf>"


def _directed(edge_type: str) -> str:
    return "false" if edge_type == GRAPH_CO_MENTION else "true"


def _text(value: object) -> str:
    from xml.sax.saxutils import escape

    return escape("" if value is None else str(value))
