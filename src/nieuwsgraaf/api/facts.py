"""/api/quotes and /api/events: pages of facts, newest first."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..query import event_query, events_page, quote_query, quotes_page
from ..records import EVENT_TYPES, Page, StoredEvent, StoredQuote
from .params import Cursor, Limit, Since, Source, Store, Undated, Until
from .problems import responses

router = APIRouter(prefix="/api", tags=["facts"])


@router.get("/quotes", response_model=Page[StoredQuote], responses=responses(400, 404, 422))
def quotes(
    read: Store,
    speaker: Annotated[str | None, Query(description="Who said it: an entity id, name, alias or Wikidata id.")] = None,
    about: Annotated[str | None, Query(description="An entity or words the quote mentions.")] = None,
    since: Since = None, until: Until = None, source: Source = None,
    include_undated: Undated = False, limit: Limit = 50, cursor: Cursor = None,
) -> Page[StoredQuote]:
    """Quotes, direct and indirect; dated by their own date, else their article's."""
    return read.ask(lambda store: quotes_page(
        store, quote_query(store, read.kb, speaker, about, since, until, include_undated, source), limit, cursor))


@router.get("/events", response_model=Page[StoredEvent], responses=responses(400, 404, 422))
def events(
    read: Store,
    type: Annotated[str | None, Query(description=f"PLOVER type: {', '.join(EVENT_TYPES)}.")] = None,
    actor: Annotated[str | None, Query(description="Who acted: an entity id, name, alias or Wikidata id.")] = None,
    recipient: Annotated[str | None, Query(description="Who it was done to.")] = None,
    since: Since = None, until: Until = None, source: Source = None,
    include_undated: Undated = False,
    min_confidence: Annotated[float, Query(ge=0.0, le=1.0, description="Leave out less certain events.")] = 0.0,
    limit: Limit = 50, cursor: Cursor = None,
) -> Page[StoredEvent]:
    """Political events (PLOVER), newest first; dated by their own date, else their article's."""
    return read.ask(lambda store: events_page(
        store, event_query(store, read.kb, type, actor, recipient, since, until, include_undated, min_confidence,
                           source), limit, cursor))
