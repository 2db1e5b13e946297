"""`export`: stored facts out, in the formats other tools read (CSV, JSON Lines, Parquet)."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path

import typer

from ..entities import load_knowledge_base
from ..query.dates import SINCE_HELP, UNDATED_HELP, UNTIL_HELP
from ..query.exports import EVENT_COLUMNS, export_events
from .common import ConfigOption, DbOption, answer, err, fail
from .exit_codes import USAGE
from .writers import FORMATS, write_rows

export_app = typer.Typer(help="Stored facts out as CSV, JSON Lines or Parquet, streamed.", no_args_is_help=True)
FormatOption = typer.Option("csv", "--format", help=f"One of {', '.join(FORMATS)}.")
OutOption = typer.Option(None, "--out", help="File to write (default: standard output).")


@export_app.command("events")
def export_events_command(
    fmt: str = FormatOption,
    out: Path = OutOption,
    since: str = typer.Option(None, "--since", help=SINCE_HELP),
    until: str = typer.Option(None, "--until", help=UNTIL_HELP),
    include_undated: bool = typer.Option(False, "--include-undated", help=UNDATED_HELP),
    db: str = DbOption,
    config: Path = ConfigOption,
) -> None:
    """One row per event (a POLECAT-like table): id, date and precision, type, mode, actor and
    recipient ids, names, Wikidata ids and countries, location, modality, negation, trigger,
    sentence, article id, url and outlet."""
    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}", code=USAGE)
    if fmt == "parquet" and out is None and sys.stdout.isatty():
        fail("Parquet is binary: give --out FILE or redirect the output", code=USAGE)
    kb = load_knowledge_base()

    def write(store) -> int:
        target = out.open("wb") if out else nullcontext(sys.stdout.buffer)
        with target as stream:
            return write_rows(export_events(store, kb, since, until, include_undated), EVENT_COLUMNS, fmt, stream)

    count = answer(db, config, write)
    err.print(f"{count:,} events written" + (f" to {out}" if out else ""))
