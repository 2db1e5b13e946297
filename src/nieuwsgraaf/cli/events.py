"""`events`: who did what to whom, when, according to which article."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from ..entities import load_knowledge_base
from ..query import find_events
from ..query.dates import DATE_RULE, SINCE_HELP, UNDATED_HELP, UNTIL_HELP
from ..records import EVENT_TYPES, ActorRef, StoredEvent
from .common import ConfigOption, DbOption, JsonOption, answer, out, print_json


def actor_name(actor: ActorRef | None) -> str:
    if actor is None:
        return "-"
    return actor.name or actor.id


def _what(event: StoredEvent) -> str:
    kind = f"{event.type}/{event.mode}" if event.mode else event.type
    flags = [event.modality] if event.modality != "asserted" else []
    flags += ["negated"] if event.negated else []
    return f"{kind} ({', '.join(flags)})" if flags else kind


def events_command(
    kind: str = typer.Option(None, "--type", help=f"PLOVER type: {', '.join(EVENT_TYPES)}."),
    source: str = typer.Option(None, "--source", help="Who acted: a name, alias, Wikidata id or entity id."),
    target: str = typer.Option(None, "--target", help="Who it was done to: a name, alias, Wikidata id or entity id."),
    since: str = typer.Option(None, "--since", help=SINCE_HELP),
    until: str = typer.Option(None, "--until", help=UNTIL_HELP),
    include_undated: bool = typer.Option(False, "--include-undated", help=UNDATED_HELP),
    min_confidence: float = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0,
                                         help="Leave out events the system is less sure of."),
    limit: int = typer.Option(50, "--limit", min=1, max=100_000),
    db: str = DbOption,
    as_json: bool = JsonOption,
    config: Path = ConfigOption,
) -> None:
    """Political events (PLOVER types), newest first, each with its trigger words and article.

    An event's date is when it happened or will happen (a date in its own clause), else its
    article's date.
    %(date_rule)s
    """
    rows = answer(db, config, lambda store: find_events(
        store, load_knowledge_base(), kind, source, target, since, until, limit,
        include_undated=include_undated, min_confidence=min_confidence))
    if as_json:
        print_json([row.to_json() for row in rows])
        return
    table = Table("date", "event", "actor", "recipient", "trigger", "article", title=f"{len(rows)} event(s)")
    for row in rows:
        table.add_row(row.date.value or row.published or "-", _what(row), escape(actor_name(row.source)),
                      escape(actor_name(row.target)), escape(row.trigger.text),
                      f"{row.article_id}\n{escape(row.outlet or '')}")
    out.print(table)


events_command.__doc__ = events_command.__doc__ % {"date_rule": DATE_RULE}
