"""Storage behind one small interface; SQLite (one file, FTS5) is the embedded default, PostgreSQL
(a postgresql:// URL) the shared one."""

from os import PathLike

from .base import SearchSyntaxError, Store, StoreError
from .locations import is_postgres_url, redact
from .sqlite import SqliteStore


def open_store(db: str | PathLike, readonly: bool = False) -> Store:
    """Open the store at `db`: a postgresql:// or postgres:// URL, else a SQLite file path.

    readonly: for queries (SQLite mode=ro, works in a read-only folder and never creates a file;
    PostgreSQL read-only sessions, and the schema must exist). Otherwise the store is created or
    checked, its right to write proven and its schema migrated; both take well under a second, so
    an ingest should open its store before it loads the NLP models.
    Raises StoreError with a one-line reason (a URL's password never shown) when it cannot be used.
    """
    if is_postgres_url(db):
        # Imported here: psycopg costs start-up time that SQLite users need not pay.
        from .postgres import PostgresStore

        return PostgresStore(db.strip(), readonly=readonly)
    return SqliteStore(db, readonly=readonly)


__all__ = ["SearchSyntaxError", "SqliteStore", "Store", "StoreError", "is_postgres_url", "open_store", "redact"]
