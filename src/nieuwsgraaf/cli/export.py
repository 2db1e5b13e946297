"""`export`: stored facts out, in the formats other tools read: tables as CSV, JSON Lines or
Parquet (streamed), the actor network as GraphML or GEXF."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext
from pathlib import Path

import typer

from ..entities import load_knowledge_base
from ..query.dates import SINCE_HELP, UNDATED_HELP, UNTIL_HELP
from ..query.exports import (
    ARTICLE_COLUMNS,
    EDGE_COLUMNS,
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    QUOTE_COLUMNS,
    actor_network,
    export_articles,
    export_edges,
    export_entities,
    export_events,
    export_quotes,
)
from ..store import Store
from .common import ConfigOption, DbOption, answer, err, fail
from .exit_codes import USAGE
from .graph_files import GRAPH_FORMATS, write_graph
from .writers import FORMATS, write_rows

export_app = typer.Typer(help="Stored facts out: tables as CSV, JSON Lines or Parquet (streamed), "
                              "the actor network as GraphML or GEXF.", no_args_is_help=True)
FormatOption = typer.Option("csv", "--format", help=f"One of {', '.join(FORMATS)}.")
OutOption = typer.Option(None, "--out", help="File to write (default: standard output).")
SinceOption = typer.Option(None, "--since", help=SINCE_HELP)
UntilOption = typer.Option(None, "--until", help=UNTIL_HELP)
UndatedOption = typer.Option(False, "--include-undated", help=UNDATED_HELP)
TypesOption = typer.Option(None, "--type", help="Edge types to keep (repeat, or comma-separated): "
                                                "co-mention, quoted-about, or PLOVER types such as THREATEN.")
MinWeightOption = typer.Option(1, "--min-weight", help="Leave out edges of a smaller weight.")
NodesOption = typer.Option(None, "--nodes", help="Only the N actors in the most articles of the "
                                                 "period and the edges between them (default: all).")


def _binary_target(fmt: str, formats: Sequence[str], out: Path | None, binary: bool) -> None:
    if fmt not in formats:
        fail(f"unknown format {fmt!r}; one of {', '.join(formats)}", code=USAGE)
    if binary and out is None and sys.stdout.isatty():
        fail(f"{fmt} is binary: give --out FILE or redirect the output", code=USAGE)


def _table(what: str, rows: Callable[[Store], Iterator[dict]], columns: Sequence[tuple[str, str]], fmt: str,
           out: Path | None, db: str | None, config: Path | None) -> None:
    """Write the rows `rows` makes of the store as a table; say how many on stderr."""
    _binary_target(fmt, FORMATS, out, fmt == "parquet")

    def write(store: Store) -> int:
        target = out.open("wb") if out else nullcontext(sys.stdout.buffer)
        with target as stream:
            return write_rows(rows(store), columns, fmt, stream)

    count = answer(db, config, write)
    err.print(f"{count:,} {what} written" + (f" to {out}" if out else ""))


@export_app.command("articles")
def export_articles_command(fmt: str = FormatOption, out: Path = OutOption, since: str = SinceOption,
                            until: str = UntilOption, include_undated: bool = UndatedOption,
                            db: str = DbOption, config: Path = ConfigOption) -> None:
    """One row per article, oldest first: id, url, outlet, agency, title, publication date and its
    precision, language, story, the first stored copy it repeats, and the cleaned text."""
    _table("articles", lambda store: export_articles(store, since, until, include_undated), ARTICLE_COLUMNS,
           fmt, out, db, config)


@export_app.command("entities")
def export_entities_command(fmt: str = FormatOption, out: Path = OutOption, db: str = DbOption,
                            config: Path = ConfigOption) -> None:
    """One row per entity, in the most articles first: id, name, label, Wikidata id, and for
    knowledge-base actors their kind, country and gender; articles and mentions."""
    kb = load_knowledge_base()
    _table("entities", lambda store: export_entities(store, kb), ENTITY_COLUMNS, fmt, out, db, config)


@export_app.command("quotes")
def export_quotes_command(fmt: str = FormatOption, out: Path = OutOption, since: str = SinceOption,
                          until: str = UntilOption, include_undated: bool = UndatedOption,
                          db: str = DbOption, config: Path = ConfigOption) -> None:
    """One row per quote, newest first: its offsets in its article, kind, text, speaker (id, name,
    the words naming them), cue, addressee, the date it was said and why, outlet and article."""
    _table("quotes", lambda store: export_quotes(store, since, until, include_undated), QUOTE_COLUMNS,
           fmt, out, db, config)


@export_app.command("events")
def export_events_command(fmt: str = FormatOption, out: Path = OutOption, since: str = SinceOption,
                          until: str = UntilOption, include_undated: bool = UndatedOption,
                          db: str = DbOption, config: Path = ConfigOption) -> None:
    """One row per event (a POLECAT-like table): id, date and precision, type, mode, actor and
    recipient ids, names, Wikidata ids and countries, location, modality, negation, trigger,
    sentence, article id, url and outlet."""
    kb = load_knowledge_base()
    _table("events", lambda store: export_events(store, kb, since, until, include_undated), EVENT_COLUMNS,
           fmt, out, db, config)


@export_app.command("edges")
def export_edges_command(fmt: str = FormatOption, out: Path = OutOption, since: str = SinceOption,
                         until: str = UntilOption, types: list[str] = TypesOption,
                         min_weight: int = MinWeightOption, nodes: int = NodesOption,
                         db: str = DbOption, config: Path = ConfigOption) -> None:
    """One row per edge of the actor network of the period: both actors (id and name), the type
    (co-mention, quoted-about, or a PLOVER event type), whether it has a direction, and its weight."""
    _table("edges", lambda store: export_edges(actor_network(store, since, until, min_weight, types, nodes)),
           EDGE_COLUMNS, fmt, out, db, config)


@export_app.command("graph")
def export_graph_command(fmt: str = typer.Option("graphml", "--format", help="graphml or gexf."),
                         out: Path = OutOption, since: str = SinceOption, until: str = UntilOption,
                         types: list[str] = TypesOption, min_weight: int = MinWeightOption,
                         nodes: int = NodesOption, db: str = DbOption, config: Path = ConfigOption) -> None:
    """The actor network of the period as a graph file for Gephi or networkx: actors as nodes
    (name, label, Wikidata id, articles), typed and weighted edges (co-mention undirected)."""
    _binary_target(fmt, GRAPH_FORMATS, out, False)

    def write(store: Store) -> tuple[int, int]:
        network = actor_network(store, since, until, min_weight, types, nodes)
        target = out.open("wb") if out else nullcontext(sys.stdout.buffer)
        with target as stream:
            return write_graph(network, fmt, stream)

    node_count, edge_count = answer(db, config, write)
    err.print(f"{node_count:,} actors and {edge_count:,} edges written" + (f" to {out}" if out else ""))
