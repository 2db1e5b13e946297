"""Quotes in the SQLite store, read back as records. A part of SqliteStore, kept in its own module."""

from __future__ import annotations

import sqlite3

from ...records import QuoteQuery, StoredQuote
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
        if query.speakers is not None:
            filters.append(f"q.speaker IN ({','.join('?' * len(query.speakers))})")
            params.extend(query.speakers)
        about = []
        if query.about:
            # The quotes that contain a mention of one of the ids, found once from the mentions'
            # index (a lookup per quote would read every mention of a frequent entity each time).
            about.append(f"""(q.article_id, q.idx) IN (
                SELECT inner_q.article_id, inner_q.idx FROM mentions m JOIN quotes inner_q
                ON inner_q.article_id = m.article_id AND m.start >= inner_q.start AND m."end" <= inner_q."end"
                WHERE m.entity IN ({','.join('?' * len(query.about))}))""")
            params.extend(query.about)
        if query.about_text:
            about.append("q.text LIKE ?")
            params.append(f"%{query.about_text}%")
        if query.about is not None or query.about_text:
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
        rows = self.db.execute(
            f"""SELECT q.article_id, q.start, q."end", q.text, q.kind, q.speaker, e.name, q.speaker_text, q.cue,
                       q.addressee, q.date, q.date_precision, q.date_basis, a.title, a.source, a.published
                FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker
                {where} ORDER BY coalesce(q.date, a.published) DESC, q.article_id, q.start, q.idx
                LIMIT ? OFFSET ?""", [*params, query.limit, query.offset])
        return [StoredQuote(*row) for row in rows]
