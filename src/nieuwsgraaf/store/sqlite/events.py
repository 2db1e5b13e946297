"""Events in the SQLite store: writing an article's events and reading them back as records."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from ...records import ActorRef, Analysis, EventQuery, FactDate, StoredEvent, Trigger
from ..base import StoreError
from ..sorting import sort_date
from .dates import fact_period, fact_window
from .filters import outlet_condition
from .guards import guarded
from .opening import explain


def _actor(entity_id: str | None, name: str | None, wikidata: str | None) -> ActorRef | None:
    return ActorRef(entity_id, name, wikidata) if entity_id else None


def _stored_event(row: tuple) -> StoredEvent:
    (article_id, idx, kind, mode, t_start, t_end, t_text, sentence, source, s_name, s_qid, target, t_name,
     t_qid, location, l_name, l_qid, negated, modality, date, precision, basis, quote, confidence,
     url, title, outlet, published) = row
    return StoredEvent(
        article_id=article_id, index=idx, type=kind, mode=mode, trigger=Trigger(t_start, t_end, t_text),
        sentence=sentence, source=_actor(source, s_name, s_qid), target=_actor(target, t_name, t_qid),
        location=_actor(location, l_name, l_qid), negated=bool(negated), modality=modality,
        date=FactDate(date, precision, basis), quote=quote, confidence=confidence, url=url, title=title,
        outlet=outlet, published=published,
    )


class EventRows:
    """The store's event tables (migration 0006): a part of SqliteStore, kept in its own module."""

    db: sqlite3.Connection
    path: str

    def _insert_events(self, analysis: Analysis) -> None:
        article_id = analysis.article.id
        published = analysis.article.published.value if analysis.article.published else None
        self.db.executemany(
            """INSERT INTO events (article_id, idx, type, mode, trigger_start, trigger_end, trigger_text,
                   sentence_start, sentence_end, source, target, location, negated, modality, date,
                   date_precision, date_basis, quote_idx, confidence, date_start, date_end, long_period)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [(article_id, i, e.type, e.mode, e.trigger.start, e.trigger.end, e.trigger.text, *e.sentence,
              e.source, e.target, e.location, int(e.negated), e.modality, e.date.value, e.date.precision,
              e.date.basis, e.quote, e.confidence, *fact_period(e.date.value, published))
             for i, e in enumerate(analysis.events)],
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO event_actors (article_id, idx, role, entity, sort_date) VALUES (?, ?, ?, ?, ?)",
            [(article_id, i, role, entity, sort_date(e.date.value, published)) for i, e in enumerate(analysis.events)
             for role in ("source", "target", "location") for entity in e.actors(role)],
        )

    @guarded
    def find_events(self, query: EventQuery) -> list[StoredEvent]:
        """Events by type, actor and recipient ids and date (the event's own, else its article's,
        compared by overlap), newest first."""
        return list(self.iter_events(query))

    def iter_events(self, query: EventQuery) -> Iterator[StoredEvent]:
        """find_events as a stream, for exports (`query.limit` None: all of them)."""
        filters, params = ["ev.confidence >= ?"], [query.min_confidence]
        if query.type:
            filters.append("ev.type = ?")
            params.append(query.type.upper())
        # One actor in one role: its event_actors rows, indexed in list order (migration 0011),
        # drive the query, so the newest events are read first and LIMIT stops early.
        source, order = "events ev", "coalesce(ev.date, a.published) DESC, ev.article_id, ev.idx"
        roles = [(role, ids) for role, ids in (("source", query.sources), ("target", query.targets))
                 if ids is not None]
        if len(roles) == 1 and len(roles[0][1]) == 1:
            source = ("event_actors x CROSS JOIN events ev ON ev.article_id = x.article_id AND ev.idx = x.idx")
            order = "x.sort_date DESC, x.article_id, x.idx"
            filters.append(f"x.entity = ? AND x.role = '{roles[0][0]}'")
            params.extend(roles[0][1])
            roles = []
        for role, ids in roles:
            # Driven by the event_actors index: only the actor's events are read.
            filters.append(f"""(ev.article_id, ev.idx) IN (SELECT article_id, idx FROM event_actors
                               WHERE entity IN ({','.join('?' * len(ids))}) AND role = '{role}')""")
            params.extend(ids)
        dates, date_params = fact_window("ev", query.since, query.until, query.include_undated)
        if dates:
            filters.append(dates)
            params.extend(date_params)
        if query.outlet:
            sql, outlet_params = outlet_condition("a.source", query.outlet)
            filters.append(sql)
            params.extend(outlet_params)
        cursor = self.db.execute(
            f"""SELECT ev.article_id, ev.idx, ev.type, ev.mode, ev.trigger_start, ev.trigger_end, ev.trigger_text,
                       substr(a.text, ev.sentence_start + 1, ev.sentence_end - ev.sentence_start),
                       ev.source, s.name, s.wikidata, ev.target, t.name, t.wikidata,
                       ev.location, l.name, l.wikidata, ev.negated, ev.modality,
                       ev.date, ev.date_precision, ev.date_basis, ev.quote_idx, ev.confidence,
                       a.url, a.title, a.source, a.published
                FROM {source} JOIN articles a ON a.id = ev.article_id
                     LEFT JOIN entities s ON s.id = ev.source LEFT JOIN entities t ON t.id = ev.target
                     LEFT JOIN entities l ON l.id = ev.location
                WHERE {' AND '.join(filters)}
                ORDER BY {order} LIMIT ? OFFSET ?""",
            [*params, -1 if query.limit is None else query.limit, query.offset])
        try:
            while rows := cursor.fetchmany(1000):
                yield from (_stored_event(row) for row in rows)
        except sqlite3.Error as error:
            raise StoreError(explain(self.path, error)) from error

