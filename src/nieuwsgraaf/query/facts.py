"""Quotes and events: the CLI's lists, and the API's pages of them."""

from __future__ import annotations

from dataclasses import replace

from ..entities import KnowledgeBase
from ..records import EVENT_TYPES, EventQuery, Page, QuoteQuery, StoredEvent, StoredQuote
from ..store import Store
from .dates import check_date_range
from .entities import entity_ids
from .errors import QueryError, QueryUsageError
from .paging import paged


def _outlet(outlet: str | None) -> str | None:
    if outlet is not None and not outlet.strip():
        raise QueryUsageError("source is empty; give an outlet such as nu.nl")
    return outlet.strip() if outlet else None


def _ids(store: Store, kb: KnowledgeBase, name: str | None) -> tuple[str, ...] | None:
    if not name:
        return None
    ids = tuple(entity_ids(store, name, kb))
    if not ids:
        raise QueryError(f"no stored entity is called {name!r}")
    return ids


def quote_query(store: Store, kb: KnowledgeBase, speaker: str | None = None, about: str | None = None,
                since: str | None = None, until: str | None = None, include_undated: bool = False,
                source: str | None = None) -> QuoteQuery:
    """The store query of a quote filter: who said it (a name, alias or id), what it is about (an
    entity or words), when (the quote's own date, else its article's, by overlap), which outlet."""
    since, until = check_date_range(since, until)
    about_ids = tuple(entity_ids(store, about, kb)) if about else None
    return QuoteQuery(speakers=_ids(store, kb, speaker), about=about_ids, about_text=about, since=since,
                      until=until, include_undated=include_undated, outlet=_outlet(source))


def find_quotes(store: Store, kb: KnowledgeBase, speaker: str | None = None, about: str | None = None,
                since: str | None = None, until: str | None = None, limit: int = 50,
                include_undated: bool = False) -> list[StoredQuote]:
    """Quotes by who said them (name, alias or id), what they are about, and when (the quote's own
    date, else its article's, matched by overlap: see `query.dates`), newest first."""
    query = quote_query(store, kb, speaker, about, since, until, include_undated)
    return store.find_quotes(replace(query, limit=limit))


def quotes_page(store: Store, query: QuoteQuery, limit: int = 50,
                cursor: str | None = None) -> Page[StoredQuote]:
    """A page (at most 200) of the quotes of `query` (see `quote_query`), from `cursor`."""
    return paged("quotes", cursor, limit, lambda offset, count: store.find_quotes(
        replace(query, limit=count, offset=offset)))


def event_query(store: Store, kb: KnowledgeBase, kind: str | None = None, source: str | None = None,
                target: str | None = None, since: str | None = None, until: str | None = None,
                include_undated: bool = False, min_confidence: float = 0.0,
                outlet: str | None = None) -> EventQuery:
    """The store query of an event filter: PLOVER type, actor and recipient (a name, alias,
    Wikidata id or entity id), date (the event's own, else its article's, by overlap), outlet."""
    since, until = check_date_range(since, until)
    if kind and kind.strip().upper() not in EVENT_TYPES:
        raise QueryUsageError(f"unknown event type {kind!r}; one of {', '.join(EVENT_TYPES)}")
    if not 0.0 <= min_confidence <= 1.0:
        raise QueryUsageError(f"min_confidence takes a number from 0 to 1, not {min_confidence}")
    return EventQuery(kind.strip().upper() if kind else None, _ids(store, kb, source), _ids(store, kb, target),
                      since, until, include_undated, min_confidence, outlet=_outlet(outlet))


def find_events(store: Store, kb: KnowledgeBase, kind: str | None = None, source: str | None = None,
                target: str | None = None, since: str | None = None, until: str | None = None,
                limit: int = 50, include_undated: bool = False, min_confidence: float = 0.0) -> list[StoredEvent]:
    """Events by PLOVER type, actor and recipient (a name, alias, Wikidata id or entity id), and date
    (the event's own, else its article's, matched by overlap: see `query.dates`), newest first."""
    query = event_query(store, kb, kind, source, target, since, until, include_undated, min_confidence)
    return store.find_events(replace(query, limit=limit))


def events_page(store: Store, query: EventQuery, limit: int = 50, cursor: str | None = None) -> Page[StoredEvent]:
    """A page (at most 200) of the events of `query` (see `event_query`), from `cursor`."""
    return paged("events", cursor, limit, lambda offset, count: store.find_events(
        replace(query, limit=count, offset=offset)))
