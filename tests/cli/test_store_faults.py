"""A database that cannot be used: every command says so in one line and exits with STORE."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import closing
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import damage_pages
from nieuwsgraaf.cli import app
from nieuwsgraaf.cli.exit_codes import OK, STORE

runner = CliRunner()
CLI = [sys.executable, "-m", "nieuwsgraaf"]

ARTICLES = {
    "navo.txt": " date 2023-07-11 NAVO-top in Vilnius begint\n\nDe NAVO-top in Vilnius begon dinsdag. "
                "Premier Rutte zei dat Nederland meer geld uittrekt voor defensie en munitie.\n",
    "dijk.txt": " date 2023-05 Dijkversterking bij Kampen vertraagd\n\nHet waterschap meldt dat de versterking "
                "van de dijk bij Kampen een jaar later klaar is door een tekort aan klei.\n",
}

QUERIES = {
    "search": ["search", "NAVO"],
    "show": ["show", "abcdef123456"],
    "stats": ["stats"],
    "entities": ["entities"],
    "entity": ["entity", "Rutte"],
    "quotes": ["quotes"],
}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def good_db(tmp_path_factory, inputs) -> Path:
    db = tmp_path_factory.mktemp("good") / "good.db"
    result = runner.invoke(app, ["ingest", str(inputs), "--db", str(db), "--model", "none"])
    assert result.exit_code == OK, result.output
    assert not Path(f"{db}-wal").exists()
    return db


def damaged_header(path: Path) -> None:
    with path.open("r+b") as handle:  # SQLite's magic string stays; page size and formats go
        handle.seek(16)
        handle.write(b"\x00\x03\x07\x09" + b"\xee" * 20)


def text_file(path: Path) -> None:
    path.write_text("Dit is geen database maar een boodschappenlijst: melk, brood, kaas.\n" * 10)


def empty_file(path: Path) -> None:
    path.write_bytes(b"")


def newer_schema(path: Path) -> None:
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("INSERT INTO schema_migrations VALUES ('0099_from_the_future', 'x')")


def folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


FAULTS = {
    "damaged pages": (damage_pages, "damaged"),
    "damaged header": (damaged_header, "header is damaged"),
    "text file": (text_file, "is not a SQLite database"),
    "newer schema": (newer_schema, "written by a newer nieuwsgraaf (migration 0099_from_the_future); upgrade"),
    "folder": (folder, "is a folder"),
}
# A 0-byte file holds nothing to query, but is a new database to SQLite and so to an ingest.
QUERY_FAULTS = {**FAULTS, "empty file": (empty_file, "empty file (0 bytes): nothing is stored in it yet")}


def _faulty(good_db: Path, tmp_path: Path, fault: str) -> tuple[Path, str]:
    make, says = QUERY_FAULTS[fault]
    path = tmp_path / "faulty.db"
    shutil.copyfile(good_db, path)
    make(path)
    return path, says


@pytest.fixture(params=sorted(FAULTS))
def faulty_db(request, good_db, tmp_path) -> tuple[Path, str]:
    return _faulty(good_db, tmp_path, request.param)


@pytest.fixture(params=sorted(QUERY_FAULTS))
def faulty_db_to_query(request, good_db, tmp_path) -> tuple[Path, str]:
    return _faulty(good_db, tmp_path, request.param)


def assert_one_line_store_error(result, says: str) -> None:
    assert result.exit_code == STORE, (result.exit_code, result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and says in errors[0], result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", sorted(QUERIES))
def test_every_query_explains_a_faulty_database(faulty_db_to_query, command):
    path, says = faulty_db_to_query
    result = runner.invoke(app, [*QUERIES[command], "--db", str(path)])
    assert_one_line_store_error(result, says)
    assert len(result.stderr.strip().splitlines()) == 1


def test_ingest_explains_a_faulty_database(faulty_db, inputs):
    path, says = faulty_db
    before = path.read_bytes() if path.is_file() else None
    result = runner.invoke(app, ["ingest", str(inputs), "--db", str(path), "--model", "none"])
    assert_one_line_store_error(result, says)
    if before is not None:
        assert path.read_bytes() == before


def test_ingest_into_an_empty_file_makes_it_a_database(inputs, tmp_path):
    path = tmp_path / "made-by-mktemp.db"
    path.touch()
    result = runner.invoke(app, ["ingest", str(inputs), "--db", str(path), "--model", "none"])
    assert result.exit_code == OK, result.output
    assert json.loads(runner.invoke(app, ["stats", "--db", str(path), "--json"]).stdout)["articles"] == 2


def test_ingest_checks_the_database_before_loading_the_pipeline(good_db, inputs, tmp_path):
    path = tmp_path / "faulty.db"
    shutil.copyfile(good_db, path)
    damage_pages(path)
    result = runner.invoke(app, ["ingest", str(inputs), "--db", str(path), "--model", "no-such-model-here"])
    assert_one_line_store_error(result, "damaged")


@pytest.mark.parametrize("command", sorted(QUERIES))
def test_every_query_on_a_missing_database_says_to_ingest_and_creates_nothing(command, tmp_path):
    path = tmp_path / "nowhere.db"
    result = runner.invoke(app, [*QUERIES[command], "--db", str(path)])
    assert_one_line_store_error(result, f"no database at {path}; run `nieuwsgraaf ingest` first")
    assert not path.exists()


def test_ingest_damage_message_says_how_to_recover(good_db, inputs, tmp_path):
    path = tmp_path / "faulty.db"
    shutil.copyfile(good_db, path)
    damage_pages(path)
    result = runner.invoke(app, ["ingest", str(inputs), "--db", str(path), "--model", "none"])
    assert f'sqlite3 {path} ".recover" | sqlite3 recovered.db' in result.stderr


def test_long_messages_stay_on_one_line(good_db, tmp_path):
    deep = tmp_path / ("een-heel-lange-mapnaam-" * 6)
    deep.mkdir()
    result = runner.invoke(app, ["stats", "--db", str(deep / "x.db")])
    assert result.exit_code == STORE
    assert len(result.stderr.strip().splitlines()) == 1


def test_real_processes_print_no_traceback(good_db, inputs, tmp_path):
    path = tmp_path / "faulty.db"
    shutil.copyfile(good_db, path)
    damage_pages(path)
    for args in (["stats"], ["ingest", str(inputs), "--model", "none"]):
        result = subprocess.run([*CLI, *args, "--db", str(path)], capture_output=True, text=True, timeout=300)
        assert result.returncode == STORE, result.stderr
        assert "Traceback" not in result.stderr
        assert [line for line in result.stderr.splitlines() if line.startswith("error:")], result.stderr


# -- a read-only folder: queries work, ingest refuses ----------------------------------------------

def _unprivileged() -> list[str]:
    """How to run a command that chmod applies to: as nobody when these tests run as root."""
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("running as root, where chmod does not stop writes, and setpriv is missing to drop privileges")
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.fixture()
def read_only_folder(good_db):
    prefix = _unprivileged()
    folder = Path(tempfile.mkdtemp(prefix="ng-readonly-"))
    shutil.copyfile(good_db, folder / "a.db")
    (folder / "a.db").chmod(0o644)
    folder.chmod(0o555)
    yield folder, prefix
    folder.chmod(0o755)
    shutil.rmtree(folder)


def test_queries_work_in_a_read_only_folder(read_only_folder):
    folder, prefix = read_only_folder
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    for args in (["search", "NAVO-top", "--json"], ["stats", "--json"]):
        result = subprocess.run([*prefix, *CLI, *args, "--db", "a.db"], cwd=folder, capture_output=True,
                                text=True, timeout=300, env=env)
        assert result.returncode == OK, result.stderr
        assert "NAVO-top in Vilnius" in result.stdout or '"articles": 2' in result.stdout
    assert sorted(p.name for p in folder.iterdir()) == ["a.db"]  # nothing written beside it


def test_ingest_into_a_read_only_folder_is_refused(read_only_folder, inputs):
    folder, prefix = read_only_folder
    readable = Path(tempfile.mkdtemp(prefix="ng-input-"))
    try:
        readable.chmod(0o755)
        shutil.copyfile(inputs / "navo.txt", readable / "navo.txt")
        (readable / "navo.txt").chmod(0o644)
        result = subprocess.run([*prefix, *CLI, "ingest", str(readable), "--db", "a.db", "--model", "none"],
                                cwd=folder, capture_output=True, text=True, timeout=300,
                                env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    finally:
        shutil.rmtree(readable)
    assert result.returncode == STORE, result.stderr
    assert "Traceback" not in result.stderr
    assert "error: cannot write to a.db: its folder is read-only" in result.stderr
