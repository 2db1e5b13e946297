"""Whole tables out as streams, for `nieuwsgraaf export`: server-side cursors, so an export's
memory stays flat. Answers as store/sqlite/exports.py does."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg

from ...records import StoredArticle
from .dates import date_condition


def iter_articles(db: psycopg.Connection, since: str | None, until: str | None,
                  include_undated: bool) -> Iterator[StoredArticle]:
    """Articles of the period, oldest first and undated last, with their story and the first
    stored copy they repeat (inside the caller's transaction)."""
    dates, params = date_condition("a.published_start", "a.published_end", since, until, include_undated)
    where = f"WHERE {dates}" if dates else ""
    with db.cursor(name="ng_articles") as cursor:
        cursor.itersize = 500
        cursor.execute(
            f"""SELECT a.id, a.url, a.source, a.agency, a.title, a.published, a.published_precision,
                       a.language, a.text, sa.story_id, d.duplicate_of
                FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id
                LEFT JOIN duplicates d ON d.article_id = a.id
                {where} ORDER BY a.published IS NULL, a.published, a.id""", params)
        yield from (StoredArticle(*row) for row in cursor)
