"""How many workers, and how many ONNX Runtime threads each, for this machine."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class WorkerPlan:
    workers: int  # 1: analyse in the ingest process itself
    threads: int  # ONNX Runtime intra-op threads per worker: workers × threads = cores

    @property
    def in_process(self) -> bool:
        return self.workers == 1


def plan_workers(requested: int, cores: int | None = None) -> WorkerPlan:
    """`requested` workers (0: one per core) sharing the cores; at least one thread each."""
    cores = cores or os.cpu_count() or 1
    workers = requested or cores
    return WorkerPlan(workers=workers, threads=max(1, cores // workers))
