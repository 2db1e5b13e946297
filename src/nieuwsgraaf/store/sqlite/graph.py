"""The actor network and an entity's timeline, counted in SQL. A part of SqliteStore, kept in its
own module.

Dates: an article counts in a period by its publication date, a quote or event by its own date,
else its article's (periods compared by overlap, as every date filter). Counted in a period they
must have a date; undated facts are left out of a windowed graph and out of every timeline.
"""

from __future__ import annotations

import sqlite3
from typing import Any

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
from ..timelines import fill, month_buckets, months_answer
from .dates import bucket_of, date_condition, fact_window
from .filters import published_range
from .guards import guarded


def _window(start: str, end: str, since: str | None, until: str | None) -> tuple[str, list[Any]]:
    sql, params = date_condition(start, end, since, until, include_undated=False)
    return (f" AND {sql}" if sql else ""), params


def _article_window(since: str | None, until: str | None) -> tuple[str, list[Any]]:
    """The articles of the period: an index range on `published`, then the exact overlap rule."""
    narrow, narrow_params = published_range("a.published", since, until)
    exact, exact_params = _window("ng_period_start(a.published)", "ng_period_end(a.published)", since, until)
    return (f" AND {narrow}" if narrow else "") + exact, [*narrow_params, *exact_params]


def _fact_window(alias: str, since: str | None, until: str | None) -> tuple[str, list[Any]]:
    """The quotes or events of the period, by their stored period (migration 0008)."""
    sql, params = fact_window(alias, since, until, include_undated=False)
    return (f" AND {sql}" if sql else ""), params


def _among(column: str, ids: list[str] | None, indexed: bool = False) -> tuple[str, list[str]]:
    """`column` IN `ids`; unless `indexed`, tested on rows already found (a unary + keeps SQLite
    from probing the index once per id for every row: 100 ids made a one-year graph 5 times slower)."""
    if ids is None:
        return "", []
    return f" AND {'' if indexed else '+'}{column} IN ({','.join('?' * len(ids))})", list(ids)


class GraphRows:
    db: sqlite3.Connection
    path: str

    @guarded
    def graph_nodes(self, since: str | None, until: str | None, ids: list[str] | None,
                    limit: int) -> list[GraphNode]:
        """Actors with the articles of the period that mention them, most first: the `limit` top
        ones, or those of `ids`."""
        if since is None and until is None:  # the whole store: the running counts
            among, among_params = _among("c.entity_id", ids, indexed=True)
            rows = self.db.execute(
                f"""SELECT e.id, e.name, e.label, e.wikidata, c.articles FROM entity_counts c
                    JOIN entities e ON e.id = c.entity_id WHERE c.articles > 0 {among}
                    ORDER BY c.articles DESC, e.id LIMIT ?""", [*among_params, limit])
        else:
            window, params = _article_window(since, until)
            among, among_params = _among("ae.entity_id", ids)  # the period's articles drive
            rows = self.db.execute(
                f"""WITH counted AS (SELECT ae.entity_id AS id, count(*) AS n FROM articles a
                                     CROSS JOIN article_entities ae ON ae.article_id = a.id
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
        # With a window, its articles drive the join (CROSS JOIN keeps that order); without one,
        # the entities' own index rows do.
        if window:
            articles = "articles a CROSS JOIN article_entities x ON x.article_id = a.id"
        else:
            articles = "article_entities x"
        if query.entity:
            rows = self.db.execute(
                f"""SELECT y.entity_id, count(*) FROM {articles}
                    CROSS JOIN article_entities y ON y.article_id = x.article_id AND y.entity_id != x.entity_id
                    WHERE x.entity_id = ? {window} GROUP BY 1 HAVING count(*) >= ?""",
                [query.entity, *params, query.min_weight])
            return [GraphEdge(*sorted((query.entity, other)), GRAPH_CO_MENTION, n) for other, n in rows]
        in_x, x_params = _among("x.entity_id", among)
        in_y, y_params = _among("y.entity_id", among)
        rows = self.db.execute(
            f"""SELECT x.entity_id, y.entity_id, count(*) FROM {articles}
                CROSS JOIN article_entities y ON y.article_id = x.article_id AND y.entity_id > x.entity_id
                WHERE 1 {in_x} {in_y} {window} GROUP BY 1, 2 HAVING count(*) >= ?""",
            [*x_params, *y_params, *params, query.min_weight])
        return [GraphEdge(x, y, GRAPH_CO_MENTION, n) for x, y, n in rows]

    def _quoted_about(self, query: GraphQuery, among: list[str] | None) -> list[GraphEdge]:
        window, params = _fact_window("q", query.since, query.until)
        match = 'm.article_id = q.article_id AND m.start >= q.start AND m."end" <= q."end"'
        keep = "q.speaker IS NOT NULL AND m.entity IS NOT NULL AND m.entity != q.speaker"
        by_quote = f"SELECT DISTINCT q.article_id, q.idx, q.speaker, m.entity FROM quotes q CROSS JOIN mentions m ON {match}"
        if query.entity:
            if window:  # the quotes of the period drive; `+m.entity` keeps the mentions on their article index
                about = f"{by_quote} WHERE {keep} AND +m.entity = ? {window}"
            else:  # the entity's mentions drive
                about = (f"SELECT DISTINCT q.article_id, q.idx, q.speaker, m.entity FROM mentions m "
                         f"CROSS JOIN quotes q ON {match} WHERE {keep} AND m.entity = ?")
            sql = f"""SELECT speaker, entity, count(*) FROM (
                          {by_quote} WHERE {keep} AND q.speaker = ? {window} UNION {about})
                      GROUP BY 1, 2"""
            rows = self.db.execute(sql, [query.entity, *params, query.entity, *(params if window else [])])
        else:
            in_s, s_params = _among("q.speaker", among)
            in_m, m_params = _among("m.entity", among)
            rows = self.db.execute(f"SELECT speaker, entity, count(*) FROM ({by_quote} WHERE {keep} {in_s} {in_m} "
                                   f"{window}) GROUP BY 1, 2", [*s_params, *m_params, *params])
        return [GraphEdge(s, t, GRAPH_QUOTED_ABOUT, n) for s, t, n in rows]

    def _event_edges(self, query: GraphQuery, among: list[str] | None, kinds: list[str]) -> list[GraphEdge]:
        window, params = _fact_window("ev", query.since, query.until)
        # `+ev.type`: the planner, without statistics, would read every event of a type by its index;
        # a period (its index) or an actor (event_actors' index) narrows far more.
        types = f"+ev.type IN ({','.join('?' * len(kinds))})"
        select = "SELECT s.entity, t.entity, ev.type, count(*)"
        roles = """event_actors s ON s.article_id = ev.article_id AND s.idx = ev.idx AND s.role = 'source'
                   CROSS JOIN event_actors t ON t.article_id = ev.article_id AND t.idx = ev.idx AND t.role = 'target'"""
        base = f"{select} FROM events ev CROSS JOIN {roles} WHERE s.entity != t.entity AND {types} {window}"
        if query.entity and window:
            rows = self.db.execute(
                f"{base} AND s.entity = ? GROUP BY 1, 2, 3 UNION ALL {base} AND t.entity = ? GROUP BY 1, 2, 3",
                [*kinds, *params, query.entity, *kinds, *params, query.entity])
        elif query.entity:  # the entity's own rows in event_actors drive
            rows = []
            for role in ("source", "target"):
                rows += self.db.execute(
                    f"""{select} FROM event_actors me
                        CROSS JOIN events ev ON ev.article_id = me.article_id AND ev.idx = me.idx
                        CROSS JOIN {roles}
                        WHERE me.entity = ? AND me.role = '{role}' AND {role[0]}.entity = me.entity
                              AND s.entity != t.entity AND {types} GROUP BY 1, 2, 3""",
                    [query.entity, *kinds]).fetchall()
        else:
            in_s, s_params = _among("s.entity", among)
            in_t, t_params = _among("t.entity", among)
            rows = self.db.execute(f"{base} {in_s} {in_t} GROUP BY 1, 2, 3",
                                   [*kinds, *params, *s_params, *t_params])
        return [GraphEdge(s, t, kind, n) for s, t, kind, n in rows]

    def _article_buckets(self, entity_id: str, by: str, since: str | None, until: str | None) -> dict[str, int]:
        """Articles mentioning the entity per bucket: from its running counts per month when they
        can answer (`timelines.months_answer`), else from its rows of the (entity_id, published) index."""
        if months_answer(by, since, until):
            rows = self.db.execute("SELECT month, articles FROM entity_months WHERE entity_id = ?", (entity_id,))
            return month_buckets(rows, by, since, until)
        window, params = _article_window(since, until)
        if window:
            rows = self.db.execute(f"""SELECT a.published, count(*) FROM article_entities ae
                                       JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = ? {window}
                                       GROUP BY 1""", [entity_id, *params])
        else:
            rows = self.db.execute("SELECT published, count(*) FROM article_entities WHERE entity_id = ? "
                                   "AND published IS NOT NULL GROUP BY 1", (entity_id,))
        counts: dict[str, int] = {}
        for published, n in rows:
            if (label := bucket_of(published, by)) is not None:
                counts[label] = counts.get(label, 0) + n
        return counts

    @guarded
    def timeline(self, entity_id: str, by: str, since: str | None, until: str | None) -> list[TimelineBucket]:
        """Per day, ISO week, month or year: the articles that mention the entity, the quotes it
        said and the events it is actor or recipient of; every period from the first to the last
        (or from `since` to `until`), empty ones included; no periods when nothing is counted."""
        if by not in TIMELINE_STEPS:
            raise ValueError(f"by: one of {TIMELINE_STEPS}, not {by!r}")
        counts: dict[str, list[int]] = {}
        for label, n in self._article_buckets(entity_id, by, since, until).items():
            counts.setdefault(label, [0, 0, 0])[0] += n
        quote_window, q_params = _fact_window("q", since, until)
        event_window, e_params = _fact_window("ev", since, until)
        # A fact counts in the bucket of its own date, else of its article's. Its stored period is
        # its own date's, else its article's, so it gives the bucket whenever it fits in one; only a
        # fact whose own period spans buckets reads its article's date (as the PostgreSQL store).
        article_date = ("CASE WHEN {f}.date_start <> {f}.date_end "
                        "THEN (SELECT published FROM articles WHERE id = {f}.article_id) END")
        facts = (
            (1, f"""SELECT q.date_start, q.date_end, {article_date.format(f="q")}, count(*) FROM quotes q
                    WHERE q.speaker = ? {quote_window} GROUP BY 1, 2, 3""", q_params),
            (2, f"""SELECT ev.date_start, ev.date_end, {article_date.format(f="ev")}, count(*) FROM events ev
                    WHERE (ev.article_id, ev.idx) IN (SELECT article_id, idx FROM event_actors
                                                      WHERE entity = ? AND role IN ('source', 'target'))
                    {event_window} GROUP BY 1, 2, 3""", e_params),
        )
        for column, sql, params in facts:
            for start, end, published, n in self.db.execute(sql, [entity_id, *params]):
                if start is None:
                    continue
                first = bucket_of(start, by)
                label = first if first == bucket_of(end, by) else bucket_of(published, by)
                if label is not None:
                    counts.setdefault(label, [0, 0, 0])[column] += n
        return fill(counts, by, since, until)
