"""Quotes in the PostgreSQL store: found by speaker, by what they mention, and by date."""

from __future__ import annotations

from typing import Any

import psycopg

from .dates import date_condition

_KEYS = ("article_id", "start", "end", "text", "kind", "speaker", "speaker_name", "speaker_text", "cue",
         "addressee", "date", "date_precision", "date_basis", "title", "source", "published")


def find_quotes(db: psycopg.Connection, speakers: list[str] | None, about: list[str] | None,
                about_text: str | None, since: str | None, until: str | None, limit: int,
                include_undated: bool) -> list[dict[str, Any]]:
    """Quotes as the SQLite store finds them: the quote's own date when it names a period, else
    its article's, compared by overlap; newest first."""
    filters: list[str] = []
    params: list[Any] = []
    if speakers is not None:
        filters.append("q.speaker = ANY(%s)")
        params.append(list(speakers))
    if about is not None or about_text:
        # SQLite's LIKE ignores the case of ASCII letters and has no escape character.
        filters.append("""(EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = q.article_id
                            AND m.entity = ANY(%s) AND m.start >= q.start AND m."end" <= q."end")
                           OR q.text ILIKE %s ESCAPE '')""")
        params.extend([list(about or []), f"%{about_text}%" if about_text else ""])
    dates, date_params = date_condition("coalesce(q.date_start, a.published_start)",
                                        "coalesce(q.date_end, a.published_end)", since, until, include_undated)
    if dates:
        filters.append(dates)
        params.extend(date_params)
    where = f"WHERE {' AND '.join(filters)}" if filters else ""
    rows = db.execute(
        f"""SELECT q.article_id, q.start, q."end", q.text, q.kind, q.speaker, e.name, q.speaker_text, q.cue,
                   q.addressee, q.date, q.date_precision, q.date_basis, a.title, a.source, a.published
            FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker
            {where} ORDER BY coalesce(q.date, a.published) DESC NULLS LAST, q.article_id, q.start
            LIMIT %s""", [*params, limit])
    return [dict(zip(_KEYS, row, strict=True)) for row in rows]
