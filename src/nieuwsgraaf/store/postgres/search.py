"""Full-text search in the PostgreSQL store: a tsquery over the `words` index, with the filters."""

from __future__ import annotations

import re
from typing import Any

import psycopg

from ...records import DateValue, SearchHit, SearchQuery
from .dates import date_condition
from .snippets import snippet
from .syntax import to_tsquery

# ts_rank weights for D (text), C, B, A (title): a title word counts five times a text word,
# as bm25(articles_fts, 5.0, 1.0) weighs them in the SQLite store.
_RANK_WEIGHTS = "{0.2, 0.2, 0.2, 1.0}"


def _host(source: str) -> str:
    """'https://www.NU.nl/economie' -> 'nu.nl': the outlet as the source filter compares it."""
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", source.strip().lower()).split("/")[0]
    return host.removeprefix("www.")


def _filters(query: SearchQuery, include_undated: bool) -> tuple[list[str], list[Any]]:
    filters: list[str] = []
    params: list[Any] = []
    dates, date_params = date_condition("a.published_start", "a.published_end", query.since, query.until,
                                        include_undated)
    if dates:
        filters.append(dates)
        params.extend(date_params)
    if query.source:
        host = _host(query.source)
        # the outlet itself, or any of its subdomains (www.nu.nl, m.nu.nl for nu.nl)
        filters.append("(lower(a.source) = %s OR right(lower(a.source), %s) = %s)")
        params.extend([host, len(host) + 1, "." + host])
    if query.language:
        filters.append("a.language = %s")
        params.append(query.language)
    return filters, params


def search(db: psycopg.Connection, query: SearchQuery, include_undated: bool) -> list[SearchHit]:
    """Articles matching the search, best first (no words: newest first). Raises SearchSyntaxError."""
    match = to_tsquery(query.text)
    filters, params = _filters(query, include_undated)
    if match.exclude:
        filters.append("NOT (a.words @@ %s::tsquery)")
        params.append(match.exclude)
    if match.include:
        # Ranked first over ids only; the texts are read for the hits shown.
        sql = f"""
            WITH hits AS (
                SELECT a.id, ts_rank('{_RANK_WEIGHTS}'::float4[], a.words, %s::tsquery) AS score
                FROM articles a WHERE {' AND '.join(['a.words @@ %s::tsquery', *filters])}
                ORDER BY score DESC, a.published DESC NULLS LAST, a.id LIMIT %s)
            SELECT a.id, a.title, a.source, a.published, a.published_precision, a.text, hits.score
            FROM hits JOIN articles a ON a.id = hits.id
            ORDER BY hits.score DESC, a.published DESC NULLS LAST, a.id"""
        params = [match.include, match.include, *params, query.limit]
    else:
        where = f"WHERE {' AND '.join(filters)}" if filters else ""
        sql = f"""
            SELECT a.id, a.title, a.source, a.published, a.published_precision,
                   CASE WHEN length(a.text) > 160 THEN substr(a.text, 1, 160) || '…' ELSE a.text END, 0.0
            FROM articles a {where} ORDER BY a.published DESC NULLS LAST, a.id LIMIT %s"""
        params = [*params, query.limit]
    rows = db.execute(sql, params).fetchall()
    return [
        SearchHit(
            id=row[0], title=row[1], source=row[2],
            published=DateValue(row[3], row[4]) if row[3] else None,
            snippet=snippet(row[5], match.terms) if match.include else row[5], score=float(row[6]),
        )
        for row in rows
    ]
