"""Events in the PostgreSQL store: writing an article's events and reading them back as records."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg

from ...records import ActorRef, Analysis, EventQuery, FactDate, StoredEvent, Trigger
from ..sorting import sort_date
from .dates import fact_period, fact_window
from .filters import outlet_condition

_EVENT_COLUMNS = ("article_id, idx, type, mode, trigger_start, trigger_end, trigger_text, sentence_start, "
                  "sentence_end, source, target, location, negated, modality, date, date_precision, date_basis, "
                  "date_start, date_end, long_period, quote_idx, confidence")


def _published(analysis: Analysis) -> str | None:
    return analysis.article.published.value if analysis.article.published else None


def copy_events(db: psycopg.Connection, new: list[Analysis]) -> None:
    """The events and event actors of articles this transaction inserted."""
    events = [(a.article.id, i, e.type, e.mode, e.trigger.start, e.trigger.end, e.trigger.text, *e.sentence,
               e.source, e.target, e.location, e.negated, e.modality, e.date.value, e.date.precision, e.date.basis,
               *_period(e.date.value, _published(a)), e.quote, e.confidence)
              for a in new for i, e in enumerate(a.events)]
    actors = list(dict.fromkeys((a.article.id, i, role, entity, sort_date(e.date.value, _published(a)))
                                for a in new for i, e in enumerate(a.events)
                                for role in ("source", "target", "location") for entity in e.actors(role)))
    with db.cursor() as cursor:
        if events:
            with cursor.copy(f"COPY events ({_EVENT_COLUMNS}) FROM STDIN") as copy:
                for row in events:
                    copy.write_row(row)
        if actors:
            with cursor.copy("COPY event_actors (article_id, idx, role, entity, sort_date) FROM STDIN") as copy:
                for row in actors:
                    copy.write_row(row)


def _period(value: str | None, published: str | None) -> tuple[str | None, str | None, bool]:
    start, end, long_period = fact_period(value, published)
    return start, end, bool(long_period)


def _actor(entity_id: str | None, name: str | None, wikidata: str | None) -> ActorRef | None:
    return ActorRef(entity_id, name, wikidata) if entity_id else None


def stored_event(row: tuple) -> StoredEvent:
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


def events_query(query: EventQuery) -> tuple[str, list]:
    """The SQL and parameters of `find_events`: filters as in the SQLite store, newest first."""
    filters, params = ["ev.confidence >= %s"], [query.min_confidence]
    if query.type:
        filters.append("ev.type = %s")
        params.append(query.type.upper())
    # One actor in one role: its event_actors rows, indexed in list order (migration 0011), drive
    # the query, so the newest events are read first and LIMIT stops early.
    source, order = "events ev", "coalesce(ev.date, a.published) DESC NULLS LAST, ev.article_id, ev.idx"
    roles = [(role, ids) for role, ids in (("source", query.sources), ("target", query.targets)) if ids is not None]
    if len(roles) == 1 and len(roles[0][1]) == 1:
        source = "event_actors x JOIN events ev ON ev.article_id = x.article_id AND ev.idx = x.idx"
        order = "x.sort_date DESC NULLS LAST, x.article_id, x.idx"
        filters.append("x.entity = %s AND x.role = %s")
        params.extend([roles[0][1][0], roles[0][0]])
        roles = []
    for role, ids in roles:
        filters.append("(ev.article_id, ev.idx) IN (SELECT article_id, idx FROM event_actors "
                       "WHERE entity = ANY(%s) AND role = %s)")
        params.extend([list(ids), role])
    dates, date_params = fact_window("ev", query.since, query.until, query.include_undated)
    if dates:
        filters.append(dates)
        params.extend(date_params)
    if query.outlet:
        sql, outlet_params = outlet_condition("a.source", query.outlet)
        filters.append(sql)
        params.extend(outlet_params)
    sql = f"""SELECT ev.article_id, ev.idx, ev.type, ev.mode, ev.trigger_start, ev.trigger_end, ev.trigger_text,
                     substr(a.text, ev.sentence_start + 1, ev.sentence_end - ev.sentence_start),
                     ev.source, s.name, s.wikidata, ev.target, t.name, t.wikidata,
                     ev.location, l.name, l.wikidata, ev.negated, ev.modality,
                     ev.date, ev.date_precision, ev.date_basis, ev.quote_idx, ev.confidence,
                     a.url, a.title, a.source, a.published
              FROM {source} JOIN articles a ON a.id = ev.article_id
                   LEFT JOIN entities s ON s.id = ev.source LEFT JOIN entities t ON t.id = ev.target
                   LEFT JOIN entities l ON l.id = ev.location
              WHERE {' AND '.join(filters)}
              ORDER BY {order} LIMIT %s OFFSET %s"""
    return sql, [*params, query.limit, query.offset]


def iter_events(db: psycopg.Connection, query: EventQuery) -> Iterator[StoredEvent]:
    """Events as a stream through a server-side cursor (inside the caller's transaction)."""
    sql, params = events_query(query)
    with db.cursor(name="ng_events") as cursor:
        cursor.itersize = 1000
        cursor.execute(sql, params)
        yield from (stored_event(row) for row in cursor)
