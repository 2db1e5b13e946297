"""`nieuwsgraaf ingest` and `nieuwsgraaf extract`: running the pipeline over files."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..document import document_to_json
from ..nlp import NlpError, load_pipeline
from ..pipeline import RunReport, extract, ingest
from ..records import Analysis
from ..settings import Settings
from ..store import StoreError, open_store
from .common import ConfigOption, DbOption, JsonOption, err, fail, print_json, resolve_settings

PathsArgument = typer.Argument(..., help="Files or folders (read recursively); '-' reads stdin.")
ModelOption = typer.Option(None, "--model", help="spaCy pipeline (name under models/, path, package, or 'none').")


def _load(settings: Settings):
    try:
        return load_pipeline(settings.model, default=Settings().model)
    except NlpError as error:
        fail(str(error))


def _print_report(report: RunReport) -> None:
    table = Table(title="ingest", show_header=False)
    for name, value in (
        ("files", report.files), ("articles read", report.read), ("stored (new)", report.stored),
        ("already stored", report.already_stored), ("not Dutch (stored, no NLP)", report.not_dutch),
        ("skipped", len(report.skipped)), ("seconds", f"{report.seconds:.1f}"),
    ):
        table.add_row(name, str(value))
    err.print(table)
    for skip in report.skipped:
        err.print(f"[yellow]skipped[/] {skip.origin}: {skip.reason}")


def ingest_command(
    paths: list[str] = PathsArgument,
    db: str = DbOption,
    model: str = ModelOption,
    as_json: bool = JsonOption,
    config: Path = ConfigOption,
) -> None:
    """Read, clean and analyse articles and add them to the store (idempotent)."""
    settings = resolve_settings(config, db=db, model=model)
    pipeline = _load(settings)
    try:
        store = open_store(settings.db)
    except StoreError as error:
        fail(str(error))
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(bar_width=None),
               TextColumn("{task.fields[status]}"), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("ingesting", total=None, status="")

        def show(report: RunReport) -> None:
            progress.update(task, status=f"{report.read} read, {report.stored} new, "
                                         f"{report.already_stored} known, {len(report.skipped)} skipped")

        try:
            report = ingest(paths, store, settings, pipeline, on_progress=show)
        except StoreError as error:
            fail(str(error))
        finally:
            store.close()
    if as_json:
        print_json(report.to_json())
    else:
        _print_report(report)
    if report.read == 0 and report.skipped:
        raise typer.Exit(1)


def extract_command(
    paths: list[str] = PathsArgument,
    jsonl: bool = typer.Option(False, "--jsonl", help="One compact JSON object per line."),
    model: str = ModelOption,
    config: Path = ConfigOption,
) -> None:
    """Run the pipeline without storing; print the document JSON of every article."""
    settings = resolve_settings(config, model=model)
    pipeline = _load(settings)
    report = RunReport()
    documents = (document_to_json(item) for item in extract(paths, settings, pipeline, report)
                 if isinstance(item, Analysis))
    if jsonl:
        for document in documents:
            sys.stdout.write(json.dumps(document, ensure_ascii=False) + "\n")
    else:
        print_json(list(documents))
    for skip in report.skipped:
        err.print(f"[yellow]skipped[/] {skip.origin}: {skip.reason}")
    if report.read == 0 and report.skipped:
        raise typer.Exit(1)
