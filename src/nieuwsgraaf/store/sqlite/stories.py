"""Stories in the SQLite store (migration 0009): signatures, near-duplicates, vectors, threads."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

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
from ..base import StoreError
from ..story_state import STORY_COLUMNS, state_from_row, state_to_row
from .dates import date_condition
from .guards import guarded
from .opening import explain

# The title article's headline; when cleaning found none, its first line.
_TITLE = "coalesce(a.title, substr(a.text, 1, instr(a.text || char(10), char(10)) - 1))"


class StoryRows:
    """The store's story tables: a part of SqliteStore, kept in its own module."""

    db: sqlite3.Connection
    path: str

    # -- threading state ---------------------------------------------------------------

    def iter_signatures(self) -> Iterator[ArticleSignature]:
        """Every stored signature, in the order they were stored."""
        cursor = self.db.execute("SELECT article_id, shingles, minhash FROM story_signatures ORDER BY rowid")
        while rows := cursor.fetchmany(2000):
            yield from (ArticleSignature(*row) for row in rows)

    @guarded
    def duplicate_links(self) -> list[DuplicateLink]:
        rows = self.db.execute("SELECT article_id, duplicate_of, similarity FROM duplicates ORDER BY rowid")
        return [DuplicateLink(*row) for row in rows]

    def iter_story_states(self) -> Iterator[StoryState]:
        cursor = self.db.execute(f"SELECT {STORY_COLUMNS} FROM stories ORDER BY rowid")
        while rows := cursor.fetchmany(2000):
            yield from (state_from_row(row) for row in rows)

    def iter_story_members(self) -> Iterator[StoryMember]:
        cursor = self.db.execute("SELECT article_id, story_id, score FROM story_articles")
        while rows := cursor.fetchmany(5000):
            yield from (StoryMember(*row) for row in rows)

    @guarded
    def unthreaded_documents(self) -> list[dict[str, Any]]:
        """Documents of stored articles that have no story yet (a run stopped between the two writes)."""
        rows = self.db.execute("""SELECT a.document FROM articles a
                                  WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id)
                                  ORDER BY a.rowid""")
        return [json.loads(row[0]) for row in rows]

    def iter_thread_inputs(self) -> Iterator[ThreadInput]:
        """Every stored article as threading reads it, oldest publication first (undated last)."""
        cursor = self.db.execute(
            """SELECT a.id, a.published, a.published_precision, v.vector, d.duplicate_of,
                      (SELECT json_group_array(entity_id) FROM article_entities ae
                       WHERE ae.article_id = a.id AND ae.entity_id NOT LIKE 'local:%'),
                      (SELECT json_group_array(DISTINCT ev.type || ' ' || ea.entity) FROM event_actors ea
                       JOIN events ev ON ev.article_id = ea.article_id AND ev.idx = ea.idx
                       WHERE ea.article_id = a.id AND ea.role IN ('source', 'target')
                             AND ea.entity NOT LIKE 'local:%')
               FROM articles a LEFT JOIN article_vectors v ON v.article_id = a.id
                    LEFT JOIN duplicates d ON d.article_id = a.id
               ORDER BY ng_period_start(a.published) IS NULL, ng_period_start(a.published), a.rowid""")
        while rows := cursor.fetchmany(2000):
            for article_id, published, precision, vector, original, entities, events in rows:
                yield ThreadInput(article_id, DateValue(published, precision) if published else None, vector,
                                  tuple(sorted(json.loads(entities))), tuple(sorted(json.loads(events))),
                                  original)

    # -- writing -------------------------------------------------------------------------

    def _write_members(self, members: Iterable[StoryMember]) -> None:
        members = list(members)
        self.db.executemany(
            "INSERT OR REPLACE INTO story_articles (article_id, story_id, score) VALUES (?, ?, ?)",
            [(m.article_id, m.story_id, m.score) for m in members])
        # the document JSON names its story (and its first copy, set below)
        self.db.executemany("UPDATE articles SET document = json_set(document, '$.story', ?) WHERE id = ?",
                            [(m.story_id, m.article_id) for m in members])

    def _write_states(self, states: Iterable[StoryState]) -> None:
        self.db.executemany(
            f"INSERT OR REPLACE INTO stories ({STORY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [state_to_row(state) for state in states])

    def save_stories(self, write: StoryWrite) -> None:
        """Signatures, vectors, duplicate links, story states and memberships in one transaction."""
        try:
            with self.db:
                self.db.executemany(
                    "INSERT OR IGNORE INTO story_signatures (article_id, shingles, minhash) VALUES (?, ?, ?)",
                    [(s.article_id, s.shingles, s.hashvalues) for s in write.signatures])
                self.db.executemany(
                    "INSERT OR REPLACE INTO article_vectors (article_id, model, vector) VALUES (?, ?, ?)",
                    [(v.article_id, v.model, v.vector) for v in write.vectors])
                self.db.executemany(
                    "INSERT OR IGNORE INTO duplicates (article_id, duplicate_of, similarity) VALUES (?, ?, ?)",
                    [(d.article_id, d.duplicate_of, d.similarity) for d in write.duplicates])
                self.db.executemany(
                    "UPDATE articles SET document = json_set(document, '$.duplicate_of', ?) WHERE id = ?",
                    [(d.duplicate_of, d.article_id) for d in write.duplicates])
                self._write_states(write.stories)
                self._write_members(write.members)
        except sqlite3.Error as error:
            raise StoreError(f"could not store stories: {explain(self.path, error)}") from error

    def replace_stories(self, states: Iterable[StoryState], members: Iterable[StoryMember]) -> None:
        """Every story thread anew (a rebuild), in one transaction; signatures and duplicates stay."""
        try:
            with self.db:
                self.db.execute("DELETE FROM stories")
                self.db.execute("DELETE FROM story_articles")
                self._write_states(states)
                self._write_members(members)
        except sqlite3.Error as error:
            raise StoreError(f"could not store stories: {explain(self.path, error)}") from error

    # -- reading -------------------------------------------------------------------------

    def _story_articles(self, story_ids: list[str]) -> dict[str, list[StoryArticle]]:
        found: dict[str, list[StoryArticle]] = {story_id: [] for story_id in story_ids}
        for start in range(0, len(story_ids), 500):
            chunk = story_ids[start:start + 500]
            rows = self.db.execute(
                f"""SELECT s.story_id, a.id, a.url, a.source, a.title, a.published, a.published_precision,
                           d.duplicate_of
                    FROM story_articles s JOIN articles a ON a.id = s.article_id
                         LEFT JOIN duplicates d ON d.article_id = a.id
                    WHERE s.story_id IN ({','.join('?' * len(chunk))})
                    ORDER BY ng_period_start(a.published) IS NULL, ng_period_start(a.published), a.rowid""",
                chunk)
            for story_id, article_id, url, outlet, title, published, precision, original in rows:
                found[story_id].append(StoryArticle(article_id, url, outlet, title,
                                                    DateValue(published, precision) if published else None,
                                                    original))
        return found

    def _story_actors(self, story_id: str, limit: int = 8) -> tuple[EntityCount, ...]:
        rows = self.db.execute(
            """SELECT e.id, e.name, e.label, e.wikidata, count(DISTINCT ae.article_id), sum(ae.mentions)
               FROM story_articles s JOIN article_entities ae ON ae.article_id = s.article_id
                    JOIN entities e ON e.id = ae.entity_id
               WHERE s.story_id = ? AND e.id NOT LIKE 'local:%'
                     AND s.article_id NOT IN (SELECT article_id FROM duplicates)
               GROUP BY e.id ORDER BY count(DISTINCT ae.article_id) DESC, sum(ae.mentions) DESC, e.name, e.id
               LIMIT ?""", (story_id, limit))
        return tuple(EntityCount(*row) for row in rows)

    def _story(self, row: tuple, articles: list[StoryArticle],
               timeline: tuple[TimelineEntry, ...] = ()) -> Story:
        story_id, title, first, last = row
        outlets = tuple(dict.fromkeys(a.outlet for a in articles if a.outlet))
        return Story(story_id, title, tuple(articles), outlets, self._story_actors(story_id), first, last, timeline)

    @guarded
    def find_stories(self, query: StoryQuery) -> list[Story]:
        """Stories whose days overlap the date filter, with any of `query.entities` among their
        articles' entities, the latest first."""
        filters, params = [], []
        dates, date_params = date_condition("s.first", "s.last", query.since, query.until, False)
        if dates:
            filters.append(dates)
            params.extend(date_params)
        if query.entities is not None:
            filters.append(f"""s.id IN (SELECT sa.story_id FROM article_entities ae
                                        JOIN story_articles sa ON sa.article_id = ae.article_id
                                        WHERE ae.entity_id IN ({','.join('?' * len(query.entities))}))""")
            params.extend(query.entities)
        where = f"WHERE {' AND '.join(filters)}" if filters else ""
        rows = self.db.execute(
            f"""SELECT s.id, {_TITLE}, s.first, s.last FROM stories s LEFT JOIN articles a ON a.id = s.title_article
                {where} ORDER BY s.last IS NULL, s.last DESC, s.size DESC, s.id LIMIT ?""",
            [*params, query.limit]).fetchall()
        articles = self._story_articles([row[0] for row in rows])
        return [self._story(row, articles[row[0]]) for row in rows]

    @guarded
    def get_story(self, story_id: str) -> Story | None:
        """One story with its timeline; a unique id prefix of 6+ characters also works."""
        rows = self.db.execute(
            f"""SELECT s.id, {_TITLE}, s.first, s.last FROM stories s LEFT JOIN articles a ON a.id = s.title_article
               WHERE s.id = ? OR (length(?) >= 6 AND s.id LIKE ? || '%') LIMIT 2""",
            (story_id, story_id, story_id)).fetchall()
        if len(rows) != 1:
            return None
        found = rows[0][0]
        return self._story(rows[0], self._story_articles([found])[found], self._timeline(found))

    def _timeline(self, story_id: str) -> tuple[TimelineEntry, ...]:
        """Quotes and events of the story's articles (near-duplicates left out), by their own dates."""
        rows = self.db.execute(
            """SELECT * FROM (
                   SELECT q.date, q.date_precision, q.date_basis, 'quote' AS kind, q.text, q.speaker, e.name,
                          q.article_id, a.published, a.published_precision, q.idx
                   FROM story_articles s JOIN quotes q ON q.article_id = s.article_id
                        JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker
                   WHERE s.story_id = ? AND s.article_id NOT IN (SELECT article_id FROM duplicates)
                   UNION ALL
                   SELECT ev.date, ev.date_precision, ev.date_basis, 'event',
                          ev.type || ': ' || ev.trigger_text, ev.source, e.name, ev.article_id, a.published, a.published_precision,
                          ev.idx
                   FROM story_articles s JOIN events ev ON ev.article_id = s.article_id
                        JOIN articles a ON a.id = ev.article_id LEFT JOIN entities e ON e.id = ev.source
                   WHERE s.story_id = ? AND s.article_id NOT IN (SELECT article_id FROM duplicates))
               ORDER BY coalesce(ng_period_start(date), ng_period_start(published)) IS NULL,
                        coalesce(ng_period_start(date), ng_period_start(published)), article_id, kind, idx""",
            (story_id, story_id))
        entries = []
        for date, precision, basis, kind, text, actor, actor_name, article_id, published, exactness, _ in rows:
            when = FactDate(date, precision, basis) if date else FactDate(published, exactness, "publication")
            entries.append(TimelineEntry(when, kind, text, actor, actor_name, article_id))
        return tuple(entries)
