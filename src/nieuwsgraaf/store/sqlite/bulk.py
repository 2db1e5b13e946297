"""Bulk loads: the secondary indexes come off while many articles are added and are built once at
the end (issue 18: each index on a key that arrives in no order, dates or entity ids, dirties a page
per row once it outgrows a transaction, so ingest slowed as the store grew; building them all again
takes about 3 s per 100,000 articles).

Only plain indexes come off: the unique ones keep duplicates out and the writer's own lookups (an
article's id, the story stage's keys) use primary keys. Queries stay correct meanwhile, only slower.
The dropped indexes are listed in `deferred_indexes` with the loading process's id, so that a load
that was killed has its indexes built by the next writer that opens the file (`finish_abandoned`).
"""

from __future__ import annotations

import logging
import os
import sqlite3

log = logging.getLogger(__name__)

_PLAIN_INDEXES = """SELECT name, sql FROM sqlite_master
                    WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'"""


def defer_indexes(db: sqlite3.Connection) -> int:
    """Drop the plain indexes, noting them (and this process) first; returns how many."""
    with db:
        indexes = db.execute(_PLAIN_INDEXES).fetchall()
        db.executemany("INSERT OR REPLACE INTO deferred_indexes (name, sql, owner) VALUES (?, ?, ?)",
                       [(name, sql, os.getpid()) for name, sql in indexes])
        for name, _ in indexes:
            db.execute(f'DROP INDEX "{name}"')
    return len(indexes)


def restore_indexes(db: sqlite3.Connection) -> int:
    """Build every index `defer_indexes` dropped, in one transaction; returns how many."""
    with db:
        rows = db.execute("SELECT name, sql FROM deferred_indexes ORDER BY name").fetchall()
        present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        for name, sql in rows:
            if name not in present:
                db.execute(sql)
        db.execute("DELETE FROM deferred_indexes")
    return len(rows)


def finish_abandoned(db: sqlite3.Connection) -> int:
    """Build the indexes of a bulk load whose process is gone (killed); a running load keeps its own."""
    owners = {row[0] for row in db.execute("SELECT DISTINCT owner FROM deferred_indexes")}
    if not owners or any(_alive(pid) for pid in owners):
        return 0
    built = restore_indexes(db)
    log.warning("built %d indexes that an interrupted bulk load had left off", built)
    return built


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it exists
        return True
    return True
