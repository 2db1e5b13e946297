"""The embedded default store: one SQLite file in WAL mode with an FTS5 index."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ...document import document_to_json
from ...records import Analysis, CorpusStats, FactCounts
from ..base import StoreError
from ..sorting import quote_entity_rows, sort_date
from .bulk import defer_indexes, restore_indexes
from .dates import fact_period
from .entities import EntityRows
from .events import EventRows
from .exports import ExportRows
from .graph import GraphRows
from .guards import guarded
from .opening import explain, open_for_reading, open_for_writing
from .quotes import QuoteRows
from .search import SearchRows
from .stories import StoryRows


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SqliteStore(SearchRows, EntityRows, QuoteRows, EventRows, GraphRows, StoryRows, ExportRows):
    """A Store over one SQLite file. One writer at a time; readers run alongside (WAL).

    `readonly` opens with SQLite's mode=ro (queries); otherwise the file is checked, probed for
    writing and migrated, all before the first article is read (see `opening`).
    """

    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = str(path)
        self.readonly = readonly
        self.db = open_for_reading(self.path) if readonly else open_for_writing(self.path)

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
            published_value = published.value if published else None
            self.db.executemany(
                "INSERT INTO article_entities (article_id, entity_id, mentions, published) VALUES (?, ?, ?, ?)",
                [(article.id, e.id, len(e.mentions), published_value) for e in analysis.entities],
            )
            self.db.executemany(
                'INSERT INTO quotes (article_id, idx, start, "end", text, kind, speaker, speaker_text, cue, '
                "addressee, date, date_precision, date_basis, date_start, date_end, long_period, sort_date) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(article.id, i, q.start, q.end, q.text, q.kind, q.speaker, q.speaker_text, q.cue, q.addressee,
                  q.date.value if q.date else None, q.date.precision if q.date else None,
                  q.date.basis if q.date else None,
                  *fact_period(q.date.value if q.date else None, published_value),
                  sort_date(q.date.value if q.date else None, published_value))
                 for i, q in enumerate(analysis.quotes)],
            )
            self.db.executemany(
                "INSERT INTO quote_entities (article_id, idx, entity_id, start, sort_date) VALUES (?, ?, ?, ?, ?)",
                quote_entity_rows(analysis))
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
        rows = self.db.execute("SELECT document FROM articles WHERE id = ?", (article_id,)).fetchall()
        if not rows and len(article_id) >= 6:  # a unique prefix (rarely asked: a scan is fine)
            rows = self.db.execute("SELECT document FROM articles WHERE id LIKE ? || '%' LIMIT 2",
                                   (article_id,)).fetchall()
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

    @guarded
    def fact_counts(self) -> FactCounts:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return FactCounts(entities=one("SELECT count(*) FROM entity_counts WHERE articles > 0"),
                          quotes=one("SELECT count(*) FROM quotes"), events=one("SELECT count(*) FROM events"))

    @guarded
    def integrity_problems(self) -> list[str]:
        """SQLite's own integrity check plus the FTS index's; empty when all is well."""
        problems = [row[0] for row in self.db.execute("PRAGMA integrity_check") if row[0] != "ok"]
        try:
            self.db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as error:
            problems.append(f"full-text index: {error}")
        return problems

    @contextmanager
    def bulk_load(self) -> Iterator[None]:
        """Plain indexes off while many articles are added, built once at the end (bulk.py)."""
        defer_indexes(self.db)
        try:
            yield
        finally:
            restore_indexes(self.db)

    def close(self) -> None:
        self.db.close()
