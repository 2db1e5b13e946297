"""Full-text search in the SQLite store: a page of hits, and facet counts over every match.
A part of SqliteStore, kept in its own module."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from ...records import DateValue, EntityCount, PeriodCount, SearchFacets, SearchHit, SearchQuery
from ..bounds import RANKED_MATCHES
from .dates import date_condition
from .filters import outlet_condition, published_range
from .fts import syntax_error, to_match
from .guards import guarded


class SearchRows:
    db: sqlite3.Connection
    path: str
    entities_by_id: Callable[[list[str]], list[EntityCount]]  # EntityRows's, in SqliteStore

    def _matches(self, query: SearchQuery, include_undated: bool,
                 join_articles: bool = False) -> tuple[str, list[Any], bool]:
        """FROM ... WHERE ... of the articles a search matches, its parameters, and whether it ranks
        (words to match: `articles_fts` is joined). Either way `f` names the matches' filter columns
        (id, published, source, language); with words they come from the narrow `article_filters`
        (migration 0012), so walking many matches reads no article text, and `articles a` is joined
        only when asked (`join_articles`), for the page of hits."""
        match = to_match(query.text)
        filters, params = [], []
        dates, date_params = date_condition("ng_period_start(f.published)", "ng_period_end(f.published)",
                                             query.since, query.until, include_undated)
        narrow, narrow_params = published_range("f.published", query.since, query.until)
        if narrow and not include_undated:  # plain string comparisons first: the period rule's
            filters.append(narrow)          # functions then run on the period's articles only
            params.extend(narrow_params)
        if dates:
            filters.append(dates)
            params.extend(date_params)
        if query.source:
            sql, outlet_params = outlet_condition("f.source", query.source)
            filters.append(sql)
            params.extend(outlet_params)
        if query.language:
            filters.append("f.language = ?")
            params.append(query.language)
        if match.exclude:
            filters.append("f.rowid NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
                           if not match.include else
                           "articles_fts.rowid NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            params.append(match.exclude)
        if match.include:
            where = " AND ".join(["articles_fts MATCH ?", *filters])
            articles = " JOIN articles a ON a.rowid = articles_fts.rowid" if join_articles else ""
            return (f"FROM articles_fts JOIN article_filters f ON f.article_rowid = articles_fts.rowid{articles} "
                    f"WHERE {where}", [match.include, *params], True)
        return f"FROM articles f {'WHERE ' + ' AND '.join(filters) if filters else ''}", params, False

    def _run(self, query: SearchQuery, sql: str, params: list[Any]) -> list[tuple]:
        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.OperationalError as error:
            if mistake := syntax_error(query.text, error):
                raise mistake from error
            raise

    def _newest_matches(self, query: SearchQuery, source: str, params: list[Any]) -> tuple[str, list[Any]]:
        """A condition keeping the RANKED_MATCHES most recently stored matches (bounds.py), found by
        walking the index's rowids backwards; none when there are fewer."""
        cut = self._run(query, f"SELECT articles_fts.rowid {source} ORDER BY articles_fts.rowid DESC "
                               "LIMIT 1 OFFSET ?", [*params, RANKED_MATCHES - 1])
        return (" AND articles_fts.rowid >= ?", [cut[0][0]]) if cut else ("", [])

    @guarded
    def search(self, query: SearchQuery, include_undated: bool = False) -> list[SearchHit]:
        source, params, ranked = self._matches(query, include_undated)
        if ranked:
            newest, newest_params = self._newest_matches(query, source, params)
            source = self._matches(query, include_undated, join_articles=True)[0] + newest
            params = [*params, *newest_params]
            sql = f"""
                SELECT a.id, a.title, a.source, a.published, a.published_precision,
                       snippet(articles_fts, 1, '[', ']', '…', 14), bm25(articles_fts, 5.0, 1.0)
                {source} ORDER BY bm25(articles_fts, 5.0, 1.0), a.published DESC, a.id LIMIT ? OFFSET ?"""
        else:  # no words to rank by: the newest first
            sql = f"""
                SELECT f.id, f.title, f.source, f.published, f.published_precision,
                       CASE WHEN length(f.text) > 160 THEN substr(f.text, 1, 160) || '…' ELSE f.text END, 0.0
                {source} ORDER BY f.published DESC, f.id LIMIT ? OFFSET ?"""
        rows = self._run(query, sql, [*params, query.limit, query.offset])
        return [
            SearchHit(
                id=row[0], title=row[1], source=row[2],
                published=DateValue(row[3], row[4]) if row[3] else None,
                snippet=row[5], score=-row[6] or 0.0,  # bm25 is lower for better; no words: 0
            )
            for row in rows
        ]

    @guarded
    def search_facets(self, query: SearchQuery, include_undated: bool = False, top: int = 10) -> SearchFacets:
        """How many articles match, per outlet, per month and for the `top` entities among them."""
        source, params, ranked = self._matches(query, include_undated)
        total = self._run(query, f"SELECT count(*) {source}", params)[0][0]
        if ranked:  # the breakdowns count the matches a search ranks (bounds.RANKED_MATCHES)
            newest, newest_params = self._newest_matches(query, source, params)
            source, params = source + newest, [*params, *newest_params]
        # One statement, so the match set is computed once; CROSS JOIN keeps the hits driving the
        # join (the planner would otherwise read every article_entities row and probe the hits).
        rows = self._run(query, f"""
            WITH hits AS MATERIALIZED (SELECT f.id, f.source, f.published {source})
            SELECT 'total', NULL, count(*), 0 FROM hits
            UNION ALL SELECT 'source', coalesce(source, 'unknown'), count(*), 0 FROM hits GROUP BY 2
            UNION ALL SELECT 'month', substr(published, 1, 7), count(*), 0 FROM hits
                      WHERE published IS NOT NULL GROUP BY 2
            UNION ALL SELECT * FROM (
                SELECT 'entity', ae.entity_id, count(*), sum(ae.mentions)
                FROM hits CROSS JOIN article_entities ae ON ae.article_id = hits.id
                GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT ?)""", [*params, top])
        by_kind: dict[str, list[tuple]] = {"total": [], "source": [], "month": [], "entity": []}
        for kind, value, count, mentions in rows:
            by_kind[kind].append((value, count, mentions))
        known = {e.id: e for e in self.entities_by_id([value for value, _, _ in by_kind["entity"]])}
        return SearchFacets(
            total=total,
            sources=tuple(PeriodCount(v, n) for v, n, _ in sorted(by_kind["source"], key=lambda r: (-r[1], r[0]))),
            months=tuple(PeriodCount(v, n) for v, n, _ in sorted(by_kind["month"])),
            entities=tuple(EntityCount(v, known[v].name, known[v].label, known[v].wikidata, n, m)
                           for v, n, m in by_kind["entity"] if v in known),
        )
