"""Opening the store: every unusable file is a one-line StoreError, reading never writes."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import closing
from pathlib import Path

import pytest

from conftest import damage_pages, page_size
from nieuwsgraaf.clean.normalize import article_id
from nieuwsgraaf.records import Analysis, Article, DateValue, SearchQuery
from nieuwsgraaf.store import StoreError, open_store
from nieuwsgraaf.store.sqlite.migrations import MIGRATIONS

TEXTS = (
    "De NAVO-top in Vilnius begon dinsdag met een ruzie over de Oekraïense toetreding.",
    "Het kabinet stelt de beslissing over de nieuwe kerncentrale in Borssele opnieuw uit.",
    "Waterschap waarschuwt voor hoog water in de Maas bij Venlo na dagen van regen.",
)


def article(text: str) -> Article:
    return Article(id=article_id(text), text=text, title=text[:40], url=None, source="nos.nl", agency=None,
                   published=DateValue("2023-07-11", "day"), language="nl", language_score=1.0,
                   origin="test", format="txt")


def make_db(path: Path, copies: int = 1) -> Path:
    """A real store with articles (`copies` times the texts, to fill more pages), closed cleanly."""
    store = open_store(str(path))
    store.add_analyses([Analysis(article(f"{text} ({n})")) for n in range(copies) for text in TEXTS])
    store.close()
    assert not Path(f"{path}-wal").exists()
    return path


def damage_table(path: Path, table: str) -> None:
    """Overwrite the root page of one table only: the schema and the rest still read."""
    size = page_size(path)
    with closing(sqlite3.connect(path)) as db, db:
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    with path.open("r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\xff" * 64)
        handle.seek((root - 1) * size + size // 2)
        handle.write(b"\x00\xff" * 32)


def damage_header(path: Path) -> None:
    """Keep SQLite's magic string but break the page size and format bytes after it."""
    with path.open("r+b") as handle:
        handle.seek(16)
        handle.write(b"\x00\x03\x07\x09" + b"\xee" * 20)


def test_missing_database_is_not_created_by_a_read(tmp_path):
    path = tmp_path / "missing.db"
    with pytest.raises(StoreError, match=r"no database at .*missing\.db; run `nieuwsgraaf ingest` first"):
        open_store(str(path), readonly=True)
    assert not path.exists()


@pytest.mark.parametrize("readonly", [True, False])
def test_text_file_is_not_a_database(tmp_path, readonly):
    path = tmp_path / "notes.db"
    path.write_text("Boodschappen: brood, kaas, appels.\n" * 20)
    with pytest.raises(StoreError, match="is not a SQLite database"):
        open_store(str(path), readonly=readonly)
    assert path.read_text().startswith("Boodschappen")  # left as it was


def test_empty_file_is_nothing_to_read_but_a_new_database_to_write(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    with pytest.raises(StoreError, match=r"empty file \(0 bytes\): nothing is stored in it yet; run `nieuwsgraaf"):
        open_store(str(path), readonly=True)
    assert path.stat().st_size == 0
    make_db(path)
    assert open_store(str(path), readonly=True).stats().articles == len(TEXTS)


@pytest.mark.parametrize("readonly", [True, False])
def test_folder_is_refused(tmp_path, readonly):
    with pytest.raises(StoreError, match="is a folder"):
        open_store(str(tmp_path), readonly=readonly)


def test_missing_folder_for_a_new_database(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "nowhere" / "a.db"))


@pytest.mark.parametrize("readonly", [True, False])
def test_damaged_pages_are_refused_with_how_to_recover(tmp_path, readonly):
    path = make_db(tmp_path / "a.db", copies=30)
    damage_pages(path)
    with pytest.raises(StoreError) as caught:
        store = open_store(str(path), readonly=readonly)
        store.stats()  # a read may only find the damage when it reaches it
    message = str(caught.value)
    assert "damaged" in message or "malformed" in message
    assert "\n" not in message
    if not readonly:
        assert '.recover" | sqlite3 recovered.db' in message


def test_damage_inside_one_table_is_found_by_the_integrity_check_before_writing(tmp_path):
    path = make_db(tmp_path / "a.db", copies=30)
    damage_table(path, "articles")
    with pytest.raises(StoreError, match=r"is damaged \(.*\); recover what can be saved with `sqlite3 "):
        open_store(str(path))


def test_damage_found_by_a_query_is_a_store_error_not_an_empty_answer(tmp_path):
    path = make_db(tmp_path / "a.db", copies=30)
    damage_table(path, "articles")
    store = open_store(str(path), readonly=True)  # the schema still reads
    for ask in (lambda: store.search(SearchQuery("kerncentrale")), lambda: store.search(SearchQuery("", since="2020")),
                lambda: store.get_document("abcdef")):
        with pytest.raises(StoreError, match="damaged"):
            ask()
    store.close()


@pytest.mark.parametrize("readonly", [True, False])
def test_damaged_header_is_refused(tmp_path, readonly):
    path = make_db(tmp_path / "a.db")
    damage_header(path)
    with pytest.raises(StoreError, match="not a SQLite database, or its header is damaged|damaged"):
        open_store(str(path), readonly=readonly)


@pytest.mark.parametrize("readonly", [True, False])
def test_newer_schema_is_refused_when_reading_and_writing(tmp_path, readonly):
    path = make_db(tmp_path / "a.db")
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("INSERT INTO schema_migrations VALUES ('0099_from_the_future', 'x')")
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"written by a newer nieuwsgraaf \(migration 0099_from_the_future\); "
                                         "upgrade"):
        open_store(str(path), readonly=readonly)
    assert path.read_bytes() == before


def test_older_schema_is_upgraded_by_writing_and_refused_by_reading(tmp_path):
    path = tmp_path / "old.db"
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        db.executescript(MIGRATIONS[0][1])
        db.execute("INSERT INTO schema_migrations VALUES (?, 'x')", (MIGRATIONS[0][0],))
    with pytest.raises(StoreError, match=f"older nieuwsgraaf \\(migration {MIGRATIONS[1][0]} is not applied\\)"):
        open_store(str(path), readonly=True)
    open_store(str(path)).close()
    open_store(str(path), readonly=True).close()


@pytest.mark.parametrize("readonly", [True, False])
def test_someone_elses_database_is_left_alone(tmp_path, readonly):
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(StoreError, match="not nieuwsgraaf's"):
        open_store(str(path), readonly=readonly)
    with closing(sqlite3.connect(path)) as db, db:
        assert [row[0] for row in db.execute("SELECT name FROM sqlite_master")] == ["recipes"]


def test_reading_opens_read_only(tmp_path):
    path = make_db(tmp_path / "a.db")
    store = open_store(str(path), readonly=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.db.execute("DELETE FROM articles")
    assert store.stats().articles == len(TEXTS)
    store.close()


def test_reading_an_empty_database_says_to_ingest(tmp_path):
    path = tmp_path / "blank.db"
    sqlite3.connect(path).execute("PRAGMA user_version = 1").connection.close()
    with pytest.raises(StoreError, match="empty database; run `nieuwsgraaf ingest` first"):
        open_store(str(path), readonly=True)


def test_path_with_uri_characters_opens_read_only(tmp_path):
    folder = tmp_path / "map met spatie?#%"
    folder.mkdir()
    path = make_db(folder / "a.db")
    store = open_store(str(path), readonly=True)
    assert store.stats().articles == len(TEXTS)
    store.close()


# -- permissions: as another user, because root writes where chmod says it may not ---------------

def _as_unprivileged() -> list[str]:
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("running as root (chmod does not stop root) and setpriv is missing to drop privileges")
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.fixture()
def shared_folder():
    """A folder another user can reach (pytest's tmp_path is private to the user running the tests)."""
    folder = Path(tempfile.mkdtemp(prefix="ng-store-"))
    folder.chmod(0o755)
    yield folder
    for path in (folder, *folder.iterdir()):
        path.chmod(0o755)
    shutil.rmtree(folder)


def _run_as_unprivileged(code: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*_as_unprivileged(), sys.executable, "-c", code], cwd=cwd, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})


PROBE = """
from nieuwsgraaf.records import SearchQuery
from nieuwsgraaf.store import StoreError, open_store
store = open_store("a.db", readonly=True)
print("read", len(store.search(SearchQuery("kerncentrale"))))
store.close()
try:
    open_store("a.db")
except StoreError as error:
    print("write refused:", error)
"""


@pytest.mark.parametrize(("file_mode", "folder_mode", "reason"), [
    (0o644, 0o555, "its folder is read-only"),
    (0o444, 0o777, "the file is read-only"),
], ids=["read-only folder", "read-only file"])
def test_read_only_database_reads_and_refuses_writes(shared_folder, file_mode, folder_mode, reason):
    _as_unprivileged()
    path = make_db(shared_folder / "a.db")
    path.chmod(file_mode)
    shared_folder.chmod(folder_mode)
    result = _run_as_unprivileged(PROBE, shared_folder)
    assert result.returncode == 0, result.stderr
    assert "read 1" in result.stdout
    assert f"write refused: cannot write to a.db: {reason}" in result.stdout
    if folder_mode == 0o555:
        assert sorted(p.name for p in shared_folder.iterdir()) == ["a.db"]
