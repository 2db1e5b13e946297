"""Full-text search: the CLI's list of hits, and the API's page of hits with facet counts."""

from __future__ import annotations

from dataclasses import replace

from ..records import SearchHit, SearchQuery
from ..store import SearchSyntaxError, Store
from .dates import check_date_range
from .errors import QueryUsageError
from .paging import check_limit, make_cursor, read_cursor
from .records import SearchResults

FACET_ENTITIES = 10  # entities listed in the facets of a search


def _checked(query: SearchQuery) -> SearchQuery:
    since, until = check_date_range(query.since, query.until)
    source = query.source.strip() if query.source is not None else None
    if source is not None and not source:
        raise QueryUsageError("--source is empty; give an outlet such as nu.nl")
    query = replace(query, text=query.text.strip(), since=since, until=until, source=source)
    if not query.text and not (since or until or source or query.language):
        raise QueryUsageError("give words to search for, or a filter (--since, --until, --source, --language) "
                              "to list articles by date")
    return query


def search_articles(store: Store, query: SearchQuery, include_undated: bool = False) -> list[SearchHit]:
    """Full-text search with date, source and language filters, best matches first; with filters
    and no words, the articles that pass them, newest first. Syntax: `nieuwsgraaf search --help`."""
    query = _checked(query)
    try:
        return store.search(query, include_undated=include_undated)
    except SearchSyntaxError as error:
        raise QueryUsageError(str(error)) from error


def search_page(store: Store, query: SearchQuery, cursor: str | None = None,
                include_undated: bool = False) -> SearchResults:
    """A page of `search_articles` (`query.limit` at most 200, from `cursor`) with the facets of
    every match: how many per outlet, per month, and the entities in the most of them."""
    query = _checked(replace(query, limit=check_limit(query.limit), offset=read_cursor("articles", cursor)))
    try:
        hits = store.search(replace(query, limit=query.limit + 1), include_undated=include_undated)
        facets = store.search_facets(query, include_undated=include_undated, top=FACET_ENTITIES)
    except SearchSyntaxError as error:
        raise QueryUsageError(str(error)) from error
    more = len(hits) > query.limit
    return SearchResults(tuple(hits[:query.limit]), facets,
                         make_cursor("articles", query.offset + query.limit) if more else None)
