"""`nieuwsgraaf cluster-ingest`: the pipeline on a Dask cluster, one Parquet file per input partition.

Dask and the pipeline are imported inside the command, so other commands never pay for them.
"""

from __future__ import annotations

import logging
from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from ..store import StoreError, open_store
from .common import ConfigOption, JsonOption, err, fail, print_json, resolve_settings
from .exit_codes import INTERRUPTED, NOTHING, OK, PARTIAL, STORE, USAGE
from .ingest import ModelOption

InputsArgument = typer.Argument(..., help="Files or folders (read recursively), or fsspec URLs (s3://, https://, file://).")
OutOption = typer.Option(..., "--out", help="Output folder: one Parquet file per partition, reports, completion markers.")
SchedulerOption = typer.Option(None, "--scheduler", help="Address of a running Dask scheduler (tcp://host:8786).")
WorkersOption = typer.Option(None, "--workers", min=1, help="Without --scheduler: local worker processes (default: cores).")
LinesOption = typer.Option(None, "--lines-per-partition", min=1, help="Lines per partition of a big JSON Lines file (default 2000).")
LoadDbOption = typer.Option(None, "--db", help="After the run, load the rows into this store (SQLite file, or postgresql://…).")


def cluster_ingest_command(
    inputs: list[str] = InputsArgument,
    out: str = OutOption,
    scheduler: str = SchedulerOption,
    workers: int = WorkersOption,
    lines: int = LinesOption,
    db: str = LoadDbOption,
    model: str = ModelOption,
    as_json: bool = JsonOption,
    config: Path = ConfigOption,
) -> None:
    """Run the pipeline on a Dask cluster (local, or --scheduler); resumable; rows optionally loaded into --db."""
    from ..cluster import ClusterJob, PlanError, PlanOptions, plan_partitions

    if "://" in out:
        fail("--out must be a folder path (local, or mounted at the same path on every worker)", code=USAGE)
    settings = resolve_settings(config, model=model)
    options = PlanOptions() if lines is None else PlanOptions(lines_per_partition=lines)
    try:
        partitions = plan_partitions(inputs, options)
    except PlanError as error:
        fail(str(error), code=USAGE)
    if not partitions:
        fail("no input files found", code=NOTHING)
    store = _open(db) if db else None  # a store that cannot be used fails before the run
    try:
        report = _run(partitions, ClusterJob.from_settings(out, settings), scheduler, workers)
        loaded = _load(out, partitions, store) if store else None
    finally:
        if store:
            store.close()
    _print(report, loaded, as_json)
    raise typer.Exit(_exit_code(report))


def _open(db: str):
    try:
        return open_store(db)
    except StoreError as error:
        fail(str(error), code=STORE)


def _run(partitions, job, scheduler: str | None, workers: int | None):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..cluster import open_client, run_partitions

    logging.getLogger("distributed").setLevel(logging.WARNING)  # its start and stop notes are not news
    progress = Progress(TextColumn("partitions"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=err, transient=True)
    try:
        with progress:
            task = progress.add_task("partitions", total=len(partitions))
            progress.update(task, completed=sum(_is_done(job.out_dir, p.id) for p in partitions))
            return run_partitions(partitions, job, lambda: open_client(scheduler, workers),
                                  on_outcome=lambda *_: progress.advance(task))
    except KeyboardInterrupt:
        done = sum(_is_done(job.out_dir, p.id) for p in partitions)
        err.print(f"[bold yellow]interrupted:[/] {done:,} of {len(partitions):,} partitions are complete and kept; "
                  "run the same command again to go on", soft_wrap=True)
        raise typer.Exit(INTERRUPTED) from None
    except OSError as error:  # a scheduler that cannot be reached
        fail(f"cannot run on the cluster: {error}", code=USAGE)


def _is_done(out_dir: str, partition_id: str) -> bool:
    from ..cluster.parquet import is_done

    return is_done(out_dir, partition_id)


def _load(out_dir: str, partitions, store):
    from ..cluster import load_partitions

    try:
        return load_partitions(out_dir, partitions, store)
    except StoreError as error:
        fail(str(error), code=STORE)


def _print(report, loaded, as_json: bool) -> None:
    if as_json:
        print_json({**report.to_json(), "load": loaded.to_json() if loaded else None})
        return
    table = Table(title="cluster-ingest", show_header=False)
    summary = report.to_json()
    for name in ("partitions", "already_done", "done_now", "rows", "skipped", "warnings", "stage_errors",
                 "duplicate_ids"):
        table.add_row(name.replace("_", " "), f"{summary[name]:,}")
    table.add_row("failed partitions", f"{len(report.failed):,}")
    if loaded:
        table.add_row("stored (new)", f"{loaded.stored:,}")
        table.add_row("already stored", f"{loaded.already_stored:,}")
        table.add_row("duplicate rows (sightings)", f"{loaded.duplicates:,}")
    table.add_row("seconds", f"{report.seconds:.1f}")
    err.print(table)
    for outcome in report.failed:
        err.print(f"[red]failed[/] partition {outcome.partition_id}: {escape(outcome.failure)}", soft_wrap=True)
    if report.skipped:
        err.print(f"[yellow]skipped[/] {report.skipped:,} inputs: see the part-*.report.json files", soft_wrap=True)


def _exit_code(report) -> int:
    """PARTIAL when a partition failed or an input was skipped, NOTHING when no article came
    through (this run or before), else OK."""
    if report.failed or report.skipped:
        return PARTIAL
    if report.rows == 0 and report.already_done == 0:
        return NOTHING
    return OK
