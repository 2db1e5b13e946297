"""`nieuwsgraaf ingest` and `nieuwsgraaf extract`: running the pipeline over files."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, nullcontext
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from ..document import document_to_json
from ..records import Analysis
from ..report import RunReport
from ..settings import Settings
from ..store import Store, StoreError, open_store
from ..workers.plan import WorkerPlan, plan_workers
from .common import ConfigOption, DbOption, JsonOption, err, fail, print_json, resolve_settings
from .exit_codes import INTERRUPTED, NOTHING, OK, PARTIAL, STORE, USAGE

PathsArgument = typer.Argument(..., help="Files or folders (read recursively); '-' reads stdin.")
ModelOption = typer.Option(None, "--model", help="spaCy pipeline (name under models/, path, package, or 'none').")
WorkersOption = typer.Option(
    None, "--workers", help="Worker processes analysing articles (default: setting 'workers'; 0 = one per core, "
    "1 = in this process).")
BulkOption = typer.Option(
    False, "--bulk", help="Many articles at once (a first load, a large archive): the store's query indexes come "
    "off during the run and are built once at the end, so ingest does not slow as the store grows.")
LISTED = 20  # skips, stage errors and warnings printed one by one; `--json` lists them all


def _load(settings: Settings):
    """The spaCy pipeline, loaded anew after `worker_max_articles` articles (the caller holds the
    RenewingPipeline, not a LoadedPipeline that would outlive its replacement); imported here, so that
    only the commands that run it pay for spaCy."""
    from ..nlp import NlpError, load_pipeline
    from ..pipeline import in_process_pipeline

    try:
        return in_process_pipeline(settings, load_pipeline(settings.model, default=Settings().model))
    except NlpError as error:
        fail(str(error), code=USAGE)
        raise  # unreachable: fail exits


@contextmanager
def _worker_failures() -> Iterator[None]:
    """A pipeline the workers cannot load, or workers that keep dying while loading (at the start or
    when one is replaced): a usage error, as a model that cannot load is with `--workers 1`."""
    from ..nlp import NlpError
    from ..workers.pool import WorkerError

    try:
        yield
    except (NlpError, WorkerError) as error:
        fail(str(error), code=USAGE)


def _start_workers(settings: Settings, plan: WorkerPlan, stack: ExitStack):
    """A started pool of `plan.workers` processes, closed by `stack` (at once when interrupted)."""
    from ..workers.messages import WorkerSpec
    from ..workers.pool import WorkerPool

    spec = WorkerSpec(settings.model, Settings().model, plan.threads)
    with _worker_failures():
        return stack.enter_context(WorkerPool(spec, plan.workers, settings.worker_max_articles))


def _open(settings: Settings) -> Store:
    try:
        return open_store(settings.db)
    except StoreError as error:
        fail(str(error), code=STORE)
        raise  # unreachable: fail exits


def run_exit_code(report: RunReport, done: int) -> int:
    """NOTHING when no article came through (`done`: stored or already stored, or extracted),
    PARTIAL when some input was skipped or a stage failed on some article, else OK."""
    if done == 0:
        return NOTHING
    if report.skipped or report.error_count:
        return PARTIAL
    return OK


def _print_listed(kind: str, lines: list[str], total: int) -> None:
    for line in lines[:LISTED]:
        err.print(f"[yellow]{kind}[/] {escape(line)}", soft_wrap=True)
    if total > LISTED:
        err.print(f"[yellow]{kind}[/] … and {total - LISTED:,} more (`--json` lists them)", soft_wrap=True)


def _print_report(report: RunReport) -> None:
    table = Table(title="ingest", show_header=False)
    for name, value in (
        ("files", report.files), ("articles read", report.read), ("analysed", report.analysed),
        ("stored (new)", report.stored), ("already stored", report.already_stored),
        ("not Dutch (stored, no NLP)", report.not_dutch), ("skipped", len(report.skipped)),
        ("inputs repaired (warnings)", report.warning_count), ("stage errors", report.error_count),
        ("seconds", f"{report.seconds:.1f}"),
    ):
        table.add_row(name, f"{value:,}" if isinstance(value, int) else value)
    err.print(table)
    _print_listed("skipped", [f"{s.origin}: {s.reason}" for s in report.skipped], len(report.skipped))
    _print_listed("error", [f"{origin}: {e.stage}: {e.exception}: {e.message}" for origin, e in report.stage_errors],
                  report.error_count)
    _print_listed("repaired", [f"{origin}: {warning}" for origin, warning in report.warnings], report.warning_count)


def _report(report: RunReport, as_json: bool, interrupted: bool = False) -> None:
    if interrupted:
        err.print(f"[bold yellow]interrupted:[/] {report.stored:,} new articles were stored before the stop and "
                  "stay stored; run the same command again to go on", soft_wrap=True)
    if as_json:
        print_json({**report.to_json(), "interrupted": interrupted})
    else:
        _print_report(report)


def ingest_command(
    paths: list[str] = PathsArgument,
    db: str = DbOption,
    model: str = ModelOption,
    as_json: bool = JsonOption,
    config: Path = ConfigOption,
    workers: int = WorkersOption,
    bulk: bool = BulkOption,
) -> None:
    """Read, clean and analyse articles and add them to the store (idempotent; Ctrl-C keeps what was stored)."""
    # rich's progress bars: only the commands that ingest
    from .progress import IngestProgress, InputSize

    settings = resolve_settings(config, db=db, model=model, workers=workers)
    plan = plan_workers(settings.workers)
    report = RunReport()
    started = False
    try:
        with IngestProgress(err, InputSize(paths)) as progress, ExitStack() as stack:
            store = _open(settings)  # cheap: a database that cannot be used fails before the model loads
            stack.callback(store.close)
            if bulk:  # entered after the close callback, so left (indexes built) before the store closes
                stack.enter_context(store.bulk_load())
            pipeline = pool = None
            if plan.in_process:
                with progress.loading(settings.model):
                    pipeline = _load(settings)
            else:
                with progress.loading(f"{settings.model} in {plan.workers} worker processes"):
                    pool = _start_workers(settings, plan, stack)
            progress.start()
            started = True
            from ..pipeline import ingest

            try:
                with _worker_failures() if pool else nullcontext():
                    ingest(paths, store, settings, pipeline, on_progress=progress.update, report=report,
                           analyser=pool.analyse if pool else None)
            except StoreError as error:
                fail(str(error), code=STORE)
            if pool and pool.stats.died:
                err.print(f"[yellow]workers[/] {pool.stats.died} worker processes died; their articles were "
                          "analysed again (an article a worker died on twice is stored with an nlp error)")
    except KeyboardInterrupt:
        if started or as_json:
            _report(report, as_json, interrupted=True)
        else:
            err.print("[bold yellow]interrupted[/] before the first article: nothing was stored")
        raise typer.Exit(INTERRUPTED) from None
    _report(report, as_json)
    raise typer.Exit(run_exit_code(report, report.stored + report.already_stored))


def extract_command(
    paths: list[str] = PathsArgument,
    jsonl: bool = typer.Option(False, "--jsonl", help="One compact JSON object per line."),
    model: str = ModelOption,
    config: Path = ConfigOption,
) -> None:
    """Run the pipeline without storing; print the document JSON of every article."""
    settings = resolve_settings(config, model=model)
    report = RunReport()
    done = 0
    from ..pipeline import extract

    try:
        pipeline = _load(settings)
        documents = (document_to_json(item) for item in extract(paths, settings, pipeline, report)
                     if isinstance(item, Analysis))
        if jsonl:
            for document in documents:
                sys.stdout.write(json.dumps(document, ensure_ascii=False) + "\n")
                done += 1
        else:
            listed = list(documents)
            done = len(listed)
            print_json(listed)
    except KeyboardInterrupt:
        err.print(f"[bold yellow]interrupted[/] after {done:,} articles")
        raise typer.Exit(INTERRUPTED) from None
    _print_listed("skipped", [f"{s.origin}: {s.reason}" for s in report.skipped], len(report.skipped))
    raise typer.Exit(run_exit_code(report, done))
