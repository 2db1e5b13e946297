"""Quotes in the PostgreSQL store, read back as records (as the SQLite store's `quotes.py`)."""

from __future__ import annotations

from typing import Any

import psycopg

from ...records import QuoteQuery, StoredQuote
from ..patterns import contains_pattern
from .dates import fact_window
from .filters import outlet_condition


def find_quotes(db: psycopg.Connection, query: QuoteQuery) -> list[StoredQuote]:
    """Quotes by speaker ids, by entities or words inside the quote, by outlet and by date (the
    quote's stored period: its own date, else its article's, compared by overlap); newest first."""
    filters: list[str] = []
    params: list[Any] = []
    # One speaker or one entity inside: its rows of a (entity, sort_date) index drive the query in
    # list order, so LIMIT stops early (migration 0011); several ids filter instead.
    source, order = "quotes q", "q.sort_date DESC NULLS LAST, q.article_id, q.start, q.idx"
    if query.speakers is not None:
        if len(query.speakers) == 1:
            filters.append("q.speaker = %s")
            params.append(query.speakers[0])
        else:
            filters.append("q.speaker = ANY(%s)")
            params.append(list(query.speakers))
    about = []
    if query.about and len(query.about) == 1 and not query.about_text and query.speakers is None:
        source = "quote_entities x JOIN quotes q ON q.article_id = x.article_id AND q.idx = x.idx"
        order = "x.sort_date DESC NULLS LAST, x.article_id, x.start, x.idx"
        filters.append("x.entity_id = %s")
        params.append(query.about[0])
    elif query.about:
        # The quotes holding a mention of one of the ids (the quote_entities rows).
        about.append("(q.article_id, q.idx) IN (SELECT article_id, idx FROM quote_entities WHERE entity_id = ANY(%s))")
        params.append(list(query.about))
    if query.about_text:
        # SQLite's LIKE ignores the case of ASCII letters; both escape with a backslash.
        about.append("q.text ILIKE %s ESCAPE '\\'")
        params.append(contains_pattern(query.about_text))
    if about or (query.about is not None and not query.about):
        filters.append(f"({' OR '.join(about)})" if about else "false")
    if query.outlet:
        sql, outlet_params = outlet_condition("a.source", query.outlet)
        filters.append(sql)
        params.extend(outlet_params)
    dates, date_params = fact_window("q", query.since, query.until, query.include_undated)
    if dates:
        filters.append(dates)
        params.extend(date_params)
    where = f"WHERE {' AND '.join(filters)}" if filters else ""
    # sort_date is coalesce(q.date, a.published), stored (migration 0011).
    rows = db.execute(
        f"""SELECT q.article_id, q.start, q."end", q.text, q.kind, q.speaker, e.name, q.speaker_text, q.cue,
                   q.addressee, q.date, q.date_precision, q.date_basis, a.title, a.source, a.published
            FROM {source} JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker
            {where} ORDER BY {order} LIMIT %s OFFSET %s""", [*params, query.limit, query.offset])
    return [StoredQuote(*row) for row in rows]
