"""Bulk loads (SQLite): query indexes off while many articles go in, built once at the end, and built
by the next writer when the loading process was killed."""

from __future__ import annotations

import subprocess
import sys

from test_query_plans import generated_analysis

from nieuwsgraaf.records import EventQuery, QuoteQuery, SearchQuery
from nieuwsgraaf.store import open_store
from nieuwsgraaf.store.sqlite.bulk import defer_indexes

PLAIN = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'"


def _plain_indexes(store) -> set[str]:
    return {row[0] for row in store.db.execute(PLAIN)}


def _answers(store) -> tuple:
    return (
        [hit.id for hit in store.search(SearchQuery("begroting", limit=50))],
        [(e.id, e.articles) for e in store.top_entities(None, 10)],
        [(q.article_id, q.start) for q in store.find_quotes(QuoteQuery(speakers=("per:mark-rutte",), limit=50))],
        [(e.article_id, e.index) for e in store.find_events(EventQuery(sources=("per:mark-rutte",), limit=50))],
    )


def test_a_bulk_load_drops_the_query_indexes_and_builds_them_again(tmp_path):
    plain = open_store(str(tmp_path / "plain.db"))
    expected_indexes = _plain_indexes(plain)
    plain.add_analyses([generated_analysis(n) for n in range(120)])
    bulk = open_store(str(tmp_path / "bulk.db"))
    with bulk.bulk_load():
        assert _plain_indexes(bulk) == set()
        assert bulk.db.execute("SELECT count(*) FROM deferred_indexes").fetchone()[0] == len(expected_indexes)
        for start in range(0, 120, 40):
            bulk.add_analyses([generated_analysis(n) for n in range(start, start + 40)])
        during = _answers(bulk)  # slower without the indexes, never different
    assert _plain_indexes(bulk) == expected_indexes
    assert bulk.db.execute("SELECT count(*) FROM deferred_indexes").fetchone()[0] == 0
    assert all(during) and during == _answers(bulk) == _answers(plain)
    assert bulk.integrity_problems() == []
    plain.close()
    bulk.close()


def test_indexes_left_off_by_a_killed_load_are_built_by_the_next_writer(tmp_path):
    path = str(tmp_path / "killed.db")
    store = open_store(path)
    expected = _plain_indexes(store)
    store.add_analyses([generated_analysis(n) for n in range(30)])
    defer_indexes(store.db)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    with store.db:  # as if a process that has ended had left them off
        store.db.execute("UPDATE deferred_indexes SET owner = ?", (int(gone.stdout),))
    store.close()
    reader = open_store(path, readonly=True)  # a reader does not build them, and still answers
    assert _plain_indexes(reader) == set()
    assert reader.search(SearchQuery("begroting", limit=5))
    reader.close()
    writer = open_store(path)
    assert _plain_indexes(writer) == expected
    assert writer.db.execute("SELECT count(*) FROM deferred_indexes").fetchone()[0] == 0
    writer.close()


def test_a_running_load_keeps_its_indexes_off_when_another_writer_opens_the_file(tmp_path):
    path = str(tmp_path / "running.db")
    loader = open_store(path)
    with loader.bulk_load():
        other = open_store(path)  # the loading process (this one) is alive: nothing is built under it
        assert _plain_indexes(other) == set()
        other.close()
    assert _plain_indexes(loader)
    loader.close()
