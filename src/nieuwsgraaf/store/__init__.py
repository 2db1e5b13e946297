"""Storage behind one small interface; SQLite (one file, FTS5) is the embedded default."""

from .base import SearchSyntaxError, Store, StoreError
from .sqlite import SqliteStore


def open_store(path: str, readonly: bool = False) -> SqliteStore:
    """Open the default store at `path`.

    readonly: for queries (SQLite mode=ro; works in a read-only folder; never creates a file).
    Otherwise the file is created or checked (quick_check), probed for writing and migrated. Both
    take well under a second, so an ingest should open its store before it loads the NLP models.
    Raises StoreError with a one-line reason when the file cannot be used.
    """
    return SqliteStore(path, readonly=readonly)


__all__ = ["SearchSyntaxError", "SqliteStore", "Store", "StoreError", "open_store"]
