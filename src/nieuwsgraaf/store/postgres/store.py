"""The PostgreSQL store: the Store interface over a pool of connections to one database.

Each method borrows a connection from the pool for one transaction, so one store object serves
several threads (an API) at once; queries from a `readonly` store run in read-only sessions.
The SQL of each area lives in its own module (articles, search, entities, neighbours, quotes,
events, graph, stories).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, datetime
from typing import Any, TypeVar

import psycopg
from psycopg import errors
from psycopg_pool import ConnectionPool

from ...records import (
    Analysis,
    ArticleSignature,
    CorpusStats,
    DuplicateLink,
    EntityCount,
    EntityFacts,
    EventQuery,
    FactCounts,
    GraphEdge,
    GraphNode,
    GraphQuery,
    QuoteQuery,
    SearchFacets,
    SearchHit,
    SearchQuery,
    StoredArticle,
    StoredEvent,
    StoredQuote,
    Story,
    StoryMember,
    StoryQuery,
    StoryState,
    StoryWrite,
    ThreadInput,
    TimelineBucket,
)
from ..base import StoreError
from ..locations import redact
from . import articles, entities, events, exports, graph, quotes, search, stories
from .connection import CONNECT_TIMEOUT, connect, explain, translated
from .migrations import check_schema, check_writable, migrate

POOL_SIZE = 4
RETRIES = 5  # a batch that lost a deadlock to another writer is written again (it is idempotent)
T = TypeVar("T")


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

    def _run(self, work: Callable[..., T], *args: Any) -> T:
        """`work(connection, *args)` in one transaction; psycopg errors become StoreErrors."""
        with translated(self.url), self.pool.connection() as db:
            return work(db, *args)

    def _stream(self, work: Callable[..., Iterator[T]], *args: Any) -> Iterator[T]:
        """`work(connection, *args)`'s items, the connection held until the stream is done."""
        with translated(self.url), self.pool.connection() as db:
            yield from work(db, *args)

    def _write(self, what: str, work: Callable[..., T], *args: Any) -> T:
        """`work` in one transaction, written again when it lost a deadlock to another writer."""
        for attempt in range(RETRIES):
            try:
                with self.pool.connection() as db:
                    return work(db, *args)
            except (errors.DeadlockDetected, errors.SerializationFailure):
                if attempt == RETRIES - 1:
                    raise StoreError(f"could not store {what}: {self.path} stayed busy with another writer; "
                                     "try again") from None
                time.sleep(0.05 * (attempt + 1))
            except psycopg.Error as error:
                raise StoreError(f"could not store {what}: {explain(self.url, error)}") from error
        raise AssertionError("unreachable")

    # -- writing -----------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return self._run(articles.has_article, article_id)

    def add_analyses(self, analyses: Sequence[Analysis]) -> list[bool]:
        return self._write(f"{len(analyses)} articles", articles.insert_batch, analyses, _now())

    def add_sighting(self, article_id: str, origin: str, url: str | None, source: str | None) -> None:
        self._run(articles.add_sightings, [(article_id, origin, url, source, _now())])

    # -- reading -----------------------------------------------------------------

    def get_document(self, article_id: str) -> dict[str, Any] | None:
        return self._run(articles.get_document, article_id)

    def sightings(self, article_id: str) -> list[dict[str, Any]]:
        return self._run(articles.sightings, article_id)

    def search(self, query: SearchQuery, include_undated: bool = False) -> list[SearchHit]:
        return self._run(search.search, query, include_undated)

    def search_facets(self, query: SearchQuery, include_undated: bool = False, top: int = 10) -> SearchFacets:
        return self._run(search.search_facets, query, include_undated, top)

    def stats(self) -> CorpusStats:
        return self._run(articles.stats)

    def fact_counts(self) -> FactCounts:
        return self._run(articles.fact_counts)

    def top_entities(self, label: str | None = None, limit: int = 50) -> list[EntityCount]:
        return self._run(entities.list_entities, label, None, 0, limit)

    def list_entities(self, label: str | None, prefix: str | None, offset: int, limit: int) -> list[EntityCount]:
        return self._run(entities.list_entities, label, prefix, offset, limit)

    def get_entity(self, entity_id: str) -> EntityCount | None:
        return self._run(entities.get_entity, entity_id)

    def entities_by_id(self, ids: list[str]) -> list[EntityCount]:
        return self._run(entities.entities_by_id, ids)

    def find_entities(self, name: str) -> list[EntityCount]:
        return self._run(entities.find_entities, name)

    def entity_facts(self, entity_id: str, limit: int = 20) -> EntityFacts:
        return self._run(entities.entity_facts, entity_id, limit)

    def find_quotes(self, query: QuoteQuery) -> list[StoredQuote]:
        return self._run(quotes.find_quotes, query)

    def find_events(self, query: EventQuery) -> list[StoredEvent]:
        return list(self.iter_events(query))

    def iter_events(self, query: EventQuery) -> Iterator[StoredEvent]:
        return self._stream(events.iter_events, query)

    def graph_nodes(self, since: str | None, until: str | None, ids: list[str] | None,
                    limit: int) -> list[GraphNode]:
        return self._run(graph.graph_nodes, since, until, ids, limit)

    def graph_edges(self, query: GraphQuery, among: list[str] | None = None) -> list[GraphEdge]:
        return self._run(graph.graph_edges, query, among)

    def timeline(self, entity_id: str, by: str, since: str | None, until: str | None) -> list[TimelineBucket]:
        return self._run(graph.timeline, entity_id, by, since, until)

    # -- stories (issue 17) ------------------------------------------------------

    def iter_signatures(self) -> Iterator[ArticleSignature]:
        return self._stream(stories.iter_signatures)

    def duplicate_links(self) -> list[DuplicateLink]:
        return self._run(stories.duplicate_links)

    def iter_story_states(self) -> Iterator[StoryState]:
        return self._stream(stories.iter_story_states)

    def iter_story_members(self) -> Iterator[StoryMember]:
        return self._stream(stories.iter_story_members)

    def unthreaded_documents(self) -> list[dict[str, Any]]:
        return self._run(stories.unthreaded_documents)

    def iter_thread_inputs(self) -> Iterator[ThreadInput]:
        return self._stream(stories.iter_thread_inputs)

    def save_stories(self, write: StoryWrite) -> None:
        self._write("stories", stories.save_stories, write)

    def replace_stories(self, states: Iterable[StoryState], members: Iterable[StoryMember]) -> None:
        self._write("stories", stories.replace_stories, list(states), list(members))

    def find_stories(self, query: StoryQuery) -> list[Story]:
        return self._run(stories.find_stories, query)

    def get_story(self, story_id: str) -> Story | None:
        return self._run(stories.get_story, story_id)

    def iter_articles(self, since: str | None = None, until: str | None = None,
                      include_undated: bool = False) -> Iterator[StoredArticle]:
        with translated(self.url), self.pool.connection() as db:
            yield from exports.iter_articles(db, since, until, include_undated)

    def bulk_load(self) -> AbstractContextManager[None]:
        """Nothing to take off: facts go in with COPY, and the indexes kept ingest within about 20 % from
        the first to the last 10,000 of 200,000 articles (docs/scale.md)."""
        return nullcontext()

    def close(self) -> None:
        self.pool.close()
