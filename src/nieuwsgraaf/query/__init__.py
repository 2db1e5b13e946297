"""Questions over the store, answered as records; the CLI, API and web UI all call these."""

from __future__ import annotations

import re
from typing import Any

from ..records import CorpusStats, SearchHit, SearchQuery
from ..store import Store

_DATE_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class QueryError(ValueError):
    """A query the user gave cannot be answered as asked."""


def _check_date(name: str, value: str | None) -> None:
    if value is not None and not _DATE_PREFIX.match(value):
        raise QueryError(f"--{name} takes YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")


def search_articles(store: Store, query: SearchQuery) -> list[SearchHit]:
    """Full-text search with date, source and language filters, best matches first."""
    if not query.text.strip():
        raise QueryError("the search text is empty")
    _check_date("since", query.since)
    _check_date("until", query.until)
    return store.search(query)


def article_document(store: Store, article_id: str) -> dict[str, Any]:
    """The document JSON of one article (full id or a unique prefix of 6+ characters)."""
    document = store.get_document(article_id.strip())
    if document is None:
        raise QueryError(f"no article with id {article_id!r} (or the prefix is not unique)")
    return document


def corpus_stats(store: Store) -> CorpusStats:
    return store.stats()


__all__ = ["QueryError", "article_document", "corpus_stats", "search_articles"]
