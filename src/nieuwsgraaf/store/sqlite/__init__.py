"""The SQLite implementation of the store."""

from .store import SqliteStore

__all__ = ["SqliteStore"]
