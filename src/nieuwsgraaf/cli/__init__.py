"""The `nieuwsgraaf` command: a thin shell over pipeline and query functions."""

from __future__ import annotations

import logging

import typer

from .cluster import cluster_ingest_command
from .dating import date_command
from .entities import entities_command, entity_command
from .events import events_command
from .export import export_app
from .info import settings_command, wiring_command
from .ingest import extract_command, ingest_command
from .query import search_command, show_command, stats_command
from .quotes import quotes_command
from .serve import serve_command
from .stories import stories_command, story_command

app = typer.Typer(
    name="nieuwsgraaf",
    help="Dutch news to a searchable, time-anchored knowledge base.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("ingest")(ingest_command)
app.command("extract")(extract_command)
app.command("cluster-ingest")(cluster_ingest_command)
app.command("search")(search_command)
app.command("show")(show_command)
app.command("stats")(stats_command)
app.command("entities")(entities_command)
app.command("entity")(entity_command)
app.command("quotes")(quotes_command)
app.command("events")(events_command)
app.command("stories")(stories_command); app.command("story")(story_command)  # noqa: E702
app.add_typer(export_app, name="export")
app.command("serve")(serve_command)
app.command("date")(date_command)
app.command("wiring")(wiring_command)
app.command("settings")(settings_command)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app()
