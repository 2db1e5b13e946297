"""The storage interface every backend implements (SQLite now, PostgreSQL later)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from ..records import (
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


class StoreError(RuntimeError):
    """The store cannot be opened, migrated or queried; the message (one line) says why and what to do."""


class SearchSyntaxError(ValueError):
    """The search text is not valid query syntax; the message says what is wrong."""


class Store(Protocol):
    def has_article(self, article_id: str) -> bool:
        """True when an article with this id is stored."""

    def add_analyses(self, analyses: Sequence[Analysis]) -> list[bool]:
        """Store articles with their facts in one transaction; True for each newly added one.

        An article already stored is left as it is (its new origin is recorded as a sighting).
        """

    def add_sighting(self, article_id: str, origin: str, url: str | None, source: str | None) -> None:
        """Record that a stored article was seen again in another input."""

    def bulk_load(self) -> AbstractContextManager[None]:
        """While inside, many articles are about to be added: the store may take its query indexes
        off and build them once at the end (queries stay correct, only slower meanwhile)."""

    def get_document(self, article_id: str) -> dict[str, Any] | None:
        """The stored document JSON, or None; a unique id prefix of 6+ characters also works."""

    def search(self, query: SearchQuery, include_undated: bool = False) -> list[SearchHit]:
        """Articles matching a full-text query, best first; with no words, every article that passes
        the filters, newest first (ties by id: a stable order, paged by `query.offset` and
        `query.limit`). Dates filter by overlap (`periods.overlaps`); undated articles pass a date
        filter only with `include_undated`. Raises SearchSyntaxError."""

    def search_facets(self, query: SearchQuery, include_undated: bool = False, top: int = 10) -> SearchFacets:
        """For every article `search` matches (not one page): how many, per outlet (most first),
        per month (in order) and the `top` entities in the most of them. Raises SearchSyntaxError."""

    def stats(self) -> CorpusStats:
        """Counts per source, month and language."""

    def fact_counts(self) -> FactCounts:
        """How many entities (mentioned in a stored article), quotes and events are stored."""

    def top_entities(self, label: str | None = None, limit: int = 50) -> list[EntityCount]:
        """The entities in the most articles."""

    def list_entities(self, label: str | None, prefix: str | None, offset: int, limit: int) -> list[EntityCount]:
        """Entities in the most articles first, then by name and id (a stable order); only those of
        `label` and whose name starts with `prefix` (any case) when given."""

    def get_entity(self, entity_id: str) -> EntityCount | None:
        """One entity by its exact id, with its counts, or None."""

    def entities_by_id(self, ids: list[str]) -> list[EntityCount]:
        """The stored entities among `ids`, in no particular order."""

    def find_entities(self, name: str) -> list[EntityCount]:
        """Entities called `name` or mentioned as `name`, most frequent first."""

    def entity_facts(self, entity_id: str, limit: int = 20) -> EntityFacts:
        """Texts the entity is mentioned as, mentions per month, the `limit` entities in the most
        articles with it, and its `limit` newest articles."""

    def find_quotes(self, query: QuoteQuery) -> list[StoredQuote]:
        """Quotes by speaker ids, by what they mention, by outlet and by date (the quote's own date,
        else its article's; by overlap, as in `search`), newest first, then by article and offset."""

    def find_events(self, query: EventQuery) -> list[StoredEvent]:
        """Events by type, actor and recipient ids, outlet and date (the event's own date, else its
        article's; by overlap, as in `search`), newest first, then by article and index."""

    def iter_events(self, query: EventQuery) -> Iterator[StoredEvent]:
        """find_events as a stream, for exports (`query.limit` None: all of them)."""

    def graph_nodes(self, since: str | None, until: str | None, ids: list[str] | None,
                    limit: int) -> list[GraphNode]:
        """Entities with the number of articles of the period that mention them, most first: the
        `limit` top ones, or (with `ids`) those among `ids`."""

    def graph_edges(self, query: GraphQuery, among: list[str] | None = None) -> list[GraphEdge]:
        """Edges of the period (GraphEdge says what each type counts) of the types asked, weighing
        at least `query.min_weight`: those with `query.entity` at one end when it is given, else
        those between entities of `among` (None: any)."""

    def timeline(self, entity_id: str, by: str, since: str | None, until: str | None) -> list[TimelineBucket]:
        """Per day, ISO week, month or year (TIMELINE_STEPS): articles mentioning the entity, quotes
        it said, events it is actor or recipient of; every period from the first to the last counted
        (widened to `since`/`until` when given), empty ones included; [] when nothing is counted."""

    def close(self) -> None:
        """Release the connection."""

    # -- stories (issue 17) ----------------------------------------------------------------

    def iter_signatures(self) -> Iterator[ArticleSignature]:
        """Every article's MinHash signature, in the order the articles were stored."""

    def duplicate_links(self) -> list[DuplicateLink]:
        """Every near-duplicate and the first stored copy it repeats."""

    def iter_story_states(self) -> Iterator[StoryState]:
        """What threading keeps of each story."""

    def iter_story_members(self) -> Iterator[StoryMember]:
        """Which story each article belongs to."""

    def unthreaded_documents(self) -> list[dict[str, Any]]:
        """The document JSON of stored articles that have no story yet."""

    def iter_thread_inputs(self) -> Iterator[ThreadInput]:
        """Every stored article as threading reads it (vector, linked entities, events, date),
        oldest publication date first, undated last."""

    def save_stories(self, write: StoryWrite) -> None:
        """Store one batch of threading results in one transaction; the document JSON of each
        article gets its `story` and `duplicate_of`."""

    def replace_stories(self, states: Iterable[StoryState], members: Iterable[StoryMember]) -> None:
        """Replace every story and membership (a rebuild) in one transaction."""

    def find_stories(self, query: StoryQuery) -> list[Story]:
        """Stories by date (their days overlap the filter) and entity, the latest first."""

    def get_story(self, story_id: str) -> Story | None:
        """One story with its articles and timeline; a unique id prefix of 6+ characters also works."""

    # -- exports -------------------------------------------------------------------------

    def iter_articles(self, since: str | None = None, until: str | None = None,
                      include_undated: bool = False) -> Iterator[StoredArticle]:
        """Every stored article whose publication date overlaps the period (undated ones only
        with `include_undated` once a date is given), oldest first, undated last, as a stream."""
