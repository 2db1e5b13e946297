"""Ordered, named schema migrations for the PostgreSQL store; each runs in its own transaction.

The tables and their meaning are the SQLite store's (`store/sqlite/migrations.py`). Text columns
that are compared or sorted use the "C" collation, so that order and case-insensitive matching
(ASCII only, like SQLite's NOCASE and lower()) answer the same in both stores whatever the
server's locale. Dates keep SQLite's text form; each dated row also stores the first and last
day of its period (`periods.period`), so date filters compare columns.
"""

from __future__ import annotations

from datetime import UTC, datetime

import psycopg

from ..base import StoreError
from .dates import LONG_PERIOD_DAYS

_ARTICLES = """
    CREATE TABLE articles (
        id text COLLATE "C" PRIMARY KEY,
        url text,
        source text COLLATE "C",
        agency text,
        title text COLLATE "C",
        published text COLLATE "C",
        published_precision text,
        published_start text COLLATE "C",
        published_end text COLLATE "C",
        language text COLLATE "C" NOT NULL,
        text text NOT NULL,
        origin text NOT NULL,
        format text NOT NULL,
        document text NOT NULL,
        ingested_at text NOT NULL,
        words tsvector NOT NULL
    );
    CREATE INDEX articles_published ON articles (published);
    CREATE INDEX articles_period ON articles (published_start, published_end);
    CREATE INDEX articles_source ON articles (lower(source));
    CREATE INDEX articles_language ON articles (language);
"""

_FULL_TEXT_INDEX = """
    CREATE INDEX articles_words ON articles USING gin (words);
"""

_SIGHTINGS_AND_MENTIONS = """
    CREATE TABLE sightings (
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        origin text COLLATE "C" NOT NULL,
        url text,
        source text,
        seen_at text COLLATE "C" NOT NULL,
        PRIMARY KEY (article_id, origin)
    );
    CREATE TABLE mentions (
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx integer NOT NULL,
        start integer NOT NULL,
        "end" integer NOT NULL,
        text text COLLATE "C" NOT NULL,
        label text NOT NULL,
        entity text COLLATE "C",
        PRIMARY KEY (article_id, idx)
    );
    CREATE INDEX mentions_entity ON mentions (entity);
    CREATE INDEX mentions_text_nocase ON mentions (lower(text));
"""

_ENTITIES = """
    CREATE TABLE entities (
        id text COLLATE "C" PRIMARY KEY,
        name text COLLATE "C" NOT NULL,
        label text COLLATE "C" NOT NULL,
        wikidata text
    );
    CREATE INDEX entities_name_nocase ON entities (lower(name));
    CREATE TABLE article_entities (
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        entity_id text COLLATE "C" NOT NULL REFERENCES entities (id),
        mentions integer NOT NULL,
        PRIMARY KEY (article_id, entity_id)
    );
    CREATE INDEX article_entities_by_entity ON article_entities (entity_id, article_id, mentions);
    -- Running counts per entity, kept by the writer (one upsert per batch, in id order).
    CREATE TABLE entity_counts (
        entity_id text COLLATE "C" PRIMARY KEY,
        articles integer NOT NULL,
        mentions integer NOT NULL
    );
    CREATE INDEX entity_counts_rank ON entity_counts (articles DESC, mentions DESC);
"""

_QUOTES = """
    CREATE TABLE quotes (
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx integer NOT NULL,
        start integer NOT NULL,
        "end" integer NOT NULL,
        text text COLLATE "C" NOT NULL,
        kind text NOT NULL,
        speaker text COLLATE "C",
        speaker_text text,
        cue text,
        addressee text,
        date text COLLATE "C",
        date_precision text,
        date_basis text,
        date_start text COLLATE "C",
        date_end text COLLATE "C",
        PRIMARY KEY (article_id, idx)
    );
    CREATE INDEX quotes_speaker ON quotes (speaker);
    CREATE INDEX quotes_date ON quotes (date);
"""

_EVENTS = """
    CREATE TABLE events (
        article_id text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        idx integer NOT NULL,
        type text COLLATE "C" NOT NULL,
        mode text,
        trigger_start integer NOT NULL,
        trigger_end integer NOT NULL,
        trigger_text text NOT NULL,
        sentence_start integer NOT NULL,
        sentence_end integer NOT NULL,
        source text COLLATE "C",
        target text COLLATE "C",
        location text COLLATE "C",
        negated boolean NOT NULL,
        modality text NOT NULL,
        date text COLLATE "C",
        date_precision text,
        date_basis text,
        date_start text COLLATE "C",
        date_end text COLLATE "C",
        quote_idx integer,
        confidence double precision NOT NULL,
        PRIMARY KEY (article_id, idx)
    );
    CREATE INDEX events_type_date ON events (type, date);
    CREATE INDEX events_date ON events (date);
    CREATE TABLE event_actors (
        article_id text COLLATE "C" NOT NULL,
        idx integer NOT NULL,
        role text COLLATE "C" NOT NULL,
        entity text COLLATE "C" NOT NULL,
        PRIMARY KEY (article_id, idx, role, entity),
        FOREIGN KEY (article_id, idx) REFERENCES events (article_id, idx) ON DELETE CASCADE
    );
    CREATE INDEX event_actors_entity ON event_actors (entity, role);
"""

# The SQLite store's 0008: each quote and event stores the period it is dated to (its own date,
# else its article's) and whether it is longer than a month, so a date window is an index range.
# (Before, date_start/date_end held the quote's own period only, and queries fell back to the article's.)
_FACT_PERIODS = f"""
    ALTER TABLE quotes ADD COLUMN long_period boolean NOT NULL DEFAULT false;
    ALTER TABLE events ADD COLUMN long_period boolean NOT NULL DEFAULT false;
    UPDATE quotes q SET date_start = a.published_start, date_end = a.published_end
        FROM articles a WHERE a.id = q.article_id AND q.date_start IS NULL;
    UPDATE events ev SET date_start = a.published_start, date_end = a.published_end
        FROM articles a WHERE a.id = ev.article_id AND ev.date_start IS NULL;
    UPDATE quotes SET long_period = true WHERE date_end::date - date_start::date > {LONG_PERIOD_DAYS};
    UPDATE events SET long_period = true WHERE date_end::date - date_start::date > {LONG_PERIOD_DAYS};
    CREATE INDEX quotes_period ON quotes (date_start);
    CREATE INDEX quotes_long_period ON quotes (long_period) WHERE long_period;
    CREATE INDEX events_period ON events (date_start);
    CREATE INDEX events_long_period ON events (long_period) WHERE long_period;
"""

# The SQLite store's 0009 (stories, issue 17). `stored` numbers rows in the order they were
# written, where SQLite has its rowid: articles (the order `unthreaded_documents` and threading
# ties follow), signatures, duplicate links and stories (a rewritten story takes a new number,
# as SQLite's INSERT OR REPLACE gives it a new rowid).
_STORIES = """
    ALTER TABLE articles ADD COLUMN stored bigint GENERATED BY DEFAULT AS IDENTITY;
    CREATE INDEX articles_stored ON articles (stored);
    CREATE TABLE story_signatures (
        article_id text COLLATE "C" PRIMARY KEY,
        shingles integer NOT NULL,
        minhash bytea NOT NULL,
        stored bigint GENERATED BY DEFAULT AS IDENTITY
    );
    CREATE TABLE duplicates (
        article_id text COLLATE "C" PRIMARY KEY,
        duplicate_of text COLLATE "C" NOT NULL,
        similarity double precision NOT NULL,
        stored bigint GENERATED BY DEFAULT AS IDENTITY
    );
    CREATE INDEX duplicates_original ON duplicates (duplicate_of);
    CREATE TABLE article_vectors (
        article_id text COLLATE "C" PRIMARY KEY,
        model text NOT NULL,
        vector bytea NOT NULL
    );
    CREATE TABLE stories (
        id text COLLATE "C" PRIMARY KEY,
        title_article text COLLATE "C" NOT NULL,
        size integer NOT NULL,
        centroid bytea NOT NULL,
        title_vector bytea NOT NULL,
        entities text NOT NULL,
        events text NOT NULL,
        first text COLLATE "C",
        last text COLLATE "C",
        stored bigint GENERATED BY DEFAULT AS IDENTITY
    );
    CREATE INDEX stories_last ON stories (last);
    CREATE TABLE story_articles (
        article_id text COLLATE "C" PRIMARY KEY,
        story_id text COLLATE "C" NOT NULL,
        score double precision NOT NULL
    );
    CREATE INDEX story_articles_story ON story_articles (story_id);
"""

# Both stores' 0010 (issue 18, query speed): an entity's articles by date straight from an index
# (its newest articles and its neighbours, without reading all of them), and its articles and
# mentions per month kept as running counts (the profile's months and monthly timelines).
_ENTITY_PERIODS = """
    ALTER TABLE article_entities ADD COLUMN published text COLLATE "C";
    UPDATE article_entities ae SET published = a.published FROM articles a
        WHERE a.id = ae.article_id AND a.published IS NOT NULL;
    CREATE INDEX article_entities_newest
        ON article_entities (entity_id, published DESC NULLS LAST, article_id) INCLUDE (mentions);
    DROP INDEX article_entities_by_entity;
    CREATE TABLE entity_months (
        entity_id text COLLATE "C" NOT NULL,
        month text COLLATE "C" NOT NULL,
        articles integer NOT NULL,
        mentions integer NOT NULL,
        PRIMARY KEY (entity_id, month)
    );
    INSERT INTO entity_months (entity_id, month, articles, mentions)
        SELECT entity_id, CASE WHEN length(published) = 10 THEN substr(published, 1, 7) ELSE published END,
               count(*), sum(mentions)
        FROM article_entities WHERE published IS NOT NULL GROUP BY 1, 2;
"""

# Both stores' 0011 (issue 18, query speed of `entity NAME` and `quotes --speaker NAME`): running
# counts per (entity, mention text), upserted by the writer once per batch, answer the profile's
# aliases and the lookup by name (the mention-text index had no other reader); the date quotes
# and events are listed by (their own, else their article's) is stored on quotes, event_actors
# and quote_entities (the entities mentioned inside each quote), each indexed per entity in list
# order, so an actor's newest quotes, quotes about it and events are index ranges. Indexes that no
# query reads (quotes and events by their own date) are dropped, as in SQLite.
_NAMES_AND_NEWEST_QUOTES = """
    CREATE TABLE entity_aliases (
        entity_id text COLLATE "C" NOT NULL,
        text text COLLATE "C" NOT NULL,
        mentions integer NOT NULL,
        PRIMARY KEY (entity_id, text)
    );
    INSERT INTO entity_aliases (entity_id, text, mentions)
        SELECT entity, text, count(*) FROM mentions WHERE entity IS NOT NULL GROUP BY 1, 2;
    CREATE INDEX entity_aliases_text_nocase ON entity_aliases (lower(text), entity_id);
    DROP INDEX mentions_text_nocase;
    ALTER TABLE quotes ADD COLUMN sort_date text COLLATE "C";
    UPDATE quotes q SET sort_date = coalesce(q.date, a.published) FROM articles a WHERE a.id = q.article_id;
    CREATE INDEX quotes_speaker_newest ON quotes (speaker, sort_date DESC NULLS LAST, article_id, start, idx);
    DROP INDEX quotes_speaker;
    CREATE TABLE quote_entities (
        article_id text COLLATE "C" NOT NULL,
        idx integer NOT NULL,
        entity_id text COLLATE "C" NOT NULL,
        start integer NOT NULL,
        sort_date text COLLATE "C",
        PRIMARY KEY (article_id, idx, entity_id),
        FOREIGN KEY (article_id, idx) REFERENCES quotes (article_id, idx) ON DELETE CASCADE
    );
    INSERT INTO quote_entities (article_id, idx, entity_id, start, sort_date)
        SELECT DISTINCT q.article_id, q.idx, m.entity, q.start, q.sort_date FROM quotes q
        JOIN mentions m ON m.article_id = q.article_id AND m.start >= q.start AND m."end" <= q."end"
        WHERE m.entity IS NOT NULL;
    CREATE INDEX quote_entities_newest
        ON quote_entities (entity_id, sort_date DESC NULLS LAST, article_id, start, idx);
    ALTER TABLE event_actors ADD COLUMN sort_date text COLLATE "C";
    UPDATE event_actors x SET sort_date = coalesce(ev.date, a.published)
        FROM events ev JOIN articles a ON a.id = ev.article_id WHERE ev.article_id = x.article_id AND ev.idx = x.idx;
    CREATE INDEX event_actors_newest ON event_actors (entity, role, sort_date DESC NULLS LAST, article_id, idx);
    DROP INDEX event_actors_entity;
    DROP INDEX quotes_date;
    DROP INDEX events_date;
    DROP INDEX events_type_date;
    CREATE INDEX events_type ON events (type);
"""


MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("0001_articles", _ARTICLES),
    ("0002_full_text_index", _FULL_TEXT_INDEX),
    ("0003_sightings_and_mentions", _SIGHTINGS_AND_MENTIONS),
    ("0004_entities", _ENTITIES),
    ("0005_quotes", _QUOTES),
    ("0006_events", _EVENTS),
    ("0008_fact_periods", _FACT_PERIODS),
    ("0009_stories", _STORIES),
    ("0010_entity_periods", _ENTITY_PERIODS),
    ("0011_names_and_newest_quotes", _NAMES_AND_NEWEST_QUOTES),
)

# Held while migrating, so that two ingests starting at once on a new database migrate it once.
_LOCK = 0x6E67_7366  # 'ngsf'


def _tables(db: psycopg.Connection) -> set[str]:
    # pg_tables lists every table, also those this user may not read (information_schema would not).
    rows = db.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    return {row[0] for row in rows}


def _applied(db: psycopg.Connection) -> list[str]:
    return [row[0] for row in db.execute("SELECT name FROM schema_migrations ORDER BY name")]


def _newer(where: str, applied: list[str]) -> StoreError | None:
    unknown = sorted(set(applied) - {name for name, _ in MIGRATIONS})
    if not unknown:
        return None
    return StoreError(f"{where} was written by a newer nieuwsgraaf (migration {unknown[-1]}); "
                      "upgrade nieuwsgraaf to use it")


def check_schema(db: psycopg.Connection, where: str) -> None:
    """Refuse, for reading, a database that is not nieuwsgraaf's, is empty, newer or older."""
    tables = _tables(db)
    if "schema_migrations" not in tables:
        if tables:
            raise StoreError(f"{where} is a PostgreSQL database, but not nieuwsgraaf's "
                             "(it has no schema_migrations table)")
        raise StoreError(f"{where} is an empty database; run `nieuwsgraaf ingest --db URL ...` first")
    applied = _applied(db)
    if error := _newer(where, applied):
        raise error
    missing = [name for name, _ in MIGRATIONS if name not in applied]
    if missing:
        raise StoreError(f"{where} was written by an older nieuwsgraaf (migration {missing[0]} is not applied); "
                         "any `nieuwsgraaf ingest --db URL ...` upgrades it")
    db.rollback()


def migrate(db: psycopg.Connection, where: str) -> list[str]:
    """Apply the migrations not applied yet, in order, each with its record in one transaction;
    returns the names applied now. `db` must not be in autocommit mode."""
    with db.transaction():
        db.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
        tables = _tables(db)
        if "schema_migrations" not in tables and tables:
            raise StoreError(f"{where} is a PostgreSQL database, but not nieuwsgraaf's "
                             "(it has tables but no schema_migrations table); use an empty database")
        db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at text NOT NULL)")
    applied = []
    for name, sql in MIGRATIONS:
        with db.transaction():
            db.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
            done = _applied(db)
            if error := _newer(where, done):
                raise error
            if name in done:
                continue
            db.execute(sql)
            db.execute("INSERT INTO schema_migrations (name, applied_at) VALUES (%s, %s)",
                       (name, datetime.now(UTC).isoformat(timespec="seconds")))
        applied.append(name)
    return applied


def check_writable(db: psycopg.Connection, where: str) -> None:
    """Refuse to start an ingest that could not write: every table must take inserts from us."""
    rows = db.execute(
        """SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
           AND NOT has_table_privilege(format('%I.%I', schemaname, tablename), 'INSERT')
           ORDER BY tablename""").fetchall()
    db.rollback()
    if rows:
        raise StoreError(f"{where}: permission denied: this user may not insert into "
                         f"{', '.join(row[0] for row in rows)}; ask the database's owner for INSERT rights")
    if db.execute("SHOW transaction_read_only").fetchone()[0] == "on":
        db.rollback()
        raise StoreError(f"{where}: the server only allows reading (a standby, or default_transaction_read_only)")
    db.rollback()
