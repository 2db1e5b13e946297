"""Ordered, named schema migrations for the SQLite store; each runs in its own transaction."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

_ARTICLES = """
        CREATE TABLE articles (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            url TEXT,
            source TEXT,
            agency TEXT,
            title TEXT,
            published TEXT,
            published_precision TEXT,
            language TEXT NOT NULL,
            text TEXT NOT NULL,
            origin TEXT NOT NULL,
            format TEXT NOT NULL,
            document TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles (published);
        CREATE INDEX articles_source ON articles (source);
        CREATE INDEX articles_language ON articles (language);
"""


# External-content FTS5 table kept in step with `articles` by triggers.
_FULL_TEXT_INDEX = """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
        END;
        CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
            INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
"""


_SIGHTINGS_AND_MENTIONS = """
        CREATE TABLE sightings (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            origin TEXT NOT NULL,
            url TEXT,
            source TEXT,
            seen_at TEXT NOT NULL,
            PRIMARY KEY (article_id, origin)
        );
        CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            label TEXT NOT NULL,
            entity TEXT,
            PRIMARY KEY (article_id, idx)
        );
        CREATE INDEX mentions_text ON mentions (text);
"""


_ENTITIES = """
        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            label TEXT NOT NULL,
            wikidata TEXT
        );
        CREATE TABLE article_entities (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL REFERENCES entities (id),
            mentions INTEGER NOT NULL,
            PRIMARY KEY (article_id, entity_id)
        );
        CREATE INDEX article_entities_entity ON article_entities (entity_id);
        CREATE INDEX mentions_entity ON mentions (entity);
"""


_QUOTES = """
        CREATE TABLE quotes (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            speaker TEXT,
            speaker_text TEXT,
            cue TEXT,
            addressee TEXT,
            date TEXT,
            date_precision TEXT,
            date_basis TEXT,
            PRIMARY KEY (article_id, idx)
        );
        CREATE INDEX quotes_speaker ON quotes (speaker);
        CREATE INDEX quotes_date ON quotes (date);
"""


MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("0001_articles", _ARTICLES),
    ("0002_full_text_index", _FULL_TEXT_INDEX),
    ("0003_sightings_and_mentions", _SIGHTINGS_AND_MENTIONS),
    ("0004_entities", _ENTITIES),
    ("0005_quotes", _QUOTES),
)


def applied_migrations(db: sqlite3.Connection) -> list[str]:
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    return [row[0] for row in db.execute("SELECT name FROM schema_migrations ORDER BY name")]


def migrate(db: sqlite3.Connection) -> list[str]:
    """Apply the migrations not applied yet, in order; returns the names applied now."""
    done = set(applied_migrations(db))
    known = {name for name, _ in MIGRATIONS}
    unknown = done - known
    if unknown:
        raise RuntimeError(f"database has migrations this version does not know: {sorted(unknown)}")
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        # executescript commits anything pending first, so the script carries its own
        # transaction: the schema change and its record land together or not at all.
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        record = f"INSERT INTO schema_migrations (name, applied_at) VALUES ('{name}', '{stamp}');"
        try:
            db.executescript(f"BEGIN;\n{sql}\n{record}\nCOMMIT;")
        except sqlite3.Error:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied
