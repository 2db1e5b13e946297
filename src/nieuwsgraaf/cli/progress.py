"""How far an ingest has got: a rich progress bar on a terminal, a plain line now and then in a log."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import accumulate

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn

from ..report import RunReport

# When stderr is not a terminal (a logged overnight run), a plain line is printed after the first
# article, then whenever this many more articles were read or this many seconds passed, whichever
# comes first. Lines come from the progress callback, so an article that takes minutes delays one.
PLAIN_EVERY_ARTICLES = 500
PLAIN_EVERY_SECONDS = 30.0
# No remaining time is guessed before this share of the input bytes was read: the first files of a
# run say little about the speed (the model warms up, caches fill).
ETA_FROM_FRACTION = 0.01


class InputSize:
    """The sizes of the input files in reading order, to tell how much of the input a run has read.

    Only whole files count as read: the reader does not say how far into a file it is, so a run
    over one large file has no estimate until it ends. Standard input has no size: no estimate.
    """

    def __init__(self, paths: Iterable[str]):
        from ..pipeline import iter_input_files  # the reader's own walk; spaCy is loading anyway

        sizes = [_file_size(name) for name in iter_input_files(paths)]
        known = None not in sizes and sum(sizes) > 0
        self.total: int | None = sum(sizes) if known else None
        self._before = [0, *accumulate(sizes)] if known else []

    def fraction(self, files_started: int) -> float | None:
        """The share of input bytes in files read to the end, or None when the total is unknown.

        `files_started` counts the file being read, which is not finished yet.
        """
        if self.total is None:
            return None
        finished = min(max(files_started - 1, 0), len(self._before) - 1)
        return self._before[finished] / self.total


def _file_size(name: str) -> int | None:
    if name == "-":
        return None
    try:
        return os.stat(name).st_size
    except OSError:  # the reader reports it and skips it
        return 0


def format_duration(seconds: float) -> str:
    """'0:04:52': hours, minutes and seconds."""
    whole = int(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def seconds_left(fraction: float | None, elapsed: float) -> float | None:
    """The time the rest of the input will take at the speed so far, or None when it cannot be told."""
    if fraction is None or fraction < ETA_FROM_FRACTION or fraction >= 1:
        return None
    return elapsed * (1 - fraction) / fraction


def describe_progress(report: RunReport, elapsed: float, fraction: float | None) -> str:
    """'1,200 articles read, 1,150 stored, 3 skipped, 4.1 articles/s, 0:04:52 elapsed, …'."""
    rate = report.read / elapsed if elapsed > 0 else 0.0
    parts = [f"{report.read:,} articles read", f"{report.stored:,} stored"]
    if report.already_stored:
        parts.append(f"{report.already_stored:,} already stored")
    parts += [f"{len(report.skipped):,} skipped", f"{rate:.1f} articles/s", f"{format_duration(elapsed)} elapsed"]
    if fraction is not None:
        parts.append(f"{fraction:.0%} of input bytes")
        left = seconds_left(fraction, elapsed)
        if left is not None:
            parts.append(f"about {format_duration(left)} left")
    return ", ".join(parts)


class IngestProgress:
    """A context for one ingest run: `loading(model)` around the model load, then `update(report)`
    as the pipeline's progress callback (it may be called after every article)."""

    def __init__(self, console: Console, size: InputSize, clock: Callable[[], float] = time.monotonic):
        self.console = console
        self.size = size
        self.clock = clock
        self.live = console.is_terminal
        columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(bar_width=None),
                   TextColumn("{task.fields[status]}"), TimeElapsedColumn())
        self._progress = Progress(*columns, console=console, transient=True, disable=not self.live)
        self._task: TaskID | None = None
        self._started = 0.0
        self._last_line: tuple[int, float] | None = None  # (articles read, time) of the last plain line

    def __enter__(self) -> IngestProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._progress.stop()

    @contextmanager
    def loading(self, model: str) -> Iterator[None]:
        """A spinner (or a plain line) while the model loads."""
        started = self.clock()
        if not self.live:
            self.console.print(f"ingest: loading model {model}", markup=False, soft_wrap=True)
        task = self._progress.add_task(f"loading model {model}", total=None, status="")
        self._progress.refresh()  # show the spinner now, not at the next timed refresh
        try:
            yield
        finally:
            self._progress.remove_task(task)
        if not self.live:
            self.console.print(f"ingest: model {model} loaded in {self.clock() - started:.1f} s", markup=False,
                               soft_wrap=True)

    def start(self) -> None:
        """Start the clock of the run proper (after the model loaded)."""
        self._started = self.clock()
        self._task = self._progress.add_task("ingest", total=None, status="starting")

    def update(self, report: RunReport) -> None:
        now = self.clock()
        elapsed = now - self._started
        fraction = self.size.fraction(report.files)
        if self.live:
            self._progress.update(self._task, total=None if fraction is None else 1.0, completed=fraction or 0.0,
                                  status=self._status(report, elapsed, fraction))
        elif self._line_due(report.read, now):
            self._last_line = (report.read, now)
            self.console.print("ingest: " + describe_progress(report, elapsed, fraction), markup=False, soft_wrap=True)

    def _status(self, report: RunReport, elapsed: float, fraction: float | None) -> str:
        rate = report.read / elapsed if elapsed > 0 else 0.0
        left = seconds_left(fraction, elapsed)
        return (f"{report.read:,} read · {report.stored:,} stored · {len(report.skipped):,} skipped · "
                f"{rate:.1f}/s · ETA {format_duration(left) if left is not None else '?'}")

    def _line_due(self, read: int, now: float) -> bool:
        if self._last_line is None:
            return read > 0
        last_read, last_time = self._last_line
        return read - last_read >= PLAIN_EVERY_ARTICLES or now - last_time >= PLAIN_EVERY_SECONDS
