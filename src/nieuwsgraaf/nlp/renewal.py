"""A pipeline that is loaded anew after a fixed number of articles, for analysis in the ingest process.

spaCy's vocabulary (string store, lexemes) keeps every new word a pipeline has seen, so a process that
analyses for a long time grows with its input (docs/scale.md, "Memory over a long ingest"). Worker
processes are replaced after `Settings.worker_max_articles`; the ingest process, which analyses itself
with `--workers 1`, is never replaced, so it loads a fresh pipeline after the same number of articles.
An article's analysis does not depend on what the pipeline analysed before, so the output is the same.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable

from .loader import LoadedPipeline, NlpError

log = logging.getLogger(__name__)


class RenewingPipeline:
    """`current()` is the pipeline to analyse with; `analysed(n)` counts articles and, once
    `max_articles` are reached, drops the pipeline so that the next `current()` loads a fresh one."""

    def __init__(self, load: Callable[[], LoadedPipeline], max_articles: int,
                 first: LoadedPipeline | None = None) -> None:
        if max_articles < 1:
            raise ValueError(f"max_articles must be at least 1, not {max_articles}")
        self.max_articles = max_articles
        self.renewals = 0  # pipelines loaded after the first
        self.renewal_seconds = 0.0
        self._load = load
        self._pipeline = first
        self._name = first.name if first is not None else None
        self._analysed = 0

    def current(self) -> LoadedPipeline:
        if self._pipeline is None:
            self._pipeline = self._load_checked()
        return self._pipeline

    def analysed(self, articles: int) -> None:
        self._analysed += articles
        if self._analysed >= self.max_articles and self._pipeline is not None:
            # dropped before the next is loaded, so two pipelines are never held at once
            self._pipeline = None
            self._analysed = 0
            self.renewals += 1
            gc.collect()  # the vocabulary is freed by reference counting; cycles among components by this

    def _load_checked(self) -> LoadedPipeline:
        started = time.perf_counter()
        loaded = self._load()
        if self._name is not None and loaded.name != self._name:  # a run must not switch models halfway
            raise NlpError(f"the pipeline loaded anew is {loaded.name!r}, not {self._name!r} as before")
        if self._name is not None:
            self.renewal_seconds += time.perf_counter() - started
            log.info("spaCy pipeline %s loaded anew after %d articles", loaded.name, self.max_articles)
        self._name = loaded.name
        return loaded
