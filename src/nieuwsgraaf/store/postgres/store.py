"""The PostgreSQL store: the Store interface over a pool of connections to one database.

Each method borrows a connection from the pool for one transaction, so one store object serves
several threads (an API) at once; queries from a `readonly` store run in read-only sessions.
The SQL of each area lives in its own module (articles, search, entities, quotes, events).
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg import errors
from psycopg_pool import ConnectionPool

from ...records import (
    Analysis,
    CorpusStats,
    EntityCount,
    EventQuery,
    SearchHit,
    SearchQuery,
    StoredArticle,
    StoredEvent,
)
from ..base import StoreError
from ..locations import redact
from . import articles, entities, events, exports, quotes, search
from .connection import CONNECT_TIMEOUT, connect, explain, translated
from .migrations import check_schema, check_writable, migrate

POOL_SIZE = 4
RETRIES = 5  # a batch that lost a deadlock to another writer is written again (it is idempotent)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class PostgresStore:
    """A Store over one PostgreSQL database, named by a postgresql:// URL.

    Opening checks the schema (`readonly`) or migrates it and checks the right to write, before
    any article is read; each failure is a StoreError of one line with the password hidden.
    """

    def __init__(self, url: str, readonly: bool = False, pool_size: int = POOL_SIZE):
        self.url = url
        self.path = redact(url)  # what messages and reports show
        self.readonly = readonly
        first = connect(url, readonly)
        try:
            with translated(url):
                if readonly:
                    check_schema(first, self.path)
                else:
                    migrate(first, self.path)
                    check_writable(first, self.path)
        finally:
            first.close()
        options = "-c default_transaction_read_only=on" if readonly else ""
        self.pool = ConnectionPool(url, min_size=1, max_size=pool_size, open=True, timeout=CONNECT_TIMEOUT * 3,
                                   kwargs={"connect_timeout": CONNECT_TIMEOUT, "options": options},
                                   name="nieuwsgraaf")

    def _run(self, work, *args: Any) -> Any:
        """`work(connection, *args)` in one transaction; psycopg errors become StoreErrors."""
        with translated(self.url), self.pool.connection() as db:
            return work(db, *args)

    # -- writing -----------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return self._run(articles.has_article, article_id)

    def add_analyses(self, analyses: Sequence[Analysis]) -> list[bool]:
        now = _now()
        for attempt in range(RETRIES):
            try:
                with self.pool.connection() as db:
                    return articles.insert_batch(db, analyses, now)
            except (errors.DeadlockDetected, errors.SerializationFailure):
                if attempt == RETRIES - 1:
                    raise StoreError(f"could not store {len(analyses)} articles: {self.path} stayed busy with "
                                     "another writer; try again") from None
                time.sleep(0.05 * (attempt + 1))
            except psycopg.Error as error:
                raise StoreError(f"could not store {len(analyses)} articles: {explain(self.url, error)}") from error
        raise AssertionError("unreachable")

    def add_sighting(self, article_id: str, origin: str, url: str | None, source: str | None) -> None:
        self._run(articles.add_sightings, [(article_id, origin, url, source, _now())])

    # -- reading -----------------------------------------------------------------

    def get_document(self, article_id: str) -> dict[str, Any] | None:
        return self._run(articles.get_document, article_id)

    def sightings(self, article_id: str) -> list[dict[str, Any]]:
        return self._run(articles.sightings, article_id)

    def search(self, query: SearchQuery, include_undated: bool = False) -> list[SearchHit]:
        return self._run(search.search, query, include_undated)

    def stats(self) -> CorpusStats:
        return self._run(articles.stats)

    def top_entities(self, label: str | None = None, limit: int = 50) -> list[EntityCount]:
        return self._run(entities.top_entities, label, limit)

    def find_entities(self, name: str) -> list[EntityCount]:
        return self._run(entities.find_entities, name)

    def entity_rows(self, entity_id: str, limit: int = 20) -> dict[str, list[tuple]]:
        return self._run(entities.entity_rows, entity_id, limit)

    def find_quotes(self, speakers: list[str] | None, about: list[str] | None, about_text: str | None,
                    since: str | None, until: str | None, limit: int,
                    include_undated: bool = False) -> list[dict[str, Any]]:
        return self._run(quotes.find_quotes, speakers, about, about_text, since, until, limit, include_undated)

    def find_events(self, query: EventQuery) -> list[StoredEvent]:
        return list(self.iter_events(query))

    def iter_events(self, query: EventQuery) -> Iterator[StoredEvent]:
        with translated(self.url), self.pool.connection() as db:
            yield from events.iter_events(db, query)

    def iter_articles(self, since: str | None = None, until: str | None = None,
                      include_undated: bool = False) -> Iterator[StoredArticle]:
        with translated(self.url), self.pool.connection() as db:
            yield from exports.iter_articles(db, since, until, include_undated)

    def close(self) -> None:
        self.pool.close()
