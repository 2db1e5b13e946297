"""Running partitions on a Dask cluster, resuming what a previous run left, and listing duplicates.

A partition with a completion marker in DIR is done and is not submitted again, so a killed run
restarted with the same inputs and DIR redoes only the rest. Article ids are content hashes, so a
redone partition gives the same rows.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from distributed import Client, LocalCluster, as_completed

from .parquet import DUPLICATES_FILE, PLAN_FILE, find_duplicates, is_done, write_json
from .records import ClusterJob, ClusterReport, Partition, PartitionOutcome
from .worker import PipelineHolder, partition_task

OnOutcome = Callable[[PartitionOutcome, ClusterReport], None]
Connect = Callable[[], AbstractContextManager[Client]]


@contextmanager
def open_client(scheduler: str | None = None, workers: int | None = None) -> Iterator[Client]:
    """A Dask client: connected to the scheduler at `scheduler`, or to a local cluster of
    `workers` processes (default: one per core) with one thread each. Closed on exit."""
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    count = workers or os.cpu_count() or 1
    # The scheduler's web server on a free port, not 8787: another run on the machine may hold that.
    with LocalCluster(n_workers=count, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        yield client


def run_partitions(partitions: Sequence[Partition], job: ClusterJob, connect: Connect,
                   on_outcome: OnOutcome | None = None) -> ClusterReport:
    """Run every partition that has no completion marker in `job.out_dir`; return what happened.

    `connect()` gives the client (a context manager); it is called only when some partition is
    left to do. A task that fails (a worker that dies twice, a full disk) is reported in `failed`
    and leaves no marker; the other partitions go on.
    """
    started = time.perf_counter()
    out = Path(job.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    write_json(out / PLAN_FILE, {"partitions": [p.to_json() for p in partitions]})
    report = ClusterReport(partitions=len(partitions))
    pending = [p for p in partitions if not is_done(job.out_dir, p.id)]
    report.already_done = len(partitions) - len(pending)
    if pending:
        with connect() as client:
            client.register_plugin(PipelineHolder(job.model))
            # A fresh key per run: a scheduler that outlives a run must not hand back an old result.
            run = uuid.uuid4().hex[:8]
            futures = {client.submit(partition_task, p, job, key=f"nieuwsgraaf-{p.id}-{run}", retries=1): p
                       for p in pending}
            for future in as_completed(futures):
                outcome = _outcome(future, futures[future])
                report.outcomes.append(outcome)
                if on_outcome:
                    on_outcome(outcome, report)
    duplicates = find_duplicates(job.out_dir, [p.id for p in partitions])
    write_json(out / DUPLICATES_FILE, duplicates)
    report.duplicate_ids = len(duplicates)
    report.seconds = time.perf_counter() - started
    return report


def _outcome(future, partition: Partition) -> PartitionOutcome:
    try:
        return future.result()
    except Exception as error:  # the task itself failed: report it, keep the run going
        return PartitionOutcome(partition.id, 0, 0, 0, 0, 0.0, failure=f"{type(error).__name__}: {error}")
