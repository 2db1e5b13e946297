"""Articles and their facts in the PostgreSQL store: writing a batch, reading documents and counts.

Two ingests may write into one database at once. An article is inserted with `ON CONFLICT (id)
DO NOTHING`, and only the transaction that inserted it writes its facts, so nothing is stored
twice. Rows that two writers share (entities, running counts, sightings) are written in id
order, so the writers take their locks in the same order and do not deadlock each other.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import psycopg

from ...document import document_to_json
from ...records import Analysis, CorpusStats, FactCounts
from ..sorting import quote_entity_rows, sort_date
from .dates import fact_period, period_columns
from .events import copy_events
from .words import tsvector_literal

_INSERT_ARTICLE = """
    INSERT INTO articles (id, url, source, agency, title, published, published_precision, published_start,
                          published_end, language, text, origin, format, document, ingested_at, words, stored)
    VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s::tsvector, %s)
    ON CONFLICT (id) DO NOTHING RETURNING id"""


def _article_row(analysis: Analysis, now: str, stored: int) -> tuple:
    article = analysis.article
    published = article.published.value if article.published else None
    return (
        article.id, article.url, article.source, article.agency, article.title, published,
        article.published.precision if article.published else None, *period_columns(published),
        article.language, article.text, article.origin, article.format,
        json.dumps(document_to_json(analysis), ensure_ascii=False), now,
        tsvector_literal(article.title, article.text), stored,
    )


def _insert_articles(db: psycopg.Connection, analyses: Sequence[Analysis], now: str) -> list[bool]:
    """Insert the articles in id order (so that two writers lock them in one order), numbered in
    the order given (`stored`, SQLite's rowid); True for each one this call added."""
    order = sorted(range(len(analyses)), key=lambda at: analyses[at].article.id)
    added = [False] * len(analyses)
    numbers = [row[0] for row in db.execute(
        "SELECT nextval(pg_get_serial_sequence('articles', 'stored')) FROM generate_series(1, %s)",
        (len(analyses),))]
    with db.cursor() as cursor:
        cursor.executemany(_INSERT_ARTICLE, [_article_row(analyses[at], now, numbers[at]) for at in order],
                           returning=True)
        for at in order:
            added[at] = cursor.fetchone() is not None
            cursor.nextset()
    return added


def _copy(db: psycopg.Connection, table: str, columns: str, rows: list[tuple]) -> None:
    if not rows:
        return
    with db.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _published(analysis: Analysis) -> str | None:
    return analysis.article.published.value if analysis.article.published else None


def _quote_period(value: str | None, published: str | None) -> tuple[str | None, str | None, bool]:
    start, end, long_period = fact_period(value, published)
    return start, end, bool(long_period)


def month_key(published: str | None) -> str | None:
    """The key of an article's date in entity_months: a day cut to its month, any other value kept."""
    return published[:7] if published and len(published) == 10 else published


def _copy_facts(db: psycopg.Connection, new: list[Analysis]) -> None:
    """Mentions, quotes, article-entity links and events of articles this transaction inserted
    (no other writer can insert facts for them, so COPY needs no conflict handling)."""
    _copy(db, "mentions", 'article_id, idx, start, "end", text, label, entity', [
        (a.article.id, idx, m.start, m.end, m.text, m.label, m.entity)
        for a in new for idx, m in enumerate(a.mentions)])
    _copy(db, "article_entities", "article_id, entity_id, mentions, published", [
        (a.article.id, e.id, len(e.mentions), _published(a)) for a in new for e in a.entities])
    _copy(db, "quotes", 'article_id, idx, start, "end", text, kind, speaker, speaker_text, cue, addressee, '
          "date, date_precision, date_basis, date_start, date_end, long_period, sort_date", [
              (a.article.id, idx, q.start, q.end, q.text, q.kind, q.speaker, q.speaker_text, q.cue, q.addressee,
               q.date.value if q.date else None, q.date.precision if q.date else None,
               q.date.basis if q.date else None, *_quote_period(q.date.value if q.date else None, _published(a)),
               sort_date(q.date.value if q.date else None, _published(a)))
              for a in new for idx, q in enumerate(a.quotes)])
    _copy(db, "quote_entities", "article_id, idx, entity_id, start, sort_date",
          [row for a in new for row in quote_entity_rows(a)])
    copy_events(db, new)


def _upsert_entities(db: psycopg.Connection, new: list[Analysis]) -> None:
    """Entities seen first in these articles (the first name given wins, as in SQLite), and the
    running counts of articles and mentions per entity, month and mention text, all in id order."""
    first: dict[str, tuple] = {}
    counts: dict[str, list[int]] = {}
    months: dict[tuple[str, str], list[int]] = {}
    for analysis in new:
        key = month_key(_published(analysis))
        for entity in analysis.entities:
            first.setdefault(entity.id, (entity.id, entity.name, entity.label, entity.wikidata))
            count = counts.setdefault(entity.id, [0, 0])
            count[0] += 1
            count[1] += len(entity.mentions)
            if key is not None:
                month = months.setdefault((entity.id, key), [0, 0])
                month[0] += 1
                month[1] += len(entity.mentions)
    if not first:
        return
    rows = [first[key] for key in sorted(first)]
    db.execute(
        """INSERT INTO entities (id, name, label, wikidata)
           SELECT * FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[]) ORDER BY 1
           ON CONFLICT (id) DO NOTHING""", [list(column) for column in zip(*rows, strict=True)])
    ids = sorted(counts)
    db.execute(
        """INSERT INTO entity_counts (entity_id, articles, mentions)
           SELECT * FROM unnest(%s::text[], %s::int[], %s::int[]) ORDER BY 1
           ON CONFLICT (entity_id) DO UPDATE SET articles = entity_counts.articles + excluded.articles,
                                                 mentions = entity_counts.mentions + excluded.mentions""",
        (ids, [counts[key][0] for key in ids], [counts[key][1] for key in ids]))
    aliases: dict[tuple[str, str], int] = {}
    for analysis in new:
        for mention in analysis.mentions:
            if mention.entity is not None:
                key = (mention.entity, mention.text)
                aliases[key] = aliases.get(key, 0) + 1
    pairs = sorted(aliases)
    if pairs:
        db.execute(
            """INSERT INTO entity_aliases (entity_id, text, mentions)
               SELECT * FROM unnest(%s::text[], %s::text[], %s::int[]) ORDER BY 1, 2
               ON CONFLICT (entity_id, text) DO UPDATE SET mentions = entity_aliases.mentions + excluded.mentions""",
            ([k[0] for k in pairs], [k[1] for k in pairs], [aliases[k] for k in pairs]))
    keys = sorted(months)
    if keys:
        db.execute(
            """INSERT INTO entity_months (entity_id, month, articles, mentions)
               SELECT * FROM unnest(%s::text[], %s::text[], %s::int[], %s::int[]) ORDER BY 1, 2
               ON CONFLICT (entity_id, month) DO UPDATE SET
                   articles = entity_months.articles + excluded.articles,
                   mentions = entity_months.mentions + excluded.mentions""",
            ([k[0] for k in keys], [k[1] for k in keys], [months[k][0] for k in keys], [months[k][1] for k in keys]))


def add_sightings(db: psycopg.Connection, rows: list[tuple]) -> None:
    """(article_id, origin, url, source, seen_at) rows; one already recorded is left as it is."""
    with db.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO sightings (article_id, origin, url, source, seen_at) VALUES (%s, %s, %s, %s, %s) "
            "ON CONFLICT (article_id, origin) DO NOTHING", sorted(rows, key=lambda row: row[:2]))


def insert_batch(db: psycopg.Connection, analyses: Sequence[Analysis], now: str) -> list[bool]:
    """Write a batch inside the caller's transaction; True for each article added now."""
    added = _insert_articles(db, analyses, now)
    new = [analysis for analysis, is_new in zip(analyses, added, strict=True) if is_new]
    _upsert_entities(db, new)
    _copy_facts(db, new)
    add_sightings(db, [(a.article.id, a.article.origin, a.article.url, a.article.source, now) for a in analyses])
    return added


def has_article(db: psycopg.Connection, article_id: str) -> bool:
    return db.execute("SELECT 1 FROM articles WHERE id = %s", (article_id,)).fetchone() is not None


def get_document(db: psycopg.Connection, article_id: str) -> dict[str, Any] | None:
    rows = db.execute(
        "SELECT document FROM articles WHERE id = %s OR (length(%s) >= 6 AND id LIKE %s || '%%') LIMIT 2",
        (article_id, article_id, article_id)).fetchall()
    return json.loads(rows[0][0]) if len(rows) == 1 else None


def sightings(db: psycopg.Connection, article_id: str) -> list[dict[str, Any]]:
    rows = db.execute("SELECT origin, url, source, seen_at FROM sightings WHERE article_id = %s "
                      "ORDER BY seen_at, origin", (article_id,))
    return [dict(zip(("origin", "url", "source", "seen_at"), row, strict=True)) for row in rows]


def _counts(db: psycopg.Connection, sql: str) -> tuple[tuple[str, int], ...]:
    return tuple((row[0] if row[0] is not None else "unknown", row[1]) for row in db.execute(sql))


def stats(db: psycopg.Connection) -> CorpusStats:
    def one(sql: str) -> int:
        return db.execute(sql).fetchone()[0]

    return CorpusStats(
        articles=one("SELECT count(*) FROM articles"),
        sightings=one("SELECT count(*) FROM sightings"),
        mentions=one("SELECT count(*) FROM mentions"),
        by_source=_counts(db, "SELECT source, count(*) FROM articles GROUP BY source "
                              "ORDER BY count(*) DESC, source NULLS FIRST"),
        by_month=_counts(db, "SELECT substr(published, 1, 7), count(*) FROM articles WHERE published IS NOT NULL "
                             "GROUP BY 1 ORDER BY 1"),
        by_language=_counts(db, "SELECT language, count(*) FROM articles GROUP BY language "
                                "ORDER BY count(*) DESC, language"),
        undated=one("SELECT count(*) FROM articles WHERE published IS NULL"),
    )


def fact_counts(db: psycopg.Connection) -> FactCounts:
    def one(sql: str) -> int:
        return db.execute(sql).fetchone()[0]

    return FactCounts(entities=one("SELECT count(*) FROM entity_counts WHERE articles > 0"),
                      quotes=one("SELECT count(*) FROM quotes"), events=one("SELECT count(*) FROM events"))
