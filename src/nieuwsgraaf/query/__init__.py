"""Questions over the store, answered as records; the CLI, API and web UI all call these."""

from __future__ import annotations

import re
from typing import Any

from ..entities import KnowledgeBase
from ..records import CorpusStats, EntityCount, EntityProfile, SearchHit, SearchQuery
from ..store import Store

_DATE_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class QueryError(ValueError):
    """A query the user gave cannot be answered as asked (nothing matches)."""


class QueryUsageError(QueryError):
    """A query argument is malformed (a date, a type, an empty search)."""


def _check_date(name: str, value: str | None) -> None:
    if value is not None and not _DATE_PREFIX.match(value):
        raise QueryUsageError(f"--{name} takes YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")


def search_articles(store: Store, query: SearchQuery) -> list[SearchHit]:
    """Full-text search with date, source and language filters, best matches first."""
    if not query.text.strip():
        raise QueryUsageError("the search text is empty")
    _check_date("since", query.since)
    _check_date("until", query.until)
    return store.search(query)


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
        known = [a.id for a in kb.find(name)] + ([name] if name in kb.actors else [])
        candidates = [c for actor_id in known for c in store.find_entities(kb.actors[actor_id].name)
                      if c.id == actor_id]
    if not candidates:
        raise QueryError(f"no stored entity is called {name!r}")
    entity = candidates[0]
    rows = store.entity_rows(entity.id)
    actor = kb.actors.get(entity.id)
    roles = tuple({"role": r.role, "of": r.of, "of_name": kb.actors[r.of].name if r.of in kb.actors else None,
                   "start": r.start, "end": r.end, "portfolio": r.portfolio} for r in (actor.roles if actor else ()))
    return EntityProfile(
        entity=entity,
        roles=roles,
        aliases_seen=tuple(rows["aliases"]),
        mentions_per_month=tuple(rows["months"]),
        co_mentioned=tuple(EntityCount(*row) for row in rows["co_mentioned"]),
        articles=tuple(dict(zip(("id", "title", "published", "source", "mentions"), row, strict=True))
                       for row in rows["articles"]),
    )


def _entity_ids(store: Store, name: str, kb: KnowledgeBase) -> list[str]:
    ids = [c.id for c in store.find_entities(name)]
    ids += [a.id for a in kb.find(name)] + ([name] if name in kb.actors else [])
    return list(dict.fromkeys(ids))


def find_quotes(store: Store, kb: KnowledgeBase, speaker: str | None = None, about: str | None = None,
                since: str | None = None, until: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Quotes by who said them (name, alias or id), what they are about, and when."""
    _check_date("since", since)
    _check_date("until", until)
    speakers = _entity_ids(store, speaker, kb) if speaker else None
    if speaker and not speakers:
        raise QueryError(f"no stored entity is called {speaker!r}")
    about_ids = _entity_ids(store, about, kb) if about else None
    return store.find_quotes(speakers, about_ids, about, since, until, limit)


__all__ = ["QueryError", "QueryUsageError", "article_document", "corpus_stats", "entity_profile", "find_quotes", "search_articles",
           "top_entities"]
