"""`ingest --workers N` (issue 18 §1): worker processes store exactly what one process stores.

The runs use the fast pipeline over the examples folder, with small batches so that several
batches are in flight at once and a duplicate article falls in a later batch than its first copy.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from nieuwsgraaf.cli import app
from nieuwsgraaf.cli.exit_codes import INTERRUPTED, PARTIAL, USAGE
from nieuwsgraaf.document import document_to_json
from nieuwsgraaf.pipeline import ingest
from nieuwsgraaf.records import Article
from nieuwsgraaf.report import RunReport
from nieuwsgraaf.settings import Settings
from nieuwsgraaf.store import open_store
from nieuwsgraaf.workers.messages import Task, WorkerSpec
from nieuwsgraaf.workers.plan import plan_workers
from nieuwsgraaf.workers.pool import WorkerPool
from nieuwsgraaf.workers.recovery import MAX_ATTEMPTS, redo_after_death

FAST = "nl_nieuwsgraaf_fast"
RUN = {"NIEUWSGRAAF_MODEL": FAST, "NIEUWSGRAAF_BATCH_SIZE": "5"}
TIMESTAMPS = {"ingested_at", "seen_at", "applied_at"}  # the only columns allowed to differ between two runs


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The examples, a second copy of one of them in a later file, and an empty file (a skip)."""
    folder = tmp_path_factory.mktemp("inputs")
    shutil.copytree(EXAMPLES, folder / "examples")
    shutil.copy(EXAMPLES / "txt" / "01_navo_defensie_rutte.txt", folder / "zz_kopie.txt")
    (folder / "zz_leeg.txt").write_bytes(b"")
    return folder


def run_ingest(inputs, db, workers: int, **env: str):
    result = CliRunner().invoke(app, ["ingest", str(inputs), "--db", str(db), "--workers", str(workers), "--json"],
                                env={**RUN, **env})
    report = json.loads(result.stdout)
    report.pop("seconds")
    return result.exit_code, report


def dump(db) -> dict[str, list[tuple]]:
    """Every row of every table but the full-text index, articles in storage order, timestamps left out."""
    with closing(sqlite3.connect(db)) as connection:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts%'")]
        rows = {}
        for table in tables:
            columns = [c[1] for c in connection.execute(f"PRAGMA table_info({table})") if c[1] not in TIMESTAMPS]
            order = "rowid" if table == "articles" else ", ".join(columns)
            rows[table] = connection.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}").fetchall()
    return rows


@pytest.fixture(scope="module")
def one_process(inputs, tmp_path_factory):
    """The store's rows, the report, the rerun's report and the store of `--workers 1`."""
    db = tmp_path_factory.mktemp("one") / "one.db"
    first = run_ingest(inputs, db, workers=1)
    again = run_ingest(inputs, db, workers=1)
    return dump(db), first, again, db


@pytest.fixture(scope="module")
def two_workers(inputs, tmp_path_factory):
    """The same as `one_process`, with `--workers 2`."""
    db = tmp_path_factory.mktemp("two") / "two.db"
    first = run_ingest(inputs, db, workers=2)
    again = run_ingest(inputs, db, workers=2)
    return dump(db), first, again, db


def test_two_workers_store_the_same_as_one_process(inputs, one_process, two_workers):
    stored, first, again, _ = one_process
    assert two_workers[1] == first
    assert first[0] == PARTIAL and {"origin": str(inputs / "zz_leeg.txt"), "reason": "empty file"} in first[1]["skipped"]
    assert first[1]["already_stored"] >= 1, "the copy of an article is a sighting, not a second article"
    assert two_workers[2] == again, "a rerun finds every article already stored"
    assert again[1]["already_stored"] == first[1]["stored"] + first[1]["already_stored"]
    assert two_workers[0] == stored
    assert len(stored["articles"]) == first[1]["stored"] > 20


def test_show_prints_the_same_document(one_process, two_workers):
    with closing(sqlite3.connect(two_workers[3])) as connection:
        article_id = connection.execute("SELECT id FROM articles WHERE origin LIKE '%01_navo%'").fetchone()[0]
    shown = [CliRunner().invoke(app, ["show", article_id, "--json", "--db", str(path)]).stdout
             for path in (two_workers[3], one_process[3])]
    assert json.loads(shown[0]) == json.loads(shown[1])
    assert json.loads(shown[0])["meta"]["nlp_model"].startswith(FAST)


def test_a_killed_worker_costs_no_article_and_old_workers_are_replaced(inputs, one_process, tmp_path):
    settings = Settings(db=str(tmp_path / "killed.db"), model=FAST, batch_size=5)
    killed: list[int] = []
    with WorkerPool(WorkerSpec(FAST, Settings().model, threads=1), size=2, max_articles=8) as pool:

        def kill_every_worker_once(report: RunReport) -> None:
            if not killed and report.analysed:  # one worker just answered and runs its next task
                killed.extend(pool.pids())
                for pid in killed:
                    os.kill(pid, signal.SIGKILL)

        store = open_store(settings.db)
        report = ingest([str(inputs)], store, settings, on_progress=kill_every_worker_once, analyser=pool.analyse)
        store.close()
    assert pool.stats.died == 2 and pool.stats.redone > 0
    assert pool.stats.recycled >= 1, "a worker is replaced after 8 articles"
    assert report.stored == one_process[1][1]["stored"] and report.error_count == 0
    assert dump(settings.db) == one_process[0]
    assert all(0 < kb < 2_000_000 for kb in pool.stats.peak_rss_kb.values())


def test_a_model_that_cannot_load_is_a_usage_error_as_in_one_process(inputs, tmp_path):
    runner = CliRunner()
    for workers in ("1", "2"):
        result = runner.invoke(app, ["ingest", str(inputs), "--db", str(tmp_path / "x.db"), "--workers", workers,
                                     "--model", "nl_no_such_model"])
        assert result.exit_code == USAGE
        assert "spaCy pipeline 'nl_no_such_model' not found" in result.stderr


@pytest.mark.slow
def test_ctrl_c_stops_the_workers_and_keeps_what_was_stored(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for number in range(60):
        lines = [json.dumps({"text": f"Bericht {number}.{k}: de gemeente Utrecht opent op maandag {k} mei een "
                                     f"nieuwe fietsenstalling bij het station met plaats voor {number * 100 + k} "
                                     "fietsen, meldt de gemeente in een verklaring."}) for k in range(50)]
        (inputs / f"{number:03}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "onderbroken.db"
    # Ctrl-C on a terminal reaches the whole process group: the ingest process and its workers. The
    # ingest process gets SIGINT's default action as on a terminal, even when the tests run in the
    # background (where a shell starts them with SIGINT ignored, and children inherit that).
    run = subprocess.Popen([sys.executable, "-m", "nieuwsgraaf", "ingest", str(inputs), "--db", str(db),
                            "--model", "none", "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, start_new_session=True,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    seen = []
    for line in run.stderr:  # the second progress line comes after some batches were committed
        seen.append(line)
        if len([s for s in seen if "articles read" in s]) == 2:
            os.killpg(run.pid, signal.SIGINT)
            break
    _, rest = run.communicate(timeout=60)
    stderr = "".join(seen) + rest
    assert run.returncode == INTERRUPTED, stderr
    assert "Traceback" not in stderr and "stored (new)" in stderr
    stored = int(re.search(r"interrupted: ([\d,]+) new articles were stored", stderr).group(1).replace(",", ""))
    assert 0 < stored < 3000
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == stored
    assert not _group_alive(run.pid, seconds=10), "no worker outlived the run"


def _group_alive(group: int, seconds: float) -> bool:
    """Whether a process of the group is still there after `seconds` (multiprocessing's resource
    tracker leaves a moment after the ingest process)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return False
        time.sleep(0.1)
    return True


def _articles(count: int) -> tuple[Article, ...]:
    return tuple(Article(id=f"a{i}", text=f"Tekst {i}.", title=None, url=None, source=None, agency=None,
                         published=None, language="nl", language_score=1.0, origin=f"in/{i}.txt", format="txt")
                 for i in range(count))


def test_a_task_whose_worker_died_is_redone_one_article_at_a_time():
    task = Task(7, _articles(3))
    redone = redo_after_death(task, -9, first_number=20)
    assert redone == [Task(20 + i, (a,), attempt=2) for i, a in enumerate(task.articles)]
    single = Task(8, _articles(1))
    assert redo_after_death(single, -9, first_number=21) == [Task(21, single.articles, attempt=2)]


def test_an_article_a_worker_dies_on_again_is_stored_without_nlp_and_says_why():
    task = Task(9, _articles(1), attempt=MAX_ATTEMPTS)
    (analysis,) = redo_after_death(task, -signal.SIGSEGV, first_number=30)
    assert analysis.article == task.articles[0] and analysis.mentions == ()
    (error,) = document_to_json(analysis)["meta"]["errors"]
    assert error["stage"] == "nlp" and error["exception"] == "WorkerDied"
    assert "died 2 times (killed by SIGSEGV)" in error["message"]


@pytest.mark.parametrize(("requested", "cores", "workers", "threads"),
                         [(0, 2, 2, 1), (2, 8, 2, 4), (3, 8, 3, 2), (4, 2, 4, 1)])
def test_workers_share_the_cores(requested, cores, workers, threads):
    plan = plan_workers(requested, cores)
    assert (plan.workers, plan.threads) == (workers, threads)
