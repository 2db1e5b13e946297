"""The actor network and an entity's timeline, counted in SQL. A part of SqliteStore, kept in its
own module.

Dates: an article counts in a period by its publication date, a quote or event by its own date,
else its article's (periods compared by overlap, as every date filter). Counted in a period they
must have a date; undated facts are left out of a windowed graph and out of every timeline.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ...periods import bound_end, bound_start
from ...records import (
    EVENT_TYPES,
    GRAPH_CO_MENTION,
    GRAPH_QUOTED_ABOUT,
    GraphEdge,
    GraphNode,
    GraphQuery,
    TimelineBucket,
)
from .dates import bucket_of, buckets_between, date_condition
from .filters import published_range
from .guards import guarded

MAX_FILLED_BUCKETS = 5000  # a timeline lists empty periods between its first and last, up to this many


def _window(start: str, end: str, since: str | None, until: str | None) -> tuple[str, list[Any]]:
    sql, params = date_condition(start, end, since, until, include_undated=False)
    return (f" AND {sql}" if sql else ""), params


def _article_window(since: str | None, until: str | None) -> tuple[str, list[Any]]:
    """The articles of the period: an index range on `published`, then the exact overlap rule."""
    narrow, narrow_params = published_range("a.published", since, until)
    exact, exact_params = _window("ng_period_start(a.published)", "ng_period_end(a.published)", since, until)
    return (f" AND {narrow}" if narrow else "") + exact, [*narrow_params, *exact_params]


_QUOTE_DATE = ("coalesce(ng_period_start(q.date), ng_period_start(a.published))",
               "coalesce(ng_period_end(q.date), ng_period_end(a.published))")
_EVENT_DATE = ("coalesce(ng_period_start(ev.date), ng_period_start(a.published))",
               "coalesce(ng_period_end(ev.date), ng_period_end(a.published))")


def _among(column: str, ids: list[str] | None) -> tuple[str, list[str]]:
    if ids is None:
        return "", []
    return f" AND {column} IN ({','.join('?' * len(ids))})", list(ids)


class GraphRows:
    db: sqlite3.Connection
    path: str

    @guarded
    def graph_nodes(self, since: str | None, until: str | None, ids: list[str] | None,
                    limit: int) -> list[GraphNode]:
        """Actors with the articles of the period that mention them, most first: the `limit` top
        ones, or those of `ids`."""
        among, among_params = _among("ae.entity_id", ids)
        if since is None and until is None:  # the whole store: the running counts
            among = among.replace("ae.entity_id", "c.entity_id")
            rows = self.db.execute(
                f"""SELECT e.id, e.name, e.label, e.wikidata, c.articles FROM entity_counts c
                    JOIN entities e ON e.id = c.entity_id WHERE c.articles > 0 {among}
                    ORDER BY c.articles DESC, e.id LIMIT ?""", [*among_params, limit])
        else:
            window, params = _article_window(since, until)
            rows = self.db.execute(
                f"""WITH counted AS (SELECT ae.entity_id AS id, count(*) AS n FROM articles a
                                     JOIN article_entities ae ON ae.article_id = a.id
                                     WHERE 1 {window} {among} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?)
                    SELECT e.id, e.name, e.label, e.wikidata, counted.n FROM counted
                    JOIN entities e ON e.id = counted.id ORDER BY counted.n DESC, e.id""",
                [*params, *among_params, limit])
        return [GraphNode(*row) for row in rows]

    @guarded
    def graph_edges(self, query: GraphQuery, among: list[str] | None = None) -> list[GraphEdge]:
        """Typed, weighted edges of the period with at least `query.min_weight`: those of
        `query.entity` when it is given, else those between the actors of `among` (None: all)."""
        edges: list[GraphEdge] = []
        if GRAPH_CO_MENTION in query.types:
            edges += self._co_mentions(query, among)
        if GRAPH_QUOTED_ABOUT in query.types:
            edges += self._quoted_about(query, among)
        kinds = [t for t in query.types if t in EVENT_TYPES]
        if kinds:
            edges += self._event_edges(query, among, kinds)
        return [edge for edge in edges if edge.weight >= query.min_weight]

    def _co_mentions(self, query: GraphQuery, among: list[str] | None) -> list[GraphEdge]:
        window, params = _article_window(query.since, query.until)
        if query.entity:
            rows = self.db.execute(
                f"""SELECT y.entity_id, count(*) FROM article_entities x
                    JOIN articles a ON a.id = x.article_id
                    JOIN article_entities y ON y.article_id = x.article_id AND y.entity_id != x.entity_id
                    WHERE x.entity_id = ? {window} GROUP BY 1 HAVING count(*) >= ?""",
                [query.entity, *params, query.min_weight])
            return [GraphEdge(*sorted((query.entity, other)), GRAPH_CO_MENTION, n) for other, n in rows]
        in_x, x_params = _among("x.entity_id", among)
        in_y, y_params = _among("y.entity_id", among)
        rows = self.db.execute(
            f"""SELECT x.entity_id, y.entity_id, count(*) FROM article_entities x
                JOIN articles a ON a.id = x.article_id
                JOIN article_entities y ON y.article_id = x.article_id AND y.entity_id > x.entity_id
                WHERE 1 {in_x} {in_y} {window} GROUP BY 1, 2 HAVING count(*) >= ?""",
            [*x_params, *y_params, *params, query.min_weight])
        return [GraphEdge(x, y, GRAPH_CO_MENTION, n) for x, y, n in rows]

    def _quoted_about(self, query: GraphQuery, among: list[str] | None) -> list[GraphEdge]:
        window, params = _window(*_QUOTE_DATE, query.since, query.until)
        pairs = """SELECT DISTINCT q.article_id, q.idx, q.speaker, m.entity FROM quotes q
                   JOIN articles a ON a.id = q.article_id
                   JOIN mentions m ON m.article_id = q.article_id AND m.start >= q.start AND m."end" <= q."end"
                   WHERE q.speaker IS NOT NULL AND m.entity IS NOT NULL AND m.entity != q.speaker"""
        if query.entity:
            sql = f"""SELECT speaker, entity, count(*) FROM (
                          {pairs} AND q.speaker = ? {window} UNION {pairs} AND m.entity = ? {window})
                      GROUP BY 1, 2"""
            rows = self.db.execute(sql, [query.entity, *params, query.entity, *params])
        else:
            in_s, s_params = _among("q.speaker", among)
            in_m, m_params = _among("m.entity", among)
            rows = self.db.execute(f"SELECT speaker, entity, count(*) FROM ({pairs} {in_s} {in_m} {window}) "
                                   "GROUP BY 1, 2", [*s_params, *m_params, *params])
        return [GraphEdge(s, t, GRAPH_QUOTED_ABOUT, n) for s, t, n in rows]

    def _event_edges(self, query: GraphQuery, among: list[str] | None, kinds: list[str]) -> list[GraphEdge]:
        window, params = _window(*_EVENT_DATE, query.since, query.until)
        base = f"""SELECT s.entity, t.entity, ev.type, count(*) FROM events ev
                   JOIN articles a ON a.id = ev.article_id
                   JOIN event_actors s ON s.article_id = ev.article_id AND s.idx = ev.idx AND s.role = 'source'
                   JOIN event_actors t ON t.article_id = ev.article_id AND t.idx = ev.idx AND t.role = 'target'
                   WHERE s.entity != t.entity AND ev.type IN ({','.join('?' * len(kinds))}) {window}"""
        if query.entity:
            rows = self.db.execute(
                f"{base} AND s.entity = ? GROUP BY 1, 2, 3 UNION ALL {base} AND t.entity = ? GROUP BY 1, 2, 3",
                [*kinds, *params, query.entity, *kinds, *params, query.entity])
        else:
            in_s, s_params = _among("s.entity", among)
            in_t, t_params = _among("t.entity", among)
            rows = self.db.execute(f"{base} {in_s} {in_t} GROUP BY 1, 2, 3",
                                   [*kinds, *params, *s_params, *t_params])
        return [GraphEdge(s, t, kind, n) for s, t, kind, n in rows]

    @guarded
    def timeline(self, entity_id: str, by: str, since: str | None, until: str | None) -> list[TimelineBucket]:
        """Per day, ISO week, month or year: the articles that mention the entity, the quotes it
        said and the events it is actor or recipient of; every period from the first to the last
        (or from `since` to `until`), empty ones included; no periods when nothing is counted."""
        counts: dict[str, list[int]] = {}
        article_window, a_params = _article_window(since, until)
        quote_window, q_params = _window(*_QUOTE_DATE, since, until)
        event_window, e_params = _window(*_EVENT_DATE, since, until)
        queries = (
            (0, f"""SELECT ng_bucket(a.published, ?), count(*) FROM article_entities ae
                    JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = ? {article_window}
                    GROUP BY 1""", a_params),
            (1, f"""SELECT coalesce(ng_bucket(q.date, ?1), ng_bucket(a.published, ?1)), count(*) FROM quotes q
                    JOIN articles a ON a.id = q.article_id WHERE q.speaker = ?2 {quote_window}
                    GROUP BY 1""", q_params),
            (2, f"""SELECT coalesce(ng_bucket(ev.date, ?1), ng_bucket(a.published, ?1)), count(*) FROM events ev
                    JOIN articles a ON a.id = ev.article_id
                    WHERE (ev.article_id, ev.idx) IN (SELECT article_id, idx FROM event_actors
                                                      WHERE entity = ?2 AND role IN ('source', 'target'))
                    {event_window} GROUP BY 1""", e_params),
        )
        for column, sql, params in queries:
            for label, n in self.db.execute(sql, [by, entity_id, *params]):
                if label is not None:
                    counts.setdefault(label, [0, 0, 0])[column] += n
        ends = [label for label in (bucket_of(bound_start(since), by) if since else None,
                                    bucket_of(bound_end(until), by) if until else None) if label]
        known = [*counts, *ends]
        if not counts:
            return []
        labels = buckets_between(min(known), max(known), by)
        if len(labels) > MAX_FILLED_BUCKETS:
            labels = sorted(counts)
        return [TimelineBucket(label, *counts.get(label, (0, 0, 0))) for label in labels]
