"""Whole tables out as streams, for `nieuwsgraaf export`. A part of SqliteStore, kept in its own
module: each method reads through one cursor, so an export's memory stays flat."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from ...records import StoredArticle
from .dates import date_condition
from .filters import published_range


class ExportRows:
    db: sqlite3.Connection

    def iter_articles(self, since: str | None = None, until: str | None = None,
                      include_undated: bool = False) -> Iterator[StoredArticle]:
        """Articles of the period, oldest first and undated last, with their story and the first
        stored copy they repeat."""
        filters, params = [], []
        narrow, narrow_params = published_range("a.published", since, until)
        if narrow and not include_undated:  # the date index narrows; the overlap rule decides
            filters.append(narrow)
            params.extend(narrow_params)
        exact, exact_params = date_condition("ng_period_start(a.published)", "ng_period_end(a.published)",
                                             since, until, include_undated)
        if exact:
            filters.append(exact)
            params.extend(exact_params)
        where = f"WHERE {' AND '.join(filters)}" if filters else ""
        cursor = self.db.execute(
            f"""SELECT a.id, a.url, a.source, a.agency, a.title, a.published, a.published_precision,
                       a.language, a.text, sa.story_id, d.duplicate_of
                FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id
                LEFT JOIN duplicates d ON d.article_id = a.id
                {where} ORDER BY a.published IS NULL, a.published, a.id""", params)
        try:
            yield from (StoredArticle(*row) for row in cursor)
        finally:
            cursor.close()
