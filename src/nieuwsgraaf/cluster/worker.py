"""The per-partition job: read, clean, analyse and run the article steps exactly as
`nieuwsgraaf ingest` does, then write the partition's rows, report and completion marker.

On a Dask worker the spaCy pipeline is held by a WorkerPlugin (`PipelineHolder`): loaded by the
first task that needs it, once per worker process, and shared by the worker's tasks one at a time.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import chain

from distributed import WorkerPlugin, get_worker

from ..nlp import LoadedPipeline, load_pipeline
from ..pipeline import analyse, clean_inputs
from ..records import Analysis, Skip
from ..report import RunReport
from ..settings import Settings
from .parquet import (
    analysis_to_row,
    mark_done,
    remove_leftovers,
    report_path,
    write_json,
    write_rows,
)
from .reading import read_piece
from .records import ClusterJob, Partition, PartitionOutcome

ENCODER_FACTORY = "ng_encoder"


def process_partition(partition: Partition, job: ClusterJob, pipeline: LoadedPipeline) -> PartitionOutcome:
    """Run the pipeline over one partition and write its files into `job.out_dir`.

    Bad input becomes a skip in the partition's report, as in `nieuwsgraaf ingest`; only a failure
    to write the output raises (and then no marker is written, so a rerun redoes the partition).
    """
    started = time.perf_counter()
    remove_leftovers(job.out_dir, partition.id)
    settings = job.settings()
    report = RunReport()
    rows = write_rows(job.out_dir, partition.id, _rows(partition, settings, pipeline, report))
    report.seconds = time.perf_counter() - started
    write_json(report_path(job.out_dir, partition.id), _report_json(partition, rows, report))
    mark_done(job.out_dir, partition.id, {"rows": rows, "finished": datetime.now(UTC).isoformat(timespec="seconds")})
    return PartitionOutcome(partition.id, rows, len(report.skipped), report.warning_count, report.error_count,
                            report.seconds)


def _report_json(partition: Partition, rows: int, report: RunReport) -> dict:
    return {
        "partition": partition.to_json(), "rows": rows, "files": report.files, "read": report.read,
        "analysed": report.analysed,
        "skipped": [{"origin": s.origin, "reason": s.reason} for s in report.skipped],
        "warnings": report.warning_count,
        "warnings_listed": [{"origin": origin, "warning": warning} for origin, warning in report.warnings],
        "stage_errors": report.error_count,
        "errors": [{"origin": origin, **error.to_json()} for origin, error in report.stage_errors],
        "seconds": round(report.seconds, 3),
    }


def _rows(partition: Partition, settings: Settings, pipeline: LoadedPipeline, report: RunReport) -> Iterator[dict]:
    raw = chain.from_iterable(read_piece(piece, settings, report) for piece in partition.pieces)
    articles = clean_inputs(raw, settings, report)
    for batch in analyse(articles, pipeline, settings.batch_size):
        for item in batch:
            if isinstance(item, Skip):
                report.skipped.append(item)
            elif isinstance(item, Analysis):
                report.analysed += 1
                report.note_analysis(item)
                yield analysis_to_row(item)


def load_worker_pipeline(model: str, threads: int) -> LoadedPipeline:
    """The pipeline `model`, its ONNX encoder (if it has one) running on `threads` threads."""
    pipeline = load_pipeline(model, default=Settings().model)
    for encoder in encoders(pipeline):
        if encoder.threads != threads and encoder.folder is not None:
            encoder.threads = threads
            encoder.from_disk(encoder.folder)  # a new ONNX session with the new thread count
    return pipeline


def encoders(pipeline: LoadedPipeline) -> list:
    """The pipeline's ONNX encoder components (made by the ng_encoder factory, whatever their name)."""
    nlp = pipeline.nlp
    return [nlp.get_pipe(name) for name in nlp.pipe_names if nlp.get_pipe_meta(name).factory == ENCODER_FACTORY]


def holder_name(model: str) -> str:
    return f"nieuwsgraaf-pipeline:{model}"


class PipelineHolder(WorkerPlugin):
    """Holds one loaded pipeline per worker process, with ONNX using the worker's threads.

    Tasks take turns (a lock): a spaCy pipeline is not made for concurrent calls, and a worker
    with several threads gives them to ONNX instead.
    """

    idempotent = True  # registered again (a second run on one scheduler): workers keep their loaded pipeline

    def __init__(self, model: str):
        self.model = model
        self.name = holder_name(model)
        self.threads = 1
        self.lock = threading.Lock()
        self.pipeline: LoadedPipeline | None = None

    def setup(self, worker) -> None:
        self.threads = max(1, worker.state.nthreads)
        self.lock = threading.Lock()  # the plugin arrives pickled; give each worker its own lock

    def loaded(self) -> LoadedPipeline:
        """The pipeline, loaded now if no task has loaded it yet (call with the lock held)."""
        if self.pipeline is None:
            self.pipeline = load_worker_pipeline(self.model, self.threads)
        return self.pipeline

    def run(self, partition: Partition, job: ClusterJob) -> PartitionOutcome:
        with self.lock:
            return process_partition(partition, job, self.loaded())

    def __getstate__(self) -> dict:
        return {"model": self.model, "name": self.name}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["model"])


def warm_up(model: str, dask_worker=None) -> str:
    """Load the pipeline on this worker before any partition arrives: `client.run(warm_up, model)`
    (Dask passes `dask_worker`); returns the pipeline's name."""
    holder = (dask_worker or get_worker()).plugins[holder_name(model)]
    with holder.lock:
        return holder.loaded().name


def partition_task(partition: Partition, job: ClusterJob) -> PartitionOutcome:
    """The Dask task for one partition: runs on a worker that has the PipelineHolder for job.model."""
    holder = get_worker().plugins[holder_name(job.model)]
    return holder.run(partition, job)
