"""Progress of `ingest`: how far the input is read, plain lines in a log, and Ctrl-C keeping what was stored."""

from __future__ import annotations

import io
import json
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from nieuwsgraaf.cli.progress import (
    PLAIN_EVERY_ARTICLES,
    PLAIN_EVERY_SECONDS,
    IngestProgress,
    InputSize,
    format_duration,
    seconds_left,
)
from nieuwsgraaf.pipeline import RunReport

CLI = [sys.executable, "-m", "nieuwsgraaf"]
TOWNS = ("Zwolle", "Deventer", "Assen", "Emmen", "Breda", "Tilburg", "Leiden", "Delft", "Gouda", "Venlo")


def write_articles(folder: Path, files: int, per_file: int) -> int:
    """Short, distinct local-news articles as JSON Lines; returns how many were written."""
    number = 0
    for index in range(files):
        lines = []
        for _ in range(per_file):
            number += 1
            town = TOWNS[number % len(TOWNS)]
            text = (f"De gemeenteraad van {town} heeft dinsdag besloten om {number * 7} bomen te planten langs de "
                    f"rondweg. Wethouder Jansen zei dat plan {number} binnen twee jaar klaar moet zijn. "
                    "Bewoners reageerden volgens de gemeente overwegend positief op het voorstel.")
            lines.append(json.dumps({"title": f"{town} plant {number * 7} bomen", "published": "2024-05-21",
                                     "source": "testkrant.nl", "text": text}))
        (folder / f"deel_{index:03d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return number


def test_input_size_counts_only_files_read_to_the_end(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"x" * 100)
    (tmp_path / "b.txt").write_bytes(b"x" * 300)
    size = InputSize([str(tmp_path)])
    assert size.total == 400
    assert [size.fraction(files) for files in (0, 1, 2, 3)] == [0.0, 0.0, 0.25, 1.0]


def test_input_size_is_unknown_for_stdin(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"x" * 100)
    assert InputSize([str(tmp_path), "-"]).fraction(1) is None


def test_no_remaining_time_is_guessed_without_a_share_of_the_input():
    assert seconds_left(None, 60.0) is None
    assert seconds_left(0.0, 60.0) is None
    assert seconds_left(0.25, 60.0) == pytest.approx(180.0)
    assert format_duration(3 * 3600 + 4 * 60 + 5) == "3:04:05"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_plain_lines_come_first_then_every_n_articles_or_t_seconds(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"x" * 100)
    stream, clock = io.StringIO(), FakeClock()
    report = RunReport(files=1)
    with IngestProgress(Console(file=stream, width=80), InputSize([str(tmp_path)]), clock=clock) as progress:
        with progress.loading("none"):
            clock.now += 2
        progress.start()
        steps = [(1, 0.5), (2, 0.5), (PLAIN_EVERY_ARTICLES + 1, 1.0), (PLAIN_EVERY_ARTICLES + 2, 1.0),
                 (PLAIN_EVERY_ARTICLES + 3, PLAIN_EVERY_SECONDS)]
        for read, seconds in steps:
            clock.now += seconds
            report.read = report.stored = read
            progress.update(report)
    lines = stream.getvalue().splitlines()
    assert lines[:2] == ["ingest: loading model none", "ingest: model none loaded in 2.0 s"]
    progress_lines = lines[2:]
    assert [re.match(r"ingest: ([\d,]+) articles read", line).group(1) for line in progress_lines] == [
        "1", f"{PLAIN_EVERY_ARTICLES + 1:,}", f"{PLAIN_EVERY_ARTICLES + 3:,}"]
    assert "0 skipped" in progress_lines[0] and "articles/s" in progress_lines[0]
    assert all(len(line) > 80 for line in progress_lines[1:])  # one line each, never wrapped


@pytest.mark.slow
def test_ctrl_c_keeps_what_was_stored_and_exits_130(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    write_articles(inputs, files=100, per_file=30)
    db = tmp_path / "onderbroken.db"
    # SIGINT's default action in the run, as on a terminal, also when the tests themselves run in the
    # background (a shell starts them with SIGINT ignored, and children inherit that)
    run = subprocess.Popen([*CLI, "ingest", str(inputs), "--db", str(db), "--model", "none"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    seen = []
    for line in run.stderr:  # the second progress line comes after some articles were committed
        seen.append(line)
        if len([s for s in seen if "articles read" in s]) == 2:
            run.send_signal(signal.SIGINT)
            break
    stdout, rest = run.communicate(timeout=60)
    stderr = "".join(seen) + rest
    assert run.returncode == 130, stderr
    assert "Traceback" not in stderr and "stored (new)" in stderr
    stored = int(re.search(r"interrupted: ([\d,]+) new articles were stored", stderr).group(1).replace(",", ""))
    assert 0 < stored < 3000
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == stored


def test_on_a_terminal_the_bar_shows_the_model_load_then_counts_rate_and_eta(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(b"x" * 100)
    stream, clock = io.StringIO(), FakeClock()
    console = Console(file=stream, width=100, force_terminal=True)
    with IngestProgress(console, InputSize([str(tmp_path)]), clock=clock) as progress:
        with progress.loading("nl_nieuwsgraaf_fast"):
            pass
        progress.start()
        clock.now += 10
        progress.update(RunReport(files=2, read=40, stored=30))
    shown = stream.getvalue()
    assert "loading model nl_nieuwsgraaf_fast" in shown
    # Half the input bytes in 10 s: about 10 s to go.
    assert "40 read · 30 stored · 0 skipped · 4.0/s · ETA 0:00:10" in shown
