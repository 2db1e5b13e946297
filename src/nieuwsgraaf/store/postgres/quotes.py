"""Quotes in the PostgreSQL store, read back as records (as the SQLite store's `quotes.py`)."""

from __future__ import annotations

from typing import Any

import psycopg

from ...records import QuoteQuery, StoredQuote
from .dates import fact_window
from .filters import outlet_condition


def find_quotes(db: psycopg.Connection, query: QuoteQuery) -> list[StoredQuote]:
    """Quotes by speaker ids, by entities or words inside the quote, by outlet and by date (the
    quote's stored period: its own date, else its article's, compared by overlap); newest first."""
    filters: list[str] = []
    params: list[Any] = []
    if query.speakers is not None:
        filters.append("q.speaker = ANY(%s)")
        params.append(list(query.speakers))
    about = []
    if query.about:
        # The quotes holding a mention of one of the ids, found once from the mentions' index.
        about.append("""(q.article_id, q.idx) IN (
            SELECT inner_q.article_id, inner_q.idx FROM mentions m JOIN quotes inner_q
            ON inner_q.article_id = m.article_id AND m.start >= inner_q.start AND m."end" <= inner_q."end"
            WHERE m.entity = ANY(%s))""")
        params.append(list(query.about))
    if query.about_text:
        # SQLite's LIKE ignores the case of ASCII letters and has no escape character.
        about.append("q.text ILIKE %s ESCAPE ''")
        params.append(f"%{query.about_text}%")
    if query.about is not None or query.about_text:
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
    rows = db.execute(
        f"""SELECT q.article_id, q.start, q."end", q.text, q.kind, q.speaker, e.name, q.speaker_text, q.cue,
                   q.addressee, q.date, q.date_precision, q.date_basis, a.title, a.source, a.published
            FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker
            {where} ORDER BY coalesce(q.date, a.published) DESC NULLS LAST, q.article_id, q.start, q.idx
            LIMIT %s OFFSET %s""", [*params, query.limit, query.offset])
    return [StoredQuote(*row) for row in rows]
