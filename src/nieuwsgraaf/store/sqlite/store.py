"""The embedded default store: one SQLite file in WAL mode with an FTS5 index."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ...document import document_to_json
from ...periods import period_end, period_start
from ...records import (
    Analysis,
    CorpusStats,
    DateValue,
    EntityCount,
    SearchHit,
    SearchQuery,
)
from ..base import StoreError
from .dates import date_condition
from .events import EventRows
from .fts import syntax_error, to_match
from .guards import guarded
from .opening import explain, open_for_reading, open_for_writing
from .stories import StoryRows


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _host(source: str) -> str:
    """'https://www.NU.nl/economie' -> 'nu.nl': the outlet as the source filter compares it."""
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", source.strip().lower()).split("/")[0]
    return host.removeprefix("www.")


class SqliteStore(EventRows, StoryRows):
    """A Store over one SQLite file. One writer at a time; readers run alongside (WAL).

    `readonly` opens with SQLite's mode=ro (queries); otherwise the file is checked, probed for
    writing and migrated, all before the first article is read (see `opening`).
    """

    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = str(path)
        self.readonly = readonly
        self.db = open_for_reading(self.path) if readonly else open_for_writing(self.path)
        self.db.create_function("ng_period_start", 1, period_start, deterministic=True)
        self.db.create_function("ng_period_end", 1, period_end, deterministic=True)

    # -- writing -----------------------------------------------------------------

    @guarded
    def has_article(self, article_id: str) -> bool:
        row = self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def _insert(self, analysis: Analysis, now: str) -> bool:
        article = analysis.article
        published = article.published
        cursor = self.db.execute(
            """INSERT OR IGNORE INTO articles (id, url, source, agency, title, published,
                   published_precision, language, text, origin, format, document, ingested_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                article.id, article.url, article.source, article.agency, article.title,
                published.value if published else None,
                published.precision if published else None,
                article.language, article.text, article.origin, article.format,
                json.dumps(document_to_json(analysis), ensure_ascii=False), now,
            ),
        )
        inserted = cursor.rowcount == 1
        if inserted:
            self.db.executemany(
                'INSERT INTO mentions (article_id, idx, start, "end", text, label, entity) '
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (article.id, idx, m.start, m.end, m.text, m.label, m.entity)
                    for idx, m in enumerate(analysis.mentions)
                ],
            )
            self.db.executemany(
                "INSERT OR IGNORE INTO entities (id, name, label, wikidata) VALUES (?, ?, ?, ?)",
                [(e.id, e.name, e.label, e.wikidata) for e in analysis.entities],
            )
            self.db.executemany(
                "INSERT INTO article_entities (article_id, entity_id, mentions) VALUES (?, ?, ?)",
                [(article.id, e.id, len(e.mentions)) for e in analysis.entities],
            )
            self.db.executemany(
                'INSERT INTO quotes (article_id, idx, start, "end", text, kind, speaker, speaker_text, cue, '
                "addressee, date, date_precision, date_basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(article.id, i, q.start, q.end, q.text, q.kind, q.speaker, q.speaker_text, q.cue, q.addressee,
                  q.date.value if q.date else None, q.date.precision if q.date else None,
                  q.date.basis if q.date else None) for i, q in enumerate(analysis.quotes)],
            )
            self._insert_events(analysis)
        self._sighting(article.id, article.origin, article.url, article.source, now)
        return inserted

    def _sighting(self, article_id: str, origin: str, url: str | None, source: str | None, now: str) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO sightings (article_id, origin, url, source, seen_at) VALUES (?, ?, ?, ?, ?)",
            (article_id, origin, url, source, now),
        )

    def add_analyses(self, analyses: Sequence[Analysis]) -> list[bool]:
        now = _now()
        try:
            with self.db:
                return [self._insert(analysis, now) for analysis in analyses]
        except sqlite3.Error as error:
            raise StoreError(f"could not store {len(analyses)} articles: {explain(self.path, error)}") from error

    @guarded
    def add_sighting(self, article_id: str, origin: str, url: str | None, source: str | None) -> None:
        with self.db:
            self._sighting(article_id, origin, url, source, _now())

    # -- reading -----------------------------------------------------------------

    @guarded
    def get_document(self, article_id: str) -> dict[str, Any] | None:
        rows = self.db.execute(
            "SELECT document FROM articles WHERE id = ? OR (length(?) >= 6 AND id LIKE ? || '%') LIMIT 2",
            (article_id, article_id, article_id),
        ).fetchall()
        if len(rows) != 1:
            return None
        return json.loads(rows[0][0])

    @guarded
    def sightings(self, article_id: str) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT origin, url, source, seen_at FROM sightings WHERE article_id = ? ORDER BY seen_at, origin",
            (article_id,),
        )
        return [dict(zip(("origin", "url", "source", "seen_at"), row, strict=True)) for row in rows]

    def _article_filters(self, query: SearchQuery, include_undated: bool) -> tuple[list[str], list[Any]]:
        filters: list[str] = []
        params: list[Any] = []
        dates, date_params = date_condition("ng_period_start(a.published)", "ng_period_end(a.published)",
                                             query.since, query.until, include_undated)
        if dates:
            filters.append(dates)
            params.extend(date_params)
        if query.source:
            host = _host(query.source)
            # the outlet itself, or any of its subdomains (www.nu.nl, m.nu.nl for nu.nl)
            filters.append("(lower(a.source) = ? OR substr(lower(a.source), -?) = ?)")
            params.extend([host, len(host) + 1, "." + host])
        if query.language:
            filters.append("a.language = ?")
            params.append(query.language)
        return filters, params

    @guarded
    def search(self, query: SearchQuery, include_undated: bool = False) -> list[SearchHit]:
        match = to_match(query.text)
        filters, params = self._article_filters(query, include_undated)
        if match.exclude:
            filters.append("a.rowid NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            params.append(match.exclude)
        if match.include:
            sql = f"""
                SELECT a.id, a.title, a.source, a.published, a.published_precision,
                       snippet(articles_fts, 1, '[', ']', '…', 14), bm25(articles_fts, 5.0, 1.0)
                FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
                WHERE {' AND '.join(['articles_fts MATCH ?', *filters])}
                ORDER BY bm25(articles_fts, 5.0, 1.0), a.published DESC LIMIT ?"""
            params.insert(0, match.include)
        else:  # no words to rank by: the newest first
            where = f"WHERE {' AND '.join(filters)}" if filters else ""
            sql = f"""
                SELECT a.id, a.title, a.source, a.published, a.published_precision,
                       CASE WHEN length(a.text) > 160 THEN substr(a.text, 1, 160) || '…' ELSE a.text END, 0.0
                FROM articles a {where} ORDER BY a.published DESC, a.id LIMIT ?"""
        try:
            rows = self.db.execute(sql, [*params, query.limit]).fetchall()
        except sqlite3.OperationalError as error:
            if mistake := syntax_error(query.text, error):
                raise mistake from error
            raise
        return [
            SearchHit(
                id=row[0], title=row[1], source=row[2],
                published=DateValue(row[3], row[4]) if row[3] else None,
                snippet=row[5], score=-row[6] or 0.0,  # bm25 is lower for better; no words: 0
            )
            for row in rows
        ]

    def _counts(self, sql: str) -> tuple[tuple[str, int], ...]:
        return tuple((row[0] if row[0] is not None else "unknown", row[1]) for row in self.db.execute(sql))

    @guarded
    def stats(self) -> CorpusStats:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return CorpusStats(
            articles=one("SELECT count(*) FROM articles"),
            sightings=one("SELECT count(*) FROM sightings"),
            mentions=one("SELECT count(*) FROM mentions"),
            by_source=self._counts(
                "SELECT source, count(*) FROM articles GROUP BY source ORDER BY count(*) DESC, source"
            ),
            by_month=self._counts(
                "SELECT substr(published, 1, 7), count(*) FROM articles WHERE published IS NOT NULL "
                "GROUP BY 1 ORDER BY 1"
            ),
            by_language=self._counts(
                "SELECT language, count(*) FROM articles GROUP BY language ORDER BY count(*) DESC"
            ),
            undated=one("SELECT count(*) FROM articles WHERE published IS NULL"),
        )

    # -- entities ------------------------------------------------------------------

    _ENTITY_COUNT = """SELECT e.id, e.name, e.label, e.wikidata, count(ae.article_id), coalesce(sum(ae.mentions), 0)
                       FROM entities e JOIN article_entities ae ON ae.entity_id = e.id"""

    @guarded
    def top_entities(self, label: str | None = None, limit: int = 50) -> list[EntityCount]:
        # The running counts (migration 0007), read in the order of their index.
        where, params = ("WHERE e.label = ?", [label]) if label else ("", [])
        rows = self.db.execute(
            f"""SELECT e.id, e.name, e.label, e.wikidata, c.articles, c.mentions
                FROM entity_counts c JOIN entities e ON e.id = c.entity_id {where}
                ORDER BY c.articles DESC, c.mentions DESC, e.name LIMIT ?""", [*params, limit])
        return [EntityCount(*row) for row in rows]

    @guarded
    def find_entities(self, name: str) -> list[EntityCount]:
        """Entities whose canonical name or any mention text equals `name` (case-insensitive)."""
        rows = self.db.execute(
            f"""{self._ENTITY_COUNT} WHERE e.id IN (
                    SELECT id FROM entities WHERE name = ? COLLATE NOCASE
                    UNION SELECT entity FROM mentions WHERE text = ? COLLATE NOCASE AND entity IS NOT NULL)
                GROUP BY e.id ORDER BY count(ae.article_id) DESC""", (name, name))
        return [EntityCount(*row) for row in rows]

    @guarded
    def entity_rows(self, entity_id: str, limit: int = 20) -> dict[str, list[tuple]]:
        """Aliases seen, mentions per month, co-mentioned entities and articles of one entity."""
        q = self.db.execute
        return {
            "aliases": q("SELECT text, count(*) FROM mentions WHERE entity = ? GROUP BY text "
                         "ORDER BY count(*) DESC, text", (entity_id,)).fetchall(),
            "months": q("""SELECT substr(a.published, 1, 7), count(*) FROM mentions m
                           JOIN articles a ON a.id = m.article_id
                           WHERE m.entity = ? AND a.published IS NOT NULL GROUP BY 1 ORDER BY 1""",
                        (entity_id,)).fetchall(),
            "co_mentioned": q(f"""{self._ENTITY_COUNT} WHERE ae.article_id IN
                                  (SELECT article_id FROM article_entities WHERE entity_id = ?) AND e.id != ?
                                  GROUP BY e.id ORDER BY count(ae.article_id) DESC, e.name LIMIT ?""",
                              (entity_id, entity_id, limit)).fetchall(),
            "articles": q("""SELECT a.id, a.title, a.published, a.source, ae.mentions FROM article_entities ae
                             JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = ?
                             ORDER BY a.published DESC, a.id LIMIT ?""", (entity_id, limit)).fetchall(),
        }

    @guarded
    def find_quotes(self, speakers: list[str] | None, about: list[str] | None, about_text: str | None,
                    since: str | None, until: str | None, limit: int,
                    include_undated: bool = False) -> list[dict[str, Any]]:
        """Quotes filtered by speaker ids, by entities or words inside the quote, and by date: the
        quote's own date when it names a period, else its article's, compared by overlap."""
        filters, params = [], []
        if speakers is not None:
            filters.append(f"q.speaker IN ({','.join('?' * len(speakers))})")
            params.extend(speakers)
        if about is not None or about_text:
            ids = about or []
            filters.append(f"""(EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = q.article_id
                                AND m.entity IN ({','.join('?' * len(ids))}) AND m.start >= q.start AND m."end" <= q."end")
                                OR q.text LIKE ?)""")
            params.extend([*ids, f"%{about_text}%" if about_text else ""])
        date = "coalesce(q.date, a.published)"
        dates, date_params = date_condition(
            "coalesce(ng_period_start(q.date), ng_period_start(a.published))",
            "coalesce(ng_period_end(q.date), ng_period_end(a.published))", since, until, include_undated)
        if dates:
            filters.append(dates)
            params.extend(date_params)
        where = f"WHERE {' AND '.join(filters)}" if filters else ""
        rows = self.db.execute(
            f"""SELECT q.article_id, q.start, q."end", q.text, q.kind, q.speaker, e.name, q.speaker_text, q.cue,
                       q.addressee, q.date, q.date_precision, q.date_basis, a.title, a.source, a.published
                FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker
                {where} ORDER BY {date} DESC, q.article_id, q.start LIMIT ?""", [*params, limit])
        keys = ("article_id", "start", "end", "text", "kind", "speaker", "speaker_name", "speaker_text", "cue",
                "addressee", "date", "date_precision", "date_basis", "title", "source", "published")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    @guarded
    def integrity_problems(self) -> list[str]:
        """SQLite's own integrity check plus the FTS index's; empty when all is well."""
        problems = [row[0] for row in self.db.execute("PRAGMA integrity_check") if row[0] != "ok"]
        try:
            self.db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as error:
            problems.append(f"full-text index: {error}")
        return problems

    def close(self) -> None:
        self.db.close()
