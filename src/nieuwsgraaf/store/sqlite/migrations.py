"""Ordered, named schema migrations for the SQLite store; each runs in its own transaction."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from ..base import StoreError
from ..date_sql import LONG_PERIOD_DAYS

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


_EVENTS = """
        CREATE TABLE events (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            type TEXT NOT NULL,
            mode TEXT,
            trigger_start INTEGER NOT NULL,
            trigger_end INTEGER NOT NULL,
            trigger_text TEXT NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            source TEXT,
            target TEXT,
            location TEXT,
            negated INTEGER NOT NULL,
            modality TEXT NOT NULL,
            date TEXT,
            date_precision TEXT,
            date_basis TEXT,
            quote_idx INTEGER,
            confidence REAL NOT NULL,
            PRIMARY KEY (article_id, idx)
        );
        CREATE INDEX events_type_date ON events (type, date);
        CREATE INDEX events_date ON events (date);
        CREATE TABLE event_actors (
            article_id TEXT NOT NULL,
            idx INTEGER NOT NULL,
            role TEXT NOT NULL,
            entity TEXT NOT NULL,
            PRIMARY KEY (article_id, idx, role, entity),
            FOREIGN KEY (article_id, idx) REFERENCES events (article_id, idx) ON DELETE CASCADE
        );
        CREATE INDEX event_actors_entity ON event_actors (entity, role);
"""


# Entity queries that stay fast as the store grows: case-insensitive lookups by name use NOCASE
# indexes, and the top list reads a running count per entity instead of every article-entity row.
_QUERY_SPEED = """
        CREATE INDEX entities_name_nocase ON entities (name COLLATE NOCASE);
        CREATE INDEX mentions_text_nocase ON mentions (text COLLATE NOCASE);
        CREATE INDEX article_entities_by_entity ON article_entities (entity_id, article_id, mentions);
        CREATE TABLE entity_counts (
            entity_id TEXT PRIMARY KEY,
            articles INTEGER NOT NULL,
            mentions INTEGER NOT NULL
        );
        INSERT INTO entity_counts (entity_id, articles, mentions)
            SELECT entity_id, count(*), sum(mentions) FROM article_entities GROUP BY entity_id;
        CREATE INDEX entity_counts_rank ON entity_counts (articles DESC, mentions DESC);
        CREATE TRIGGER article_entities_count AFTER INSERT ON article_entities BEGIN
            INSERT INTO entity_counts (entity_id, articles, mentions) VALUES (new.entity_id, 1, new.mentions)
            ON CONFLICT (entity_id) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions;
        END;
        CREATE TRIGGER article_entities_uncount AFTER DELETE ON article_entities BEGIN
            UPDATE entity_counts SET articles = articles - 1, mentions = mentions - old.mentions
            WHERE entity_id = old.entity_id;
        END;
"""


# The period each quote and event is dated to (its own date, else its article's: the rule of every
# date filter) as first and last day, so that a window is an index range instead of a Python call
# per row; `long_period` marks the periods longer than a month (LONG_PERIOD_DAYS: years, quarters,
# seasons, decades), which a range on date_start alone would miss. 31 days keeps a window's
# index range one month wider than the window, and the long periods few. ng_period_start/end are registered on every connection.
_FACT_PERIODS = f"""
        ALTER TABLE quotes ADD COLUMN date_start TEXT;
        ALTER TABLE quotes ADD COLUMN date_end TEXT;
        ALTER TABLE quotes ADD COLUMN long_period INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE events ADD COLUMN date_start TEXT;
        ALTER TABLE events ADD COLUMN date_end TEXT;
        ALTER TABLE events ADD COLUMN long_period INTEGER NOT NULL DEFAULT 0;
        UPDATE quotes SET
            date_start = coalesce(ng_period_start(date),
                                  (SELECT ng_period_start(published) FROM articles WHERE id = quotes.article_id)),
            date_end = coalesce(ng_period_end(date),
                                (SELECT ng_period_end(published) FROM articles WHERE id = quotes.article_id));
        UPDATE events SET
            date_start = coalesce(ng_period_start(date),
                                  (SELECT ng_period_start(published) FROM articles WHERE id = events.article_id)),
            date_end = coalesce(ng_period_end(date),
                                (SELECT ng_period_end(published) FROM articles WHERE id = events.article_id));
        UPDATE quotes SET long_period = 1 WHERE julianday(date_end) - julianday(date_start) > {LONG_PERIOD_DAYS};
        UPDATE events SET long_period = 1 WHERE julianday(date_end) - julianday(date_start) > {LONG_PERIOD_DAYS};
        CREATE INDEX quotes_period ON quotes (date_start);
        CREATE INDEX quotes_long_period ON quotes (long_period) WHERE long_period = 1;
        CREATE INDEX events_period ON events (date_start);
        CREATE INDEX events_long_period ON events (long_period) WHERE long_period = 1;
        CREATE INDEX articles_id_dates ON articles (id, published, source);
"""

# Stories (issue 17): each article's MinHash signature (the near-duplicate index is rebuilt from
# them when a run starts), near-duplicate links to the first stored copy, article vectors, and the
# story threads with the state that threading scores new articles against.
_STORIES = """
        CREATE TABLE story_signatures (
            article_id TEXT PRIMARY KEY,
            shingles INTEGER NOT NULL,
            minhash BLOB NOT NULL
        );
        CREATE TABLE duplicates (
            article_id TEXT PRIMARY KEY,
            duplicate_of TEXT NOT NULL,
            similarity REAL NOT NULL
        );
        CREATE INDEX duplicates_original ON duplicates (duplicate_of);
        CREATE TABLE article_vectors (
            article_id TEXT PRIMARY KEY,
            model TEXT NOT NULL,
            vector BLOB NOT NULL
        );
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            title_article TEXT NOT NULL,
            size INTEGER NOT NULL,
            centroid BLOB NOT NULL,
            title_vector BLOB NOT NULL,
            entities TEXT NOT NULL,
            events TEXT NOT NULL,
            first TEXT,
            last TEXT
        );
        CREATE INDEX stories_last ON stories (last);
        CREATE TABLE story_articles (
            article_id TEXT PRIMARY KEY,
            story_id TEXT NOT NULL,
            score REAL NOT NULL
        );
        CREATE INDEX story_articles_story ON story_articles (story_id);
"""


# Query speed (issue 18): an entity's articles by date straight from an index (its newest articles
# and its neighbours without reading all of them; this index replaces the two older ones led by
# entity_id), and its articles and mentions per month as running counts (the profile's months,
# monthly timelines). `month` is a day cut to its month, any other date value as it is.
_ENTITY_PERIODS = """
        ALTER TABLE article_entities ADD COLUMN published TEXT;
        UPDATE article_entities SET published = (SELECT published FROM articles WHERE id = article_id);
        CREATE INDEX article_entities_newest ON article_entities (entity_id, published DESC, article_id, mentions);
        DROP INDEX article_entities_by_entity;
        DROP INDEX article_entities_entity;
        CREATE TABLE entity_months (
            entity_id TEXT NOT NULL,
            month TEXT NOT NULL,
            articles INTEGER NOT NULL,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (entity_id, month)
        ) WITHOUT ROWID;
        INSERT INTO entity_months (entity_id, month, articles, mentions)
            SELECT entity_id, CASE WHEN length(published) = 10 THEN substr(published, 1, 7) ELSE published END,
                   count(*), sum(mentions)
            FROM article_entities WHERE published IS NOT NULL GROUP BY 1, 2;
        CREATE TRIGGER article_entities_month AFTER INSERT ON article_entities WHEN new.published IS NOT NULL BEGIN
            INSERT INTO entity_months (entity_id, month, articles, mentions)
            VALUES (new.entity_id, CASE WHEN length(new.published) = 10 THEN substr(new.published, 1, 7)
                                        ELSE new.published END, 1, new.mentions)
            ON CONFLICT (entity_id, month) DO UPDATE SET articles = articles + 1,
                                                         mentions = mentions + excluded.mentions;
        END;
        CREATE TRIGGER article_entities_unmonth AFTER DELETE ON article_entities WHEN old.published IS NOT NULL BEGIN
            UPDATE entity_months SET articles = articles - 1, mentions = mentions - old.mentions
            WHERE entity_id = old.entity_id AND month = CASE WHEN length(old.published) = 10
                                                             THEN substr(old.published, 1, 7) ELSE old.published END;
        END;
"""


# Query speed (issue 18): what `entity NAME` and `quotes --speaker NAME` read for a frequent actor.
# - entity_aliases: a running count per (entity, mention text), kept by triggers on mentions. The
#   profile's aliases and the lookup by name (NOCASE index) read a few rows instead of every
#   mention of the entity; the two mention-text indexes had no other reader and are dropped,
#   which also spares the writer two random index inserts per mention.
# - sort_date: the date quotes and events are listed by (their own, else their article's), stored
#   on quotes, on event_actors and on quote_entities (the entities mentioned inside each quote),
#   each with an index per entity in list order, so an actor's newest quotes, the quotes about it
#   and its newest events are index ranges instead of a sort of all of them.
# - Indexes that no query reads (quotes and events by their own date, which date filters no
#   longer use since 0008) are dropped, and events by type no longer carry the date: with dates
#   arriving in any order, each such index cost the writer a random page per row.
_NAMES_AND_NEWEST_QUOTES = """
        CREATE TABLE entity_aliases (
            entity_id TEXT NOT NULL,
            text TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (entity_id, text)
        ) WITHOUT ROWID;
        INSERT INTO entity_aliases (entity_id, text, mentions)
            SELECT entity, text, count(*) FROM mentions WHERE entity IS NOT NULL GROUP BY 1, 2;
        CREATE INDEX entity_aliases_text_nocase ON entity_aliases (text COLLATE NOCASE, entity_id);
        CREATE TRIGGER mentions_alias AFTER INSERT ON mentions WHEN new.entity IS NOT NULL BEGIN
            INSERT INTO entity_aliases (entity_id, text, mentions) VALUES (new.entity, new.text, 1)
            ON CONFLICT (entity_id, text) DO UPDATE SET mentions = mentions + 1;
        END;
        CREATE TRIGGER mentions_unalias AFTER DELETE ON mentions WHEN old.entity IS NOT NULL BEGIN
            UPDATE entity_aliases SET mentions = mentions - 1 WHERE entity_id = old.entity AND text = old.text;
            DELETE FROM entity_aliases WHERE entity_id = old.entity AND text = old.text AND mentions <= 0;
        END;
        DROP INDEX mentions_text;
        DROP INDEX mentions_text_nocase;
        ALTER TABLE quotes ADD COLUMN sort_date TEXT;
        UPDATE quotes SET sort_date = coalesce(date, (SELECT published FROM articles WHERE id = quotes.article_id));
        CREATE INDEX quotes_speaker_newest ON quotes (speaker, sort_date DESC, article_id, start, idx);
        DROP INDEX quotes_speaker;
        CREATE TABLE quote_entities (
            article_id TEXT NOT NULL,
            idx INTEGER NOT NULL,
            entity_id TEXT NOT NULL,
            start INTEGER NOT NULL,
            sort_date TEXT,
            PRIMARY KEY (article_id, idx, entity_id),
            FOREIGN KEY (article_id, idx) REFERENCES quotes (article_id, idx) ON DELETE CASCADE
        ) WITHOUT ROWID;
        INSERT INTO quote_entities (article_id, idx, entity_id, start, sort_date)
            SELECT DISTINCT q.article_id, q.idx, m.entity, q.start, q.sort_date FROM quotes q
            JOIN mentions m ON m.article_id = q.article_id AND m.start >= q.start AND m."end" <= q."end"
            WHERE m.entity IS NOT NULL;
        CREATE INDEX quote_entities_newest ON quote_entities (entity_id, sort_date DESC, article_id, start, idx);
        ALTER TABLE event_actors ADD COLUMN sort_date TEXT;
        UPDATE event_actors SET sort_date = (
            SELECT coalesce(ev.date, a.published) FROM events ev JOIN articles a ON a.id = ev.article_id
            WHERE ev.article_id = event_actors.article_id AND ev.idx = event_actors.idx);
        CREATE INDEX event_actors_newest ON event_actors (entity, role, sort_date DESC, article_id, idx);
        DROP INDEX event_actors_entity;
        DROP INDEX quotes_date;
        DROP INDEX events_date;
        DROP INDEX events_type_date;
        CREATE INDEX events_type ON events (type);
"""


# Search filters (issue 18): the columns a search filters on, in a narrow table keyed by the
# articles' rowid (the full-text index's key). A search walks its matches newest first until enough
# pass its filters; reading each match's date from `articles`, whose rows hold the text and the
# document JSON, cost a page per match (49 ms for a common word in one year of 200,000 articles).
# Here about 80 rows share a page. Kept by triggers, like the full-text index.
_ARTICLE_FILTERS = """
        CREATE TABLE article_filters (
            article_rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            published TEXT,
            source TEXT,
            language TEXT
        );
        INSERT INTO article_filters (article_rowid, id, published, source, language)
            SELECT rowid, id, published, source, language FROM articles;
        CREATE TRIGGER articles_filters_insert AFTER INSERT ON articles BEGIN
            INSERT INTO article_filters (article_rowid, id, published, source, language)
            VALUES (new.rowid, new.id, new.published, new.source, new.language);
        END;
        CREATE TRIGGER articles_filters_delete AFTER DELETE ON articles BEGIN
            DELETE FROM article_filters WHERE article_rowid = old.rowid;
        END;
        CREATE TRIGGER articles_filters_update AFTER UPDATE OF id, published, source, language ON articles BEGIN
            UPDATE article_filters SET id = new.id, published = new.published, source = new.source,
                                       language = new.language
            WHERE article_rowid = old.rowid;
        END;
"""


# Bulk loads (issue 18): the plain indexes a bulk load dropped, to be built at its end or, when it
# was killed, by the next writer (bulk.py).
_DEFERRED_INDEXES = """
        CREATE TABLE deferred_indexes (
            name TEXT PRIMARY KEY,
            sql TEXT NOT NULL,
            owner INTEGER NOT NULL
        );
"""


MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("0001_articles", _ARTICLES),
    ("0002_full_text_index", _FULL_TEXT_INDEX),
    ("0003_sightings_and_mentions", _SIGHTINGS_AND_MENTIONS),
    ("0004_entities", _ENTITIES),
    ("0005_quotes", _QUOTES),
    ("0006_events", _EVENTS),
    ("0007_query_speed", _QUERY_SPEED),
    ("0008_fact_periods", _FACT_PERIODS),
    ("0009_stories", _STORIES),
    ("0010_entity_periods", _ENTITY_PERIODS),
    ("0011_names_and_newest_quotes", _NAMES_AND_NEWEST_QUOTES),
    ("0012_article_filters", _ARTICLE_FILTERS),
    ("0013_deferred_indexes", _DEFERRED_INDEXES),
)


def applied_migrations(db: sqlite3.Connection) -> list[str]:
    db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    return [row[0] for row in db.execute("SELECT name FROM schema_migrations ORDER BY name")]


def _newer(path: str, applied: list[str]) -> StoreError | None:
    known = {name for name, _ in MIGRATIONS}
    unknown = sorted(set(applied) - known)
    if not unknown:
        return None
    return StoreError(f"{path} was written by a newer nieuwsgraaf (migration {unknown[-1]}); "
                      "upgrade nieuwsgraaf to use it")


def check_schema(db: sqlite3.Connection, path: str, writing: bool) -> None:
    """Refuse a database this version cannot use: not nieuwsgraaf's, written by a newer version,
    or (when only reading) not yet migrated to this version. Reads only."""
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "schema_migrations" not in tables:
        if tables:
            raise StoreError(f"{path} is a SQLite database, but not nieuwsgraaf's (it has no schema_migrations table)")
        if not writing:
            raise StoreError(f"{path} is an empty database; run `nieuwsgraaf ingest` first")
        return
    applied = [row[0] for row in db.execute("SELECT name FROM schema_migrations ORDER BY name")]
    if error := _newer(path, applied):
        raise error
    missing = [name for name, _ in MIGRATIONS if name not in applied]
    if missing and not writing:
        raise StoreError(f"{path} was written by an older nieuwsgraaf (migration {missing[0]} is not applied); "
                         f"any `nieuwsgraaf ingest --db {path} ...` upgrades it")


def migrate(db: sqlite3.Connection, path: str = "database") -> list[str]:
    """Apply the migrations not applied yet, in order; returns the names applied now."""
    done = set(applied_migrations(db))
    if error := _newer(path, sorted(done)):
        raise error
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
