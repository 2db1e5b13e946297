"""Questions over the store, answered as records; the CLI, API and web UI all call these."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..entities import KnowledgeBase
from ..entities.kb import Role
from ..records import (
    EVENT_TYPES,
    CorpusStats,
    EntityCount,
    EntityProfile,
    EventQuery,
    SearchHit,
    SearchQuery,
    StoredEvent,
)
from ..store import SearchSyntaxError, Store
from .dates import check_date, check_date_range
from .errors import QueryError, QueryUsageError

_QID = re.compile(r"^Q[1-9][0-9]*$", re.IGNORECASE)


def _check_date(name: str, value: str | None) -> None:
    """A date option (--`name`) checked by the one date reader, `dates.check_date`."""
    check_date(f"--{name}", value)


def search_articles(store: Store, query: SearchQuery, include_undated: bool = False) -> list[SearchHit]:
    """Full-text search with date, source and language filters, best matches first; with filters
    and no words, the articles that pass them, newest first. Syntax: `nieuwsgraaf search --help`."""
    since, until = check_date_range(query.since, query.until)
    source = query.source.strip() if query.source is not None else None
    if source is not None and not source:
        raise QueryUsageError("--source is empty; give an outlet such as nu.nl")
    query = replace(query, text=query.text.strip(), since=since, until=until, source=source)
    if not query.text and not (since or until or source or query.language):
        raise QueryUsageError("give words to search for, or a filter (--since, --until, --source, --language) "
                              "to list articles by date")
    try:
        return store.search(query, include_undated=include_undated)
    except SearchSyntaxError as error:
        raise QueryUsageError(str(error)) from error


def article_document(store: Store, article_id: str) -> dict[str, Any]:
    """The document JSON of one article (full id or a unique prefix of 6+ characters)."""
    document = store.get_document(article_id.strip())
    if document is None:
        raise QueryError(f"no article with id {article_id!r} (or the prefix is not unique)")
    return document


def corpus_stats(store: Store) -> CorpusStats:
    return store.stats()


ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")


def top_entities(store: Store, label: str | None = None, top: int = 50) -> list[EntityCount]:
    """The entities in the most articles, optionally of one label."""
    if label is not None and label.upper() not in ENTITY_LABELS:
        raise QueryUsageError(f"--type takes one of {', '.join(ENTITY_LABELS)}, not {label!r}")
    return store.top_entities(label.upper() if label else None, top)


def entity_profile(store: Store, name: str, kb: KnowledgeBase) -> EntityProfile:
    """One entity by name, alias or id: canonical name, QID, roles, aliases seen, months, neighbours."""
    candidates = store.find_entities(name)
    if not candidates:
        known = [a.id for a in kb.find(name)] + ([name] if name in kb.actors else []) + _ids_with_qid(kb, name)
        candidates = [c for actor_id in known for c in store.find_entities(kb.actors[actor_id].name)
                      if c.id == actor_id]
    if not candidates:
        called = "has Wikidata id" if _QID.match(name.strip()) else "is called"
        raise QueryError(f"no stored entity {called} {name!r}")
    entity = candidates[0]
    rows = store.entity_rows(entity.id)
    actor = kb.actors.get(entity.id)
    roles = tuple(_role_to_dict(kb, role) for role in (actor.roles if actor else ()))
    return EntityProfile(
        entity=entity,
        roles=roles,
        aliases_seen=tuple(rows["aliases"]),
        mentions_per_month=tuple(rows["months"]),
        co_mentioned=tuple(EntityCount(*row) for row in rows["co_mentioned"]),
        articles=tuple(dict(zip(("id", "title", "published", "source", "mentions"), row, strict=True))
                       for row in rows["articles"]),
        events_as_actor=tuple(store.find_events(EventQuery(sources=(entity.id,), limit=20))),
        events_as_target=tuple(store.find_events(EventQuery(targets=(entity.id,), limit=20))),
    )


def _ids_with_qid(kb: KnowledgeBase, qid: str) -> list[str]:
    qid = qid.strip().upper()
    return [actor.id for actor in kb.actors.values() if actor.qid == qid] if _QID.match(qid) else []


def _role_to_dict(kb: KnowledgeBase, role: Role) -> dict[str, Any]:
    return {"role": role.role, "of": role.of, "of_name": kb.actors[role.of].name if role.of in kb.actors else None,
            "start": role.start, "end": role.end, "portfolio": role.portfolio}


def roles_held(kb: KnowledgeBase, entity_id: str, day: str | None) -> list[dict[str, Any]]:
    """The knowledge-base roles an entity held on `day` (YYYY, YYYY-MM or YYYY-MM-DD; a role held
    at any time within a year or month counts); None means the roles it holds today."""
    _check_date("at", day)
    actor = kb.actors.get(entity_id)
    return [_role_to_dict(kb, role) for role in (actor.roles if actor else ()) if role.active_on(day)]


def _entity_ids(store: Store, name: str, kb: KnowledgeBase) -> list[str]:
    if _QID.match(name):
        return _ids_with_qid(kb, name.upper())
    ids = [c.id for c in store.find_entities(name)]
    ids += [a.id for a in kb.find(name)] + ([name] if name in kb.actors else [])
    return list(dict.fromkeys(ids))


def find_quotes(store: Store, kb: KnowledgeBase, speaker: str | None = None, about: str | None = None,
                since: str | None = None, until: str | None = None, limit: int = 50,
                include_undated: bool = False) -> list[dict[str, Any]]:
    """Quotes by who said them (name, alias or id), what they are about, and when (the quote's own
    date, else its article's, matched by overlap: see `query.dates`)."""
    since, until = check_date_range(since, until)
    speakers = _entity_ids(store, speaker, kb) if speaker else None
    if speaker and not speakers:
        raise QueryError(f"no stored entity is called {speaker!r}")
    about_ids = _entity_ids(store, about, kb) if about else None
    return store.find_quotes(speakers, about_ids, about, since, until, limit, include_undated=include_undated)


def find_events(store: Store, kb: KnowledgeBase, kind: str | None = None, source: str | None = None,
                target: str | None = None, since: str | None = None, until: str | None = None,
                limit: int = 50, include_undated: bool = False, min_confidence: float = 0.0) -> list[StoredEvent]:
    """Events by PLOVER type, actor and recipient (a name, alias, Wikidata id or entity id), and date
    (the event's own, else its article's, matched by overlap: see `query.dates`)."""
    since, until = check_date_range(since, until)
    if kind and kind.upper() not in EVENT_TYPES:
        raise QueryUsageError(f"unknown event type {kind!r}; one of {', '.join(EVENT_TYPES)}")
    kind = kind.upper() if kind else None
    actors = {}
    for role, name in (("source", source), ("target", target)):
        if name:
            actors[role] = tuple(_entity_ids(store, name, kb))
            if not actors[role]:
                raise QueryError(f"no stored entity is called {name!r}")
    query = EventQuery(kind, actors.get("source"), actors.get("target"), since, until, include_undated,
                       min_confidence, limit)
    return store.find_events(query)


__all__ = ["QueryError", "QueryUsageError", "article_document", "corpus_stats", "entity_profile", "find_events", "find_quotes", "roles_held", "search_articles",
           "top_entities"]
