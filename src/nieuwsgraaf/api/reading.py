"""Reading the store from request handlers: one read-only connection per request, opened and
closed in the thread that runs the handler (SQLite connections must not cross threads)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from fastapi import Request

from ..entities import KnowledgeBase
from ..store import Store, open_store

T = TypeVar("T")


class Reader:
    """The store file and the knowledge base a running app answers from."""

    def __init__(self, db_path: str, kb: KnowledgeBase):
        self.db_path = db_path
        self.kb = kb

    def ask(self, question: Callable[[Store], T]) -> T:
        store = open_store(self.db_path, readonly=True)
        try:
            return question(store)
        finally:
            store.close()


def reader(request: Request) -> Reader:
    """The app's Reader, as a FastAPI dependency."""
    return request.app.state.reader
