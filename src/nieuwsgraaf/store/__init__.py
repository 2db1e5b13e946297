"""Storage behind one small interface; SQLite (one file, FTS5) is the embedded default."""

from .base import Store, StoreError
from .sqlite import SqliteStore


def open_store(path: str, readonly: bool = False) -> SqliteStore:
    """Open the default store at `path` (created and migrated unless readonly)."""
    return SqliteStore(path, readonly=readonly)


__all__ = ["SqliteStore", "Store", "StoreError", "open_store"]
