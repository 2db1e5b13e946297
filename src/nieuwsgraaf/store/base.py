"""The storage interface every backend implements (SQLite now, PostgreSQL later)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from ..records import Analysis, CorpusStats, EntityCount, SearchHit, SearchQuery


class StoreError(RuntimeError):
    """The store cannot be opened, migrated or queried; the message says why."""


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

    def search(self, query: SearchQuery) -> list[SearchHit]:
        """Articles matching a full-text query, best first."""

    def stats(self) -> CorpusStats:
        """Counts per source, month and language."""

    def top_entities(self, label: str | None = None, limit: int = 50) -> list[EntityCount]:
        """The entities in the most articles."""

    def find_entities(self, name: str) -> list[EntityCount]:
        """Entities called `name` or mentioned as `name`, most frequent first."""

    def entity_rows(self, entity_id: str, limit: int = 20) -> dict[str, list[tuple]]:
        """aliases, months, co_mentioned and articles rows of one entity."""

    def find_quotes(self, speakers: list[str] | None, about: list[str] | None, about_text: str | None,
                    since: str | None, until: str | None, limit: int) -> list[dict[str, Any]]:
        """Quotes by speaker ids, by what they mention, and by date, newest first."""

    def close(self) -> None:
        """Release the connection."""
