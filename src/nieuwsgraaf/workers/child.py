"""The body of one worker process: load the pipeline once, then analyse tasks until told to stop.

The ingest process starts it with `spawn` and with OPENBLAS_NUM_THREADS=1 and OMP_NUM_THREADS=1
already in its environment (numpy reads them when it is first imported), and with SIGINT
ignored: Ctrl-C is the ingest process's to handle, and it stops the workers.
"""

from __future__ import annotations

import resource
import signal
from multiprocessing.connection import Connection

from ..nlp import load_pipeline
from ..pipeline import analyse_batch
from .messages import Done, Failed, Ready, WorkerSpec


def serve(connection: Connection, spec: WorkerSpec) -> None:
    """Answer every Task with Done, in the order received, until None arrives or the ingest process is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        pipeline = load_pipeline(spec.model, default=spec.default_model, threads=spec.threads)
    except Exception as error:  # told to the ingest process, which reports it as --workers 1 would
        connection.send(Failed(str(error)))
        return
    connection.send(Ready(pipeline.name))
    while True:
        try:
            task = connection.recv()
        except EOFError:  # the ingest process ended
            return
        if task is None:
            return
        analyses = analyse_batch(list(task.articles), pipeline)
        connection.send(Done(task.number, tuple(analyses), peak_rss_kb()))


def peak_rss_kb() -> int:
    """This process's peak resident memory in KiB (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
