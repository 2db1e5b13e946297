"""The worker processes of one ingest: started, fed tasks, replaced when they die or grow old.

`WorkerPool.analyse` is an `pipeline.Analyser`: it takes the batches `pipeline.group_batches`
makes, cuts their articles into small tasks, and gives back each batch complete and in input
order, so the one writer (the ingest process) commits exactly what `--workers 1` commits.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait

from ..nlp import NlpError
from ..pipeline import KnownArticle, Seen, fill_batch, group_batches
from ..records import Analysis, Article, Skip
from .child import serve
from .messages import Done, Failed, Ready, Task, WorkerSpec
from .recovery import describe_exit, redo_after_death

log = logging.getLogger(__name__)

# Articles per task: progress moves every few articles and a dead worker costs little to redo;
# one article's analysis never depends on the others in its task.
TASK_ARTICLES = 4
TASKS_PER_WORKER = 2  # one running and one waiting in its pipe, so no worker waits for the writer
START_FAILURES = 3  # workers in a row that die while loading before the run gives up
THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
STOP_SECONDS = 10.0  # how long a worker asked to stop may take before it is terminated


class WorkerError(RuntimeError):
    """The worker processes cannot be started, or keep dying before their pipeline is loaded."""


@dataclass
class PoolStats:
    """What the pool did, for the run's report and the bench."""

    started: int = 0  # processes started, replacements included
    died: int = 0  # processes that ended without being asked to (killed, crashed)
    recycled: int = 0  # processes replaced after analysing `max_articles`
    redone: int = 0  # articles handed out again because their worker died
    peak_rss_kb: dict[int, int] = field(default_factory=dict)  # by worker pid


@dataclass(eq=False)
class _Worker:
    process: multiprocessing.process.BaseProcess
    connection: Connection
    tasks: deque[Task] = field(default_factory=deque)  # handed out, unanswered; the first is running
    ready: bool = False
    analysed: int = 0
    retiring: bool = False  # gets no new tasks; asked to stop once its tasks are answered
    stopping: bool = False
    broken: bool = False  # its pipe failed: it is gone, its sentinel will say so


@dataclass(eq=False)
class _OpenBatch:
    """A batch handed out to the workers, waiting for the analyses of its articles."""

    items: list[Article | Skip | Seen]
    analyses: list[Analysis | None]
    missing: int

    def ids(self) -> set[str]:
        return {item.id for item in self.items if isinstance(item, Article)}


class WorkerPool:
    """`size` worker processes, each with the pipeline of `spec` loaded once."""

    def __init__(self, spec: WorkerSpec, size: int, max_articles: int, start_method: str = "spawn") -> None:
        self.spec = spec
        self.size = size
        self.max_articles = max_articles
        self.stats = PoolStats()
        self.pipeline_name = ""
        self._context = multiprocessing.get_context(start_method)
        self._workers: list[_Worker] = []
        self._queue: deque[Task] = deque()  # waiting for a worker, first in line first
        self._places: dict[int, tuple[_OpenBatch, int]] = {}  # task number -> its batch, first article's slot
        self._numbers = 0
        self._start_failures = 0

    def __enter__(self) -> WorkerPool:
        self.start()
        return self

    def __exit__(self, kind, error, trace) -> None:
        self.close(interrupted=kind is not None)

    # -- starting and stopping ---------------------------------------------------------
    def start(self) -> None:
        """Start the workers and wait until each has loaded the pipeline.

        Raises NlpError when the pipeline cannot be loaded, WorkerError when workers die while loading.
        """
        try:
            for _ in range(self.size):
                self._spawn()
            while not all(worker.ready for worker in self._workers):
                self._step()
        except BaseException:
            self.close(interrupted=True)
            raise

    def close(self, interrupted: bool = False) -> None:
        """Stop every worker: asked to finish, or terminated at once when the run was interrupted."""
        for worker in self._workers:
            if interrupted:
                worker.process.terminate()
            else:
                self._ask_to_stop(worker)
        for worker in self._workers:
            worker.process.join(1.0 if interrupted else STOP_SECONDS)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.connection.close()
        self._workers.clear()

    def pids(self) -> list[int]:
        """The process ids of the running workers."""
        return [worker.process.pid for worker in self._workers]

    def _spawn(self) -> None:
        parent_end, child_end = self._context.Pipe()
        process = self._context.Process(target=serve, args=(child_end, self.spec), daemon=True,
                                        name=f"nieuwsgraaf-worker-{self.stats.started + 1}")
        with _worker_environment():
            process.start()
        child_end.close()
        self._workers.append(_Worker(process, parent_end))
        self.stats.started += 1

    def _ask_to_stop(self, worker: _Worker) -> None:
        if not worker.stopping:
            worker.stopping = True
            try:
                worker.connection.send(None)
            except OSError:
                worker.broken = True

    # -- analysing ------------------------------------------------------------------
    def analyse(
        self,
        articles: Iterable[Article | Skip],
        batch_size: int,
        is_known: KnownArticle | None = None,
        on_article: Callable[[], None] = lambda: None,
    ) -> Iterator[list[Analysis | Skip | Seen]]:
        """Batches of results in input order, as `pipeline.analyse` gives them.

        A batch is yielded once all its articles are analysed and is taken to be stored when the
        next one is asked for. An article of a batch not stored yet counts as known, as it would
        be had that batch been stored first (in-process runs store each batch before reading on).
        `on_article` is called as each article's analysis comes back.
        """
        handed_out: set[str] = set()

        def known(article_id: str) -> bool:
            return article_id in handed_out or (is_known is not None and is_known(article_id))

        batches = group_batches(articles, batch_size, known)
        opened: deque[_OpenBatch] = deque()
        more = True
        while True:
            while more and len(self._queue) + self._running() < 2 * TASKS_PER_WORKER * self.size:
                batch = next(batches, None)
                if batch is None:
                    more = False
                else:
                    opened.append(self._hand_out_batch(batch))
                    handed_out |= opened[-1].ids()
            if not opened:
                return
            if opened[0].missing == 0:
                done = opened.popleft()
                yield fill_batch(done.items, done.analyses)
                handed_out -= done.ids()
                continue
            for number, analyses in self._step():
                self._place(number, analyses, on_article)

    def _hand_out_batch(self, items: list[Article | Skip | Seen]) -> _OpenBatch:
        articles = [item for item in items if isinstance(item, Article)]
        batch = _OpenBatch(items, [None] * len(articles), len(articles))
        for start in range(0, len(articles), TASK_ARTICLES):
            task = Task(self._next_number(), tuple(articles[start:start + TASK_ARTICLES]))
            self._places[task.number] = (batch, start)
            self._queue.append(task)
        return batch

    def _place(self, number: int, analyses: tuple[Analysis, ...], on_article: Callable[[], None]) -> None:
        batch, start = self._places.pop(number)
        for offset, analysis in enumerate(analyses):
            batch.analyses[start + offset] = analysis
            batch.missing -= 1
            on_article()

    def _next_number(self) -> int:
        self._numbers += 1
        return self._numbers

    def _running(self) -> int:
        return sum(len(worker.tasks) for worker in self._workers)

    # -- one round of waiting ----------------------------------------------------------
    def _step(self) -> list[tuple[int, tuple[Analysis, ...]]]:
        """Hand out waiting tasks, wait for the workers, and return the answers that came in."""
        self._dispatch()
        connections = {w.connection: w for w in self._workers if not w.broken}
        sentinels = {w.process.sentinel: w for w in self._workers}
        ready = wait([*connections, *sentinels])
        answers: list[tuple[int, tuple[Analysis, ...]]] = []
        for handle in ready:
            if handle in connections:
                answers.extend(self._receive(connections[handle]))
        for handle in ready:
            if handle in sentinels:
                answers.extend(self._bury(sentinels[handle]))
        return answers

    def _dispatch(self) -> None:
        for worker in sorted(self._workers, key=lambda w: len(w.tasks)):
            if worker.retiring and not worker.tasks:
                self._ask_to_stop(worker)
            while worker.ready and not worker.retiring and not worker.broken and self._queue \
                    and len(worker.tasks) < TASKS_PER_WORKER:
                task = self._queue.popleft()
                try:
                    worker.connection.send(task)
                except OSError:  # it died: its sentinel will say so, and the task waits for another
                    self._queue.appendleft(task)
                    worker.broken = True
                    break
                worker.tasks.append(task)

    def _receive(self, worker: _Worker) -> list[tuple[int, tuple[Analysis, ...]]]:
        """The answers waiting in a worker's pipe (nothing when it has closed)."""
        answers = []
        try:
            while worker.connection.poll():  # ends on EOF (or OSError) once the pipe is closed
                message = worker.connection.recv()
                if isinstance(message, Done):
                    answers.append(self._done(worker, message))
                elif isinstance(message, Ready):
                    worker.ready, self.pipeline_name, self._start_failures = True, message.pipeline_name, 0
                elif isinstance(message, Failed):
                    raise NlpError(message.message)
        except (EOFError, OSError):
            worker.broken = True
        return answers

    def _done(self, worker: _Worker, message: Done) -> tuple[int, tuple[Analysis, ...]]:
        task = worker.tasks.popleft()
        assert task.number == message.number, "a worker answers its tasks in the order given"
        worker.analysed += len(message.analyses)
        pid = worker.process.pid
        self.stats.peak_rss_kb[pid] = max(self.stats.peak_rss_kb.get(pid, 0), message.peak_rss_kb)
        if worker.analysed >= self.max_articles and not worker.retiring:
            # its replacement loads while it finishes what it has: spaCy's string store and the
            # caches of a long-lived process only grow (in-process analysis: nlp/renewal.py, same limit)
            worker.retiring = True
            self.stats.recycled += 1
            self._spawn()
        return message.number, message.analyses

    def _bury(self, worker: _Worker) -> list[tuple[int, tuple[Analysis, ...]]]:
        """Answers a worker left in its pipe; its tasks handed out again if it died; a replacement."""
        answers = self._receive(worker)
        worker.process.join()
        worker.connection.close()
        self._workers.remove(worker)
        if worker.stopping and not worker.tasks and worker.process.exitcode == 0:
            return answers
        exit_text = describe_exit(worker.process.exitcode)
        self.stats.died += 1
        if not worker.ready:
            self._start_failures += 1
            if self._start_failures >= START_FAILURES:
                raise WorkerError(f"{self._start_failures} worker processes in a row died while loading the "
                                  f"pipeline (the last one {exit_text})")
        log.warning("worker process %s %s; its %d unanswered tasks are handed out again",
                    worker.process.pid, exit_text, len(worker.tasks))
        if worker.tasks:
            answers.extend(self._redo(worker.tasks, worker.process.exitcode))
        if not worker.retiring:  # a retiring worker's replacement is already loading
            self._spawn()
        return answers

    def _redo(self, tasks: deque[Task], exit_code: int | None) -> list[tuple[int, tuple[Analysis, ...]]]:
        """The running task (the first) per recovery's rules; the ones not started, as they were."""
        running, *waiting = tasks
        self._queue.extendleft(reversed(waiting))
        batch, start = self._places.pop(running.number)
        given_up, redone = [], []
        entries = redo_after_death(running, exit_code, self._numbers + 1)
        for offset, entry in enumerate(entries):
            if isinstance(entry, Task):
                self._numbers = max(self._numbers, entry.number)
                self._places[entry.number] = (batch, start + offset)
                redone.append(entry)
            else:
                number = self._next_number()
                self._places[number] = (batch, start + offset)
                given_up.append((number, (entry,)))
        self._queue.extendleft(reversed(redone))
        self.stats.redone += sum(len(task.articles) for task in redone)
        return given_up


@contextmanager
def _worker_environment() -> Iterator[None]:
    """What a worker inherits at its start: one OpenBLAS/OpenMP thread (numpy's BLAS thread only
    spins on this pipeline's small products, measured in issue 18) and SIGINT ignored."""
    saved = {name: os.environ.get(name) for name in THREAD_VARIABLES}
    os.environ.update(dict.fromkeys(THREAD_VARIABLES, "1"))
    in_main_thread = threading.current_thread() is threading.main_thread()
    handler = signal.signal(signal.SIGINT, signal.SIG_IGN) if in_main_thread else None
    try:
        yield
    finally:
        if in_main_thread:
            signal.signal(signal.SIGINT, handler)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
