"""Opening the SQLite file: read-only for queries; checked, probed and migrated for writing.

Every way a file can be unusable (missing, empty, not a database, damaged, written by a newer
version, not writable, locked) becomes a StoreError of one line that says what to do. All of it
runs before any article is read, so an ingest can open its store before it loads the NLP models.
"""

from __future__ import annotations

import shlex
import sqlite3
from pathlib import Path

from ...periods import period_end, period_start
from ..base import StoreError
from .bulk import finish_abandoned
from .dates import bucket_of
from .migrations import check_schema, migrate

HEADER = b"SQLite format 3\x00"
WRITER_CACHE_KB = 65536


def damaged(path: str, detail: str) -> str:
    detail = " ".join(detail.split())
    detail = detail if len(detail) <= 120 else detail[:119] + "…"
    return (f"{path} is damaged ({detail}); recover what can be saved with "
            f"`sqlite3 {shlex.quote(path)} \".recover\" | sqlite3 recovered.db` and use recovered.db")


def explain(path: str, error: sqlite3.Error) -> str:
    """One line for a SQLite error on the file at `path`."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_CORRUPT"):
        return damaged(path, str(error))
    if name.startswith("SQLITE_NOTADB"):
        return f"{path} is not a SQLite database, or its header is damaged ({error})"
    if name == "SQLITE_READONLY_DIRECTORY":
        return f"cannot write to {path}: its folder is read-only"
    if name.startswith("SQLITE_READONLY"):
        return f"cannot write to {path}: the file is read-only"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return f"{path} is locked by another process (an ingest still running?); try again when it is done"
    if name == "SQLITE_FULL":
        return f"cannot write to {path}: the disk is full"
    if name.startswith("SQLITE_CANTOPEN"):
        return f"cannot open {path} ({error})"
    if name.startswith("SQLITE_IOERR"):
        return f"cannot read or write {path}: input/output error ({error})"
    return f"{path}: {error}"


def _check_file(path: str, must_exist: bool) -> bool:
    """Whether a database file with content exists at `path`; a StoreError when what is there is
    no database. A 0-byte file is no database to read, but to SQLite (and for writing) a new one:
    `mktemp` makes them, and so does any SQLite client that opened the path and wrote nothing."""
    file = Path(path)
    if not file.exists():
        if must_exist:
            raise StoreError(f"no database at {path}; run `nieuwsgraaf ingest` first")
        if not file.parent.is_dir():
            raise StoreError(f"cannot create {path}: the folder {file.parent} does not exist")
        return False
    if file.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    try:
        with file.open("rb") as handle:
            head = handle.read(len(HEADER))
    except OSError as error:
        raise StoreError(f"cannot read {path}: {error.strerror}") from error
    if not head:
        if must_exist:
            raise StoreError(f"{path} is an empty file (0 bytes): nothing is stored in it yet; "
                             "run `nieuwsgraaf ingest` first")
        return False
    if head != HEADER:
        raise StoreError(f"{path} is not a SQLite database (it does not start with SQLite's header)")
    return True


def add_functions(db: sqlite3.Connection) -> None:
    """The Python functions the store's SQL (and its migrations) call: the first and last day of
    a stored date value's period, and its timeline bucket."""
    db.create_function("ng_period_start", 1, period_start, deterministic=True)
    db.create_function("ng_period_end", 1, period_end, deterministic=True)
    db.create_function("ng_bucket", 2, bucket_of, deterministic=True)


def open_for_writing(path: str) -> sqlite3.Connection:
    """A connection ready to write: WAL mode, integrity checked, schema current, writability proven.

    An existing file gets `PRAGMA quick_check` first; a damaged one is refused with how to recover.
    """
    existed = path != ":memory:" and _check_file(path, must_exist=False)
    db = sqlite3.connect(path, timeout=30)
    add_functions(db)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        # A page cache of 64 MB instead of SQLite's 2 MB: once the indexes outgrow the cache,
        # every insert into them reads pages back (issue 18: ingest slowed as the store grew).
        db.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KB}")
        if existed:
            problems = [row[0] for row in db.execute("PRAGMA quick_check(3)")]
            if problems != ["ok"]:
                raise StoreError(damaged(path, "; ".join(problems)))
        check_schema(db, path, writing=True)
        # A write that is rolled back: proves the file (and its folder, for the WAL) is writable
        # and takes the write lock once, before any time goes into reading and analysing articles.
        version = db.execute("PRAGMA user_version").fetchone()[0]
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute(f"PRAGMA user_version = {int(version)}")
        finally:
            db.execute("ROLLBACK")
        migrate(db)
        finish_abandoned(db)
        db.execute("PRAGMA foreign_keys=ON")
    except sqlite3.Error as error:
        db.close()
        name = getattr(error, "sqlite_errorname", "")
        if not existed and name.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY")):
            raise StoreError(f"cannot create {path}: its folder is not writable") from error
        raise StoreError(explain(path, error)) from error
    except StoreError:
        db.close()
        raise
    return db


def _connect_readonly(uri: str) -> sqlite3.Connection:
    db = sqlite3.connect(uri, uri=True, timeout=30)
    add_functions(db)
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the file is only opened here
    except sqlite3.Error:
        db.close()
        raise
    return db


def open_for_reading(path: str) -> sqlite3.Connection:
    """A read-only connection (SQLite URI mode=ro) after checking the file and its schema.

    A WAL database needs its -shm file to be read; in a read-only folder where that file is gone
    (every writer closed cleanly) the database is opened as immutable instead, which is safe there:
    no writer can change a file whose folder it cannot write to.
    """
    _check_file(path, must_exist=True)
    file = Path(path).absolute()
    uri = file.as_uri()
    try:
        try:
            db = _connect_readonly(f"{uri}?mode=ro")
        except sqlite3.OperationalError as error:
            name = getattr(error, "sqlite_errorname", "")
            if name not in ("SQLITE_READONLY_DIRECTORY", "SQLITE_CANTOPEN"):
                raise
            wal = Path(f"{file}-wal")
            if wal.exists() and wal.stat().st_size > 0:
                raise StoreError(f"{path} has changes in {wal.name} that cannot be read in a read-only folder; "
                                 "open it once where its folder is writable") from error
            db = _connect_readonly(f"{uri}?mode=ro&immutable=1")
        try:
            check_schema(db, path, writing=False)
        except BaseException:
            db.close()
            raise
    except sqlite3.Error as error:
        raise StoreError(explain(path, error)) from error
    return db
