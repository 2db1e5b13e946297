"""The storage interface every backend implements (SQLite now, PostgreSQL later)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol

from ..records import (
    Analysis,
    ArticleSignature,
    CorpusStats,
    DuplicateLink,
    EntityCount,
    EventQuery,
    SearchHit,
    SearchQuery,
    StoredEvent,
    Story,
    StoryMember,
    StoryQuery,
    StoryState,
    StoryWrite,
    ThreadInput,
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

    def get_document(self, article_id: str) -> dict[str, Any] | None:
        """The stored document JSON, or None; a unique id prefix of 6+ characters also works."""

    def search(self, query: SearchQuery, include_undated: bool = False) -> list[SearchHit]:
        """Articles matching a full-text query, best first; with no words, every article that passes
        the filters, newest first. Dates filter by overlap (`periods.overlaps`); undated articles
        pass a date filter only with `include_undated`. Raises SearchSyntaxError."""

    def stats(self) -> CorpusStats:
        """Counts per source, month and language."""

    def top_entities(self, label: str | None = None, limit: int = 50) -> list[EntityCount]:
        """The entities in the most articles."""

    def find_entities(self, name: str) -> list[EntityCount]:
        """Entities called `name` or mentioned as `name`, most frequent first."""

    def entity_rows(self, entity_id: str, limit: int = 20) -> dict[str, list[tuple]]:
        """aliases, months, co_mentioned and articles rows of one entity."""

    def find_quotes(self, speakers: list[str] | None, about: list[str] | None, about_text: str | None,
                    since: str | None, until: str | None, limit: int,
                    include_undated: bool = False) -> list[dict[str, Any]]:
        """Quotes by speaker ids, by what they mention, and by date (the quote's own date, else its
        article's; by overlap, as in `search`), newest first."""

    def find_events(self, query: EventQuery) -> list[StoredEvent]:
        """Events by type, actor and recipient ids and date (the event's own date, else its
        article's; by overlap, as in `search`), newest first."""

    def iter_events(self, query: EventQuery) -> Iterator[StoredEvent]:
        """find_events as a stream, for exports (`query.limit` None: all of them)."""

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
