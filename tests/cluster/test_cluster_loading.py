"""Loading the engine's rows into a store: documents read back exactly, each article once, as an ingest stores it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest
from cluster_support import BAD, EXAMPLES, MODEL, local_cluster, run_engine

from nieuwsgraaf.cluster import load_partitions
from nieuwsgraaf.document import document_from_json, document_to_json
from nieuwsgraaf.pipeline import extract, ingest
from nieuwsgraaf.records import Analysis
from nieuwsgraaf.settings import Settings
from nieuwsgraaf.store import open_store


@pytest.fixture(scope="module")
def dask_client():
    yield from local_cluster()


# The tables an ingest fills, in an order that does not depend on insertion order or time.
TABLES = {
    "articles": "SELECT id, document FROM articles",
    "sightings": "SELECT article_id, origin, url, source FROM sightings",
    "mentions": "SELECT * FROM mentions",
    "entities": "SELECT * FROM entities",
    "article_entities": "SELECT * FROM article_entities",
    "quotes": "SELECT * FROM quotes",
    "events": "SELECT * FROM events",
    "event_actors": "SELECT * FROM event_actors",
}


def _tables(path) -> dict[str, list[tuple]]:
    with closing(sqlite3.connect(path)) as db:
        return {name: sorted(db.execute(query).fetchall(), key=repr) for name, query in TABLES.items()}


def test_document_json_reads_back_to_the_same_json(fast_pipeline):
    settings = Settings(model="nl_nieuwsgraaf_fast")
    documents = [json.loads(json.dumps(document_to_json(item), ensure_ascii=False))
                 for item in extract([str(EXAMPLES)], settings, fast_pipeline) if isinstance(item, Analysis)]
    assert sum(len(d["quotes"]) for d in documents) > 20 and sum(len(d["events"]) for d in documents) > 10
    assert any(q["speaker_span"] for d in documents for q in d["quotes"])
    for document in documents:
        assert document_to_json(document_from_json(document)) == document


def test_document_of_another_schema_version_is_refused():
    with pytest.raises(ValueError, match="schema"):
        document_from_json({"schema_version": "0.1", "id": "x"})


def test_loading_twice_stores_each_article_once_as_an_ingest_does(dask_client, fallback_pipeline, tmp_path):
    inputs = [str(EXAMPLES), str(BAD)]
    _, partitions = run_engine(dask_client, inputs, tmp_path / "out")
    store = open_store(str(tmp_path / "engine.db"))
    try:
        first = load_partitions(str(tmp_path / "out"), partitions, store)
        second = load_partitions(str(tmp_path / "out"), partitions, store)
    finally:
        store.close()
    assert first.stored == 33 and first.duplicates == 4 and first.already_stored == 0
    assert (second.stored, second.already_stored, second.duplicates) == (0, 33, 4)

    reference = open_store(str(tmp_path / "ingest.db"))
    try:
        ingest(inputs, reference, Settings(model=MODEL), fallback_pipeline)
    finally:
        reference.close()
    engine, single = _tables(tmp_path / "engine.db"), _tables(tmp_path / "ingest.db")
    assert len(engine["articles"]) == len({row[0] for row in engine["articles"]}) == 33
    assert engine == single


@pytest.mark.slow
def test_cli_runs_resumes_and_loads_idempotently(tmp_path):
    command = [sys.executable, "-m", "nieuwsgraaf", "cluster-ingest", str(EXAMPLES / "jsonl"), str(EXAMPLES / "txt"),
               "--out", str(tmp_path / "out"), "--workers", "2", "--model", MODEL,
               "--db", str(tmp_path / "c.db"), "--json"]
    first = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert first.returncode == 0, first.stderr
    second = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert second.returncode == 0, second.stderr
    before, after = json.loads(first.stdout), json.loads(second.stdout)
    assert (before["done_now"], before["rows"], before["load"]["stored"]) == (2, 18, 18)
    assert (after["already_done"], after["done_now"], after["load"]["stored"], after["load"]["already_stored"]) == (
        2, 0, 0, 18)
    with closing(sqlite3.connect(tmp_path / "c.db")) as db:
        assert db.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() == (18, 18)


def test_cli_refuses_stdin_and_a_url_as_output(tmp_path):
    from typer.testing import CliRunner

    from nieuwsgraaf.cli import app

    runner = CliRunner()
    assert runner.invoke(app, ["cluster-ingest", "-", "--out", str(tmp_path)]).exit_code == 2
    assert runner.invoke(app, ["cluster-ingest", str(EXAMPLES), "--out", "s3://bucket/out"]).exit_code == 2


def test_the_cli_does_not_import_dask_for_other_commands():
    probe = "import sys; import nieuwsgraaf.cli; print('distributed' in sys.modules, 'dask' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["False", "False"], result.stderr


def test_a_database_that_cannot_be_used_fails_before_the_run(tmp_path):
    from typer.testing import CliRunner

    from nieuwsgraaf.cli import app

    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("geen database, maar aantekeningen\n" * 200, encoding="utf-8")
    result = CliRunner().invoke(app, ["cluster-ingest", str(EXAMPLES / "txt"), "--out", str(tmp_path / "out"),
                                      "--db", str(not_a_database), "--model", MODEL])
    assert result.exit_code == 3
    assert not (tmp_path / "out").exists()
