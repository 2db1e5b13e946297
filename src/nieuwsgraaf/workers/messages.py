"""What the ingest process and its workers send each other: records, pickled over a pipe."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Analysis, Article


@dataclass(frozen=True)
class WorkerSpec:
    """What every worker loads: the pipeline, with this many ONNX Runtime threads per encoder."""

    model: str
    default_model: str  # the default setting: missing, it falls back to the rule-based pipeline
    threads: int


@dataclass(frozen=True)
class Task:
    """Articles for one worker to analyse; `number` orders the answers, `attempt` counts deaths."""

    number: int
    articles: tuple[Article, ...]
    attempt: int = 1


@dataclass(frozen=True)
class Ready:
    """A worker loaded its pipeline and waits for tasks."""

    pipeline_name: str


@dataclass(frozen=True)
class Failed:
    """A worker could not load its pipeline (the same error `--workers 1` would give)."""

    message: str


@dataclass(frozen=True)
class Done:
    """A task's analyses, in the task's order, and the worker's peak resident memory so far."""

    number: int
    analyses: tuple[Analysis, ...]
    peak_rss_kb: int
