"""Full-text search in the PostgreSQL store: a page of hits over the `words` index, and facet
counts over every match."""

from __future__ import annotations

from typing import Any

import psycopg

from ...records import DateValue, EntityCount, PeriodCount, SearchFacets, SearchHit, SearchQuery
from ..bounds import RANKED_MATCHES
from .dates import date_condition
from .filters import outlet_condition
from .snippets import snippet
from .syntax import TsMatch, to_tsquery

# ts_rank weights for D (text), C, B, A (title): a title word counts five times a text word,
# as bm25(articles_fts, 5.0, 1.0) weighs them in the SQLite store.
_RANK_WEIGHTS = "{0.2, 0.2, 0.2, 1.0}"


def _matches(query: SearchQuery, include_undated: bool) -> tuple[TsMatch, list[str], list[Any]]:
    """The search's words, and the WHERE conditions (with parameters) of the articles it matches."""
    match = to_tsquery(query.text)
    filters: list[str] = []
    params: list[Any] = []
    dates, date_params = date_condition("a.published_start", "a.published_end", query.since, query.until,
                                        include_undated)
    if dates:
        filters.append(dates)
        params.extend(date_params)
    if query.source:
        sql, outlet_params = outlet_condition("a.source", query.source)
        filters.append(sql)
        params.extend(outlet_params)
    if query.language:
        filters.append("a.language = %s")
        params.append(query.language)
    if match.exclude:
        filters.append("NOT (a.words @@ %s::tsquery)")
        params.append(match.exclude)
    if match.include:
        filters.insert(0, "a.words @@ %s::tsquery")
        params.insert(0, match.include)
    return match, filters, params


def search(db: psycopg.Connection, query: SearchQuery, include_undated: bool) -> list[SearchHit]:
    """Articles matching the search, best first (no words: newest first). Raises SearchSyntaxError."""
    match, filters, params = _matches(query, include_undated)
    where = f"WHERE {' AND '.join(filters)}" if filters else ""
    if match.include:
        # The RANKED_MATCHES most recently stored matches (bounds.py) are ranked, over their ids
        # only; the texts are read for the hits shown.
        sql = f"""
            WITH newest AS MATERIALIZED (SELECT a.id, a.words, a.published FROM articles a {where}
                                         ORDER BY a.stored DESC LIMIT {RANKED_MATCHES}),
                 hits AS (
                SELECT id, ts_rank('{_RANK_WEIGHTS}'::float4[], words, %s::tsquery) AS score FROM newest
                ORDER BY score DESC, published DESC NULLS LAST, id LIMIT %s OFFSET %s)
            SELECT a.id, a.title, a.source, a.published, a.published_precision, a.text, hits.score
            FROM hits JOIN articles a ON a.id = hits.id
            ORDER BY hits.score DESC, a.published DESC NULLS LAST, a.id"""
        params = [*params, match.include, query.limit, query.offset]
    else:
        sql = f"""
            SELECT a.id, a.title, a.source, a.published, a.published_precision,
                   CASE WHEN length(a.text) > 160 THEN substr(a.text, 1, 160) || '…' ELSE a.text END, 0.0
            FROM articles a {where} ORDER BY a.published DESC NULLS LAST, a.id LIMIT %s OFFSET %s"""
        params = [*params, query.limit, query.offset]
    rows = db.execute(sql, params).fetchall()
    return [
        SearchHit(
            id=row[0], title=row[1], source=row[2],
            published=DateValue(row[3], row[4]) if row[3] else None,
            snippet=snippet(row[5], match.terms) if match.include else row[5], score=float(row[6]),
        )
        for row in rows
    ]


def search_facets(db: psycopg.Connection, query: SearchQuery, include_undated: bool, top: int) -> SearchFacets:
    """How many articles match, per outlet, per month, and the `top` entities in the most of them."""
    match, filters, params = _matches(query, include_undated)
    where = f"WHERE {' AND '.join(filters)}" if filters else ""
    total = db.execute(f"SELECT count(*) FROM articles a {where}", params).fetchone()[0]
    # With words, the breakdowns count the matches a search ranks (bounds.RANKED_MATCHES).
    newest = f"ORDER BY a.stored DESC LIMIT {RANKED_MATCHES}" if match.include else ""
    rows = db.execute(f"""
        WITH hits AS MATERIALIZED (SELECT a.id, a.source, a.published FROM articles a {where} {newest})
        SELECT 'total', NULL, count(*), 0 FROM hits
        UNION ALL SELECT 'source', coalesce(source, 'unknown'), count(*), 0 FROM hits GROUP BY 2
        UNION ALL SELECT 'month', substr(published, 1, 7), count(*), 0 FROM hits
                  WHERE published IS NOT NULL GROUP BY 2
        UNION ALL (SELECT 'entity', ae.entity_id, count(*), sum(ae.mentions)
                   FROM hits JOIN article_entities ae ON ae.article_id = hits.id
                   GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT %s)""", [*params, top]).fetchall()
    by_kind: dict[str, list[tuple]] = {"total": [], "source": [], "month": [], "entity": []}
    for kind, value, count, mentions in rows:
        by_kind[kind].append((value, count, int(mentions)))
    ids = [value for value, _, _ in by_kind["entity"]]
    known = {row[0]: row for row in db.execute(
        "SELECT id, name, label, wikidata FROM entities WHERE id = ANY(%s)", (ids,))}
    return SearchFacets(
        total=total,
        sources=tuple(PeriodCount(v, n) for v, n, _ in sorted(by_kind["source"], key=lambda r: (-r[1], r[0]))),
        months=tuple(PeriodCount(v, n) for v, n, _ in sorted(by_kind["month"])),
        entities=tuple(EntityCount(v, *known[v][1:], n, m) for v, n, m in by_kind["entity"] if v in known),
    )
