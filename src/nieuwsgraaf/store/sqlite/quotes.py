"""Quotes in the SQLite store, read back as records. A part of SqliteStore, kept in its own module."""

from __future__ import annotations

import sqlite3

from ...records import QuoteQuery, StoredQuote
from ..patterns import contains_pattern
from .dates import fact_window
from .filters import outlet_condition
from .guards import guarded


class QuoteRows:
    db: sqlite3.Connection
    path: str

    @guarded
    def find_quotes(self, query: QuoteQuery) -> list[StoredQuote]:
        """Quotes filtered by speaker ids, by entities or words inside the quote, by outlet and by
        date: the quote's own date when it names a period, else its article's, compared by overlap."""
        filters, params = [], []
        # One speaker or one entity inside: its rows of a (entity, sort_date) index drive the
        # query in list order, so the newest quotes are read first and LIMIT stops early
        # (migration 0011). Several ids would repeat or interleave rows, so they filter instead.
        source = "quotes q"
        if query.speakers is not None:
            filters.append(f"q.speaker IN ({','.join('?' * len(query.speakers))})")
            params.extend(query.speakers)
        about = []
        if query.about and len(query.about) == 1 and not query.about_text and query.speakers is None:
            source = "quote_entities x CROSS JOIN quotes q ON q.article_id = x.article_id AND q.idx = x.idx"
            filters.append("x.entity_id = ?")
            params.extend(query.about)
        elif query.about:
            # The quotes that contain a mention of one of the ids (the quote_entities rows).
            about.append(f"""(q.article_id, q.idx) IN (SELECT article_id, idx FROM quote_entities
                              WHERE entity_id IN ({','.join('?' * len(query.about))}))""")
            params.extend(query.about)
        if query.about_text:
            about.append("q.text LIKE ? ESCAPE '\\'")
            params.append(contains_pattern(query.about_text))
        if about or (query.about is not None and not query.about):
            filters.append(f"({' OR '.join(about)})" if about else "0")
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
        order = "x.sort_date DESC, x.article_id, x.start, x.idx" if source != "quotes q" else \
            "q.sort_date DESC, q.article_id, q.start, q.idx"
        rows = self.db.execute(
            f"""SELECT q.article_id, q.start, q."end", q.text, q.kind, q.speaker, e.name, q.speaker_text, q.cue,
                       q.addressee, q.date, q.date_precision, q.date_basis, a.title, a.source, a.published
                FROM {source} JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker
                {where} ORDER BY {order} LIMIT ? OFFSET ?""", [*params, query.limit, query.offset])
        return [StoredQuote(*row) for row in rows]
