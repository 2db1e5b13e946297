"""`ingest` exit codes: 0 all read and stored, 4 some input skipped, 1 nothing read, 2 a bad model, 3 a bad store."""

from __future__ import annotations

import json
import sqlite3

from typer.testing import CliRunner

from nieuwsgraaf.cli import app
from nieuwsgraaf.cli.exit_codes import NOTHING, OK, PARTIAL, STORE, USAGE

FAST = {"NIEUWSGRAAF_MODEL": "none"}

ARTICLE = """ date 2024-11-05 Provincie sluit veerpont tijdelijk

De provincie Gelderland sluit de veerpont bij Millingen vanaf maandag drie weken voor onderhoud. Fietsers moeten in die periode omrijden via de brug bij Nijmegen, meldt de provincie in een verklaring.
"""


def ingest(*args: str):
    return CliRunner().invoke(app, ["ingest", *args, "--json"], env=FAST)


def stored_count(db) -> int:
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT count(*) FROM articles").fetchone()[0]


def test_everything_read_and_stored_is_ok_and_so_is_a_rerun(tmp_path):
    (tmp_path / "veer.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "ok.db"
    first = ingest(str(tmp_path / "veer.txt"), "--db", str(db))
    assert first.exit_code == OK, first.stderr
    assert json.loads(first.stdout)["stored"] == 1
    again = ingest(str(tmp_path / "veer.txt"), "--db", str(db))
    assert again.exit_code == OK and json.loads(again.stdout)["already_stored"] == 1
    assert stored_count(db) == 1


def test_a_skipped_input_makes_the_run_partial(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "veer.txt").write_text(ARTICLE, encoding="utf-8")
    (inputs / "leeg.txt").write_bytes(b"")
    db = tmp_path / "partial.db"
    result = ingest(str(inputs), "--db", str(db))
    assert result.exit_code == PARTIAL, result.stderr
    report = json.loads(result.stdout)
    assert report["stored"] == 1 and [s["reason"] for s in report["skipped"]] == ["empty file"]
    assert stored_count(db) == 1


def test_nothing_readable_is_nothing(tmp_path):
    (tmp_path / "leeg.txt").write_bytes(b"")
    result = ingest(str(tmp_path / "leeg.txt"), "--db", str(tmp_path / "niets.db"))
    assert result.exit_code == NOTHING
    empty_folder = tmp_path / "leeg"
    empty_folder.mkdir()
    assert ingest(str(empty_folder), "--db", str(tmp_path / "niets.db")).exit_code == NOTHING


def test_the_report_lists_skips_on_stderr(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "leeg.txt").write_bytes(b"")
    (inputs / "veer.txt").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(inputs), "--db", str(tmp_path / "r.db")], env=FAST)
    assert result.exit_code == PARTIAL
    assert "stored (new)" in result.stderr and "leeg.txt: empty file" in result.stderr
    assert "ingest: loading model none" in result.stderr


def test_unknown_model_is_a_usage_error(tmp_path):
    (tmp_path / "veer.txt").write_text(ARTICLE, encoding="utf-8")
    result = ingest(str(tmp_path / "veer.txt"), "--db", str(tmp_path / "m.db"), "--model", "nl_bestaat_niet")
    assert result.exit_code == USAGE and "not found" in result.stderr


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path):
    (tmp_path / "veer.txt").write_text(ARTICLE, encoding="utf-8")
    not_a_db = tmp_path / "kapot.db"
    not_a_db.write_bytes(b"dit is geen SQLite-bestand" * 100)
    result = ingest(str(tmp_path / "veer.txt"), "--db", str(not_a_db))
    assert result.exit_code == STORE, result.stderr


def test_a_bulk_ingest_stores_the_same_and_leaves_every_index_in_place(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "veer.txt").write_text(ARTICLE, encoding="utf-8")
    (inputs / "brug.txt").write_text(ARTICLE.replace("veerpont", "brug"), encoding="utf-8")
    bulk, plain = tmp_path / "bulk.db", tmp_path / "plain.db"
    assert ingest(str(inputs), "--db", str(bulk), "--bulk").exit_code == OK
    assert ingest(str(inputs), "--db", str(plain)).exit_code == OK
    indexes = "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"
    with sqlite3.connect(bulk) as one, sqlite3.connect(plain) as other:
        assert one.execute(indexes).fetchall() == other.execute(indexes).fetchall()
        assert one.execute("SELECT count(*) FROM deferred_indexes").fetchone()[0] == 0
        assert one.execute("SELECT id FROM articles ORDER BY id").fetchall() == \
            other.execute("SELECT id FROM articles ORDER BY id").fetchall()
    assert stored_count(bulk) == 2
