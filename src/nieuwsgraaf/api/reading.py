"""Reading the store from request handlers.

A SQLite file: one read-only connection per request, opened and closed in the thread that runs
the handler (SQLite connections must not cross threads, and opening one costs well under a
millisecond). A PostgreSQL URL: one read-only store for the whole app, whose connection pool
lends each request a connection that is already open (a new connection per request would cost
a login each time)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from fastapi import Request

from ..entities import KnowledgeBase
from ..store import Store, is_postgres_url, open_store

T = TypeVar("T")


class Reader:
    """The store and the knowledge base a running app answers from."""

    def __init__(self, db_path: str, kb: KnowledgeBase):
        self.db_path = db_path
        self.kb = kb
        self._pooled: Store | None = None  # the shared store of a PostgreSQL URL, opened on first use
        self._lock = threading.Lock()

    def _shared(self) -> Store:
        with self._lock:
            if self._pooled is None:
                self._pooled = open_store(self.db_path, readonly=True)
            return self._pooled

    def ask(self, question: Callable[[Store], T]) -> T:
        if is_postgres_url(self.db_path):
            return question(self._shared())
        store = open_store(self.db_path, readonly=True)
        try:
            return question(store)
        finally:
            store.close()

    def close(self) -> None:
        """Close the shared pool, if one was opened (when the app shuts down)."""
        with self._lock:
            if self._pooled is not None:
                self._pooled.close()
                self._pooled = None


def reader(request: Request) -> Reader:
    """The app's Reader, as a FastAPI dependency."""
    return request.app.state.reader
