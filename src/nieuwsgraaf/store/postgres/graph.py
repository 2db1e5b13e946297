"""The actor network and an entity's timeline in the PostgreSQL store (as the SQLite store's
`graph.py`: the same dates rule, the same counts).

An article counts in a period by its publication date, a quote or event by its stored period
(its own date, else its article's); undated facts are left out of a windowed graph and of every
timeline.
"""

from __future__ import annotations

from typing import Any

import psycopg

from ...records import (
    EVENT_TYPES,
    GRAPH_CO_MENTION,
    GRAPH_QUOTED_ABOUT,
    TIMELINE_STEPS,
    GraphEdge,
    GraphNode,
    GraphQuery,
    TimelineBucket,
)
from ..date_sql import bucket_of
from ..timelines import fill, month_buckets, months_answer
from .dates import fact_window, published_range


def _and(sql: str | None) -> str:
    return f" AND {sql}" if sql else ""


def _among(column: str, ids: list[str] | None) -> tuple[str, list[Any]]:
    return ("", []) if ids is None else (f" AND {column} = ANY(%s)", [list(ids)])


def graph_nodes(db: psycopg.Connection, since: str | None, until: str | None, ids: list[str] | None,
                limit: int) -> list[GraphNode]:
    if since is None and until is None:  # the whole store: the running counts
        among, among_params = _among("c.entity_id", ids)
        rows = db.execute(
            f"""SELECT e.id, e.name, e.label, e.wikidata, c.articles FROM entity_counts c
                JOIN entities e ON e.id = c.entity_id WHERE c.articles > 0 {among}
                ORDER BY c.articles DESC, e.id LIMIT %s""", [*among_params, limit])
    else:
        window, params = published_range(since, until)
        among, among_params = _among("ae.entity_id", ids)
        rows = db.execute(
            f"""WITH counted AS (SELECT ae.entity_id AS id, count(*) AS n FROM articles a
                                 JOIN article_entities ae ON ae.article_id = a.id
                                 WHERE true {_and(window)} {among} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT %s)
                SELECT e.id, e.name, e.label, e.wikidata, counted.n FROM counted
                JOIN entities e ON e.id = counted.id ORDER BY counted.n DESC, e.id""",
            [*params, *among_params, limit])
    return [GraphNode(*row) for row in rows]


def graph_edges(db: psycopg.Connection, query: GraphQuery, among: list[str] | None) -> list[GraphEdge]:
    edges: list[GraphEdge] = []
    if GRAPH_CO_MENTION in query.types:
        edges += _co_mentions(db, query, among)
    if GRAPH_QUOTED_ABOUT in query.types:
        edges += _quoted_about(db, query, among)
    kinds = [t for t in query.types if t in EVENT_TYPES]
    if kinds:
        edges += _event_edges(db, query, among, kinds)
    return [edge for edge in edges if edge.weight >= query.min_weight]


def _co_mentions(db: psycopg.Connection, query: GraphQuery, among: list[str] | None) -> list[GraphEdge]:
    window, params = published_range(query.since, query.until)
    articles = ("article_entities x JOIN articles a ON a.id = x.article_id" if window else "article_entities x")
    if query.entity:
        rows = db.execute(
            f"""SELECT y.entity_id, count(*) FROM {articles}
                JOIN article_entities y ON y.article_id = x.article_id AND y.entity_id != x.entity_id
                WHERE x.entity_id = %s {_and(window)} GROUP BY 1 HAVING count(*) >= %s""",
            [query.entity, *params, query.min_weight])
        return [GraphEdge(*sorted((query.entity, other)), GRAPH_CO_MENTION, n) for other, n in rows]
    in_x, x_params = _among("x.entity_id", among)
    in_y, y_params = _among("y.entity_id", among)
    rows = db.execute(
        f"""SELECT x.entity_id, y.entity_id, count(*) FROM {articles}
            JOIN article_entities y ON y.article_id = x.article_id AND y.entity_id > x.entity_id
            WHERE true {in_x} {in_y} {_and(window)} GROUP BY 1, 2 HAVING count(*) >= %s""",
        [*x_params, *y_params, *params, query.min_weight])
    return [GraphEdge(x, y, GRAPH_CO_MENTION, n) for x, y, n in rows]


def _quoted_about(db: psycopg.Connection, query: GraphQuery, among: list[str] | None) -> list[GraphEdge]:
    window, params = fact_window("q", query.since, query.until, include_undated=False)
    by_quote = """SELECT DISTINCT q.article_id, q.idx, q.speaker, m.entity FROM quotes q JOIN mentions m
                  ON m.article_id = q.article_id AND m.start >= q.start AND m."end" <= q."end"
                  WHERE q.speaker IS NOT NULL AND m.entity IS NOT NULL AND m.entity != q.speaker"""
    if query.entity:
        sql = f"""SELECT speaker, entity, count(*) FROM (
                      {by_quote} AND q.speaker = %s {_and(window)}
                      UNION {by_quote} AND m.entity = %s {_and(window)}) about
                  GROUP BY 1, 2"""
        rows = db.execute(sql, [query.entity, *params, query.entity, *params])
    else:
        in_s, s_params = _among("q.speaker", among)
        in_m, m_params = _among("m.entity", among)
        rows = db.execute(f"SELECT speaker, entity, count(*) FROM ({by_quote} {in_s} {in_m} {_and(window)}) about "
                          "GROUP BY 1, 2", [*s_params, *m_params, *params])
    return [GraphEdge(s, t, GRAPH_QUOTED_ABOUT, n) for s, t, n in rows]


def _event_edges(db: psycopg.Connection, query: GraphQuery, among: list[str] | None,
                 kinds: list[str]) -> list[GraphEdge]:
    window, params = fact_window("ev", query.since, query.until, include_undated=False)
    base = f"""SELECT s.entity, t.entity, ev.type, count(*) FROM events ev
               JOIN event_actors s ON s.article_id = ev.article_id AND s.idx = ev.idx AND s.role = 'source'
               JOIN event_actors t ON t.article_id = ev.article_id AND t.idx = ev.idx AND t.role = 'target'
               WHERE s.entity != t.entity AND ev.type = ANY(%s) {_and(window)}"""
    if query.entity:
        rows = db.execute(f"{base} AND s.entity = %s GROUP BY 1, 2, 3 UNION ALL {base} AND t.entity = %s "
                          "GROUP BY 1, 2, 3", [kinds, *params, query.entity, kinds, *params, query.entity])
    else:
        in_s, s_params = _among("s.entity", among)
        in_t, t_params = _among("t.entity", among)
        rows = db.execute(f"{base} {in_s} {in_t} GROUP BY 1, 2, 3", [kinds, *params, *s_params, *t_params])
    return [GraphEdge(s, t, kind, n) for s, t, kind, n in rows]


def _article_counts(db: psycopg.Connection, entity_id: str, by: str, since: str | None,
                    until: str | None) -> dict[str, int]:
    if months_answer(by, since, until):
        rows = db.execute("SELECT month, articles FROM entity_months WHERE entity_id = %s", (entity_id,))
        return month_buckets(rows, by, since, until)
    window, params = published_range(since, until)
    if window:
        rows = db.execute(f"""SELECT a.published, count(*) FROM article_entities ae
                              JOIN articles a ON a.id = ae.article_id
                              WHERE ae.entity_id = %s AND {window} GROUP BY 1""", [entity_id, *params])
    else:  # the entity's index entries alone
        rows = db.execute("SELECT published, count(*) FROM article_entities WHERE entity_id = %s "
                          "AND published IS NOT NULL GROUP BY 1", (entity_id,))
    counts: dict[str, int] = {}
    for published, n in rows:
        if (label := bucket_of(published, by)) is not None:
            counts[label] = counts.get(label, 0) + n
    return counts


def timeline(db: psycopg.Connection, entity_id: str, by: str, since: str | None,
             until: str | None) -> list[TimelineBucket]:
    if by not in TIMELINE_STEPS:
        raise ValueError(f"by: one of {TIMELINE_STEPS}, not {by!r}")
    counts: dict[str, list[int]] = {}
    for label, n in _article_counts(db, entity_id, by, since, until).items():
        counts.setdefault(label, [0, 0, 0])[0] += n
    quote_window, q_params = fact_window("q", since, until, include_undated=False)
    event_window, e_params = fact_window("ev", since, until, include_undated=False)
    # A fact counts in the bucket of its own date, else of its article's (the SQLite store's
    # coalesce). The stored period is its own date's, else its article's, so it gives the bucket
    # whenever it fits in one; only a fact whose own period spans buckets needs its article's date.
    article_date = "CASE WHEN {f}.date_start <> {f}.date_end THEN (SELECT published FROM articles WHERE id = {f}.article_id) END"
    facts = (
        (1, f"""SELECT q.date_start, q.date_end, {article_date.format(f="q")}, count(*) FROM quotes q
                WHERE q.speaker = %s {_and(quote_window)} GROUP BY 1, 2, 3""", q_params),
        (2, f"""SELECT ev.date_start, ev.date_end, {article_date.format(f="ev")}, count(*) FROM events ev
                WHERE (ev.article_id, ev.idx) IN (SELECT article_id, idx FROM event_actors
                                                  WHERE entity = %s AND role IN ('source', 'target'))
                {_and(event_window)} GROUP BY 1, 2, 3""", e_params),
    )
    for column, sql, params in facts:
        for start, end, published, n in db.execute(sql, [entity_id, *params]):
            if start is None:
                continue
            first = bucket_of(start, by)
            label = first if first == bucket_of(end, by) else bucket_of(published, by)
            if label is not None:
                counts.setdefault(label, [0, 0, 0])[column] += n
    return fill(counts, by, since, until)
