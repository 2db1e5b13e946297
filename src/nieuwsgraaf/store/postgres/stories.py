"""Stories in the PostgreSQL store (migration 0009): signatures, near-duplicates, vectors, threads.

The SQLite store's `stories.py` in PostgreSQL's SQL; `stored` stands for SQLite's rowid (the
order rows were written in). Rows two writers could share are written in key order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import psycopg

from ...records import (
    ArticleSignature,
    DateValue,
    DuplicateLink,
    EntityCount,
    FactDate,
    Story,
    StoryArticle,
    StoryMember,
    StoryQuery,
    StoryState,
    StoryWrite,
    ThreadInput,
    TimelineEntry,
)
from ..story_state import STORY_COLUMNS, state_from_row, state_to_row
from .dates import date_condition

# The title article's headline; when cleaning found none, its first line.
_TITLE = "coalesce(a.title, split_part(a.text, E'\\n', 1))"


# -- threading state ---------------------------------------------------------------------------

def iter_signatures(db: psycopg.Connection) -> Iterator[ArticleSignature]:
    with db.cursor(name="ng_signatures") as cursor:
        cursor.itersize = 2000
        cursor.execute("SELECT article_id, shingles, minhash FROM story_signatures ORDER BY stored")
        yield from (ArticleSignature(article_id, shingles, bytes(minhash)) for article_id, shingles, minhash in cursor)


def duplicate_links(db: psycopg.Connection) -> list[DuplicateLink]:
    rows = db.execute("SELECT article_id, duplicate_of, similarity FROM duplicates ORDER BY stored")
    return [DuplicateLink(*row) for row in rows]


def iter_story_states(db: psycopg.Connection) -> Iterator[StoryState]:
    with db.cursor(name="ng_stories") as cursor:
        cursor.itersize = 2000
        cursor.execute(f"SELECT {STORY_COLUMNS} FROM stories ORDER BY stored")
        yield from (state_from_row(row) for row in cursor)


def iter_story_members(db: psycopg.Connection) -> Iterator[StoryMember]:
    with db.cursor(name="ng_members") as cursor:
        cursor.itersize = 5000
        cursor.execute("SELECT article_id, story_id, score FROM story_articles")
        yield from (StoryMember(*row) for row in cursor)


def unthreaded_documents(db: psycopg.Connection) -> list[dict[str, Any]]:
    rows = db.execute("""SELECT a.document FROM articles a
                         WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id)
                         ORDER BY a.stored""")
    return [json.loads(row[0]) for row in rows]


def iter_thread_inputs(db: psycopg.Connection) -> Iterator[ThreadInput]:
    """Every stored article as threading reads it, oldest publication first (undated last)."""
    with db.cursor(name="ng_thread_inputs") as cursor:
        cursor.itersize = 2000
        cursor.execute(
            """SELECT a.id, a.published, a.published_precision, v.vector, d.duplicate_of,
                      ARRAY(SELECT entity_id FROM article_entities ae
                            WHERE ae.article_id = a.id AND ae.entity_id NOT LIKE 'local:%%'),
                      ARRAY(SELECT DISTINCT ev.type || ' ' || ea.entity FROM event_actors ea
                            JOIN events ev ON ev.article_id = ea.article_id AND ev.idx = ea.idx
                            WHERE ea.article_id = a.id AND ea.role IN ('source', 'target')
                                  AND ea.entity NOT LIKE 'local:%%')
               FROM articles a LEFT JOIN article_vectors v ON v.article_id = a.id
                    LEFT JOIN duplicates d ON d.article_id = a.id
               ORDER BY a.published_start NULLS LAST, a.stored""")
        for article_id, published, precision, vector, original, entities, events in cursor:
            yield ThreadInput(article_id, DateValue(published, precision) if published else None,
                              bytes(vector) if vector is not None else None,
                              tuple(sorted(entities)), tuple(sorted(events)), original)


# -- writing -----------------------------------------------------------------------------------

def _set_document_keys(db: psycopg.Connection, key: str, values: dict[str, str]) -> None:
    """Set `key` in the document JSON of each article of `values` (as SQLite's json_set: an
    existing key keeps its place, a new one comes last)."""
    if not values:
        return
    ids = sorted(values)
    rows = db.execute("SELECT id, document FROM articles WHERE id = ANY(%s) ORDER BY id FOR UPDATE",
                      (ids,)).fetchall()
    updated = []
    for article_id, text in rows:
        document = json.loads(text)
        document[key] = values[article_id]
        updated.append((article_id, json.dumps(document, ensure_ascii=False)))
    if updated:
        db.execute("""UPDATE articles a SET document = u.document
                      FROM unnest(%s::text[], %s::text[]) AS u(id, document) WHERE a.id = u.id""",
                   ([u[0] for u in updated], [u[1] for u in updated]))


def _write_members(db: psycopg.Connection, members: Iterable[StoryMember]) -> None:
    latest = {m.article_id: m for m in members}  # as INSERT OR REPLACE: the last one wins
    ids = sorted(latest)
    if not ids:
        return
    db.execute("""INSERT INTO story_articles (article_id, story_id, score)
                  SELECT * FROM unnest(%s::text[], %s::text[], %s::float8[]) ORDER BY 1
                  ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, score = excluded.score""",
               (ids, [latest[i].story_id for i in ids], [latest[i].score for i in ids]))
    _set_document_keys(db, "story", {i: latest[i].story_id for i in ids})


def _write_states(db: psycopg.Connection, states: Iterable[StoryState]) -> None:
    with db.cursor() as cursor:
        # One statement per story, in the order given: each rewrite takes a new `stored` number.
        cursor.executemany(
            f"""INSERT INTO stories ({STORY_COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)
                ON CONFLICT (id) DO UPDATE SET title_article = excluded.title_article, size = excluded.size,
                    centroid = excluded.centroid, title_vector = excluded.title_vector,
                    entities = excluded.entities, events = excluded.events, first = excluded.first,
                    last = excluded.last, stored = DEFAULT""",
            [state_to_row(state) for state in states])


def save_stories(db: psycopg.Connection, write: StoryWrite) -> None:
    """Signatures, vectors, duplicate links, story states and memberships, in the caller's transaction."""
    with db.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO story_signatures (article_id, shingles, minhash) VALUES (%s, %s, %s) "
            "ON CONFLICT (article_id) DO NOTHING",
            [(s.article_id, s.shingles, s.hashvalues) for s in write.signatures])
        cursor.executemany(
            "INSERT INTO article_vectors (article_id, model, vector) VALUES (%s, %s, %s) "
            "ON CONFLICT (article_id) DO UPDATE SET model = excluded.model, vector = excluded.vector",
            [(v.article_id, v.model, v.vector) for v in write.vectors])
        cursor.executemany(
            "INSERT INTO duplicates (article_id, duplicate_of, similarity) VALUES (%s, %s, %s) "
            "ON CONFLICT (article_id) DO NOTHING",
            [(d.article_id, d.duplicate_of, d.similarity) for d in write.duplicates])
    _set_document_keys(db, "duplicate_of", {d.article_id: d.duplicate_of for d in write.duplicates})
    _write_states(db, write.stories)
    _write_members(db, write.members)


def replace_stories(db: psycopg.Connection, states: Iterable[StoryState], members: Iterable[StoryMember]) -> None:
    """Every story thread anew (a rebuild), in the caller's transaction; signatures and duplicates stay."""
    db.execute("DELETE FROM stories")
    db.execute("DELETE FROM story_articles")
    _write_states(db, states)
    _write_members(db, members)


# -- reading -----------------------------------------------------------------------------------

def _story_articles(db: psycopg.Connection, story_ids: list[str]) -> dict[str, list[StoryArticle]]:
    found: dict[str, list[StoryArticle]] = {story_id: [] for story_id in story_ids}
    rows = db.execute(
        """SELECT s.story_id, a.id, a.url, a.source, a.title, a.published, a.published_precision, d.duplicate_of
           FROM story_articles s JOIN articles a ON a.id = s.article_id
                LEFT JOIN duplicates d ON d.article_id = a.id
           WHERE s.story_id = ANY(%s) ORDER BY a.published_start NULLS LAST, a.stored""", (story_ids,))
    for story_id, article_id, url, outlet, title, published, precision, original in rows:
        found[story_id].append(StoryArticle(article_id, url, outlet, title,
                                            DateValue(published, precision) if published else None, original))
    return found


def _story_actors(db: psycopg.Connection, story_id: str, limit: int = 8) -> tuple[EntityCount, ...]:
    rows = db.execute(
        """SELECT e.id, e.name, e.label, e.wikidata, count(DISTINCT ae.article_id), sum(ae.mentions)
           FROM story_articles s JOIN article_entities ae ON ae.article_id = s.article_id
                JOIN entities e ON e.id = ae.entity_id
           WHERE s.story_id = %s AND e.id NOT LIKE 'local:%%'
                 AND s.article_id NOT IN (SELECT article_id FROM duplicates)
           GROUP BY e.id ORDER BY count(DISTINCT ae.article_id) DESC, sum(ae.mentions) DESC, e.name, e.id
           LIMIT %s""", (story_id, limit))
    return tuple(EntityCount(i, name, label, qid, n, int(m)) for i, name, label, qid, n, m in rows)


def _story(db: psycopg.Connection, row: tuple, articles: list[StoryArticle],
           timeline: tuple[TimelineEntry, ...] = ()) -> Story:
    story_id, title, first, last = row
    outlets = tuple(dict.fromkeys(a.outlet for a in articles if a.outlet))
    return Story(story_id, title, tuple(articles), outlets, _story_actors(db, story_id), first, last, timeline)


def find_stories(db: psycopg.Connection, query: StoryQuery) -> list[Story]:
    filters, params = [], []
    dates, date_params = date_condition("s.first", "s.last", query.since, query.until, False)
    if dates:
        filters.append(dates)
        params.extend(date_params)
    if query.entities is not None:
        filters.append("""s.id IN (SELECT sa.story_id FROM article_entities ae
                                   JOIN story_articles sa ON sa.article_id = ae.article_id
                                   WHERE ae.entity_id = ANY(%s))""")
        params.append(list(query.entities))
    where = f"WHERE {' AND '.join(filters)}" if filters else ""
    rows = db.execute(
        f"""SELECT s.id, {_TITLE}, s.first, s.last FROM stories s LEFT JOIN articles a ON a.id = s.title_article
            {where} ORDER BY s.last DESC NULLS LAST, s.size DESC, s.id LIMIT %s""", [*params, query.limit]).fetchall()
    articles = _story_articles(db, [row[0] for row in rows])
    return [_story(db, row, articles[row[0]]) for row in rows]


def get_story(db: psycopg.Connection, story_id: str) -> Story | None:
    rows = db.execute(
        f"""SELECT s.id, {_TITLE}, s.first, s.last FROM stories s LEFT JOIN articles a ON a.id = s.title_article
            WHERE s.id = %s OR (length(%s) >= 6 AND s.id LIKE %s || '%%') LIMIT 2""",
        (story_id, story_id, story_id)).fetchall()
    if len(rows) != 1:
        return None
    found = rows[0][0]
    return _story(db, rows[0], _story_articles(db, [found])[found], _timeline(db, found))


def _timeline(db: psycopg.Connection, story_id: str) -> tuple[TimelineEntry, ...]:
    """Quotes and events of the story's articles (near-duplicates left out), by their own dates."""
    rows = db.execute(
        """SELECT * FROM (
               SELECT q.date, q.date_precision, q.date_basis, 'quote' AS kind, q.text, q.speaker, e.name,
                      q.article_id, a.published, a.published_precision, q.date_start, q.idx
               FROM story_articles s JOIN quotes q ON q.article_id = s.article_id
                    JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker
               WHERE s.story_id = %s AND s.article_id NOT IN (SELECT article_id FROM duplicates)
               UNION ALL
               SELECT ev.date, ev.date_precision, ev.date_basis, 'event', ev.type || ': ' || ev.trigger_text,
                      ev.source, e.name, ev.article_id, a.published, a.published_precision, ev.date_start, ev.idx
               FROM story_articles s JOIN events ev ON ev.article_id = s.article_id
                    JOIN articles a ON a.id = ev.article_id LEFT JOIN entities e ON e.id = ev.source
               WHERE s.story_id = %s AND s.article_id NOT IN (SELECT article_id FROM duplicates)) facts
           ORDER BY date_start NULLS LAST, article_id, kind, idx""", (story_id, story_id))
    entries = []
    for date, precision, basis, kind, text, actor, actor_name, article_id, published, exactness, _, _ in rows:
        when = FactDate(date, precision, basis) if date else FactDate(published, exactness, "publication")
        entries.append(TimelineEntry(when, kind, text, actor, actor_name, article_id))
    return tuple(entries)
