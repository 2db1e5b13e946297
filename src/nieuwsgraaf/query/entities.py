"""Entities: the top list, a page of them, one entity's profile, and the roles held on a date.

Names are looked up in the store (canonical names and the texts of mentions, any case) and in
the knowledge base (names, aliases, ids and Wikidata ids), so 'Poetin', 'Putin', 'Q7747' and
'per:vladimir-poetin' find the same entity.
"""

from __future__ import annotations

import re

from ..entities import KnowledgeBase
from ..entities.kb import Role
from ..records import EntityCount, EntityProfile, EventQuery, HeldRole, Page, QuoteQuery
from ..store import Store
from .dates import check_date
from .errors import QueryError, QueryUsageError
from .paging import paged

ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")
PROFILE_ITEMS = 20  # quotes, events, articles and neighbours on an entity's profile
_QID = re.compile(r"^Q[1-9][0-9]*$", re.IGNORECASE)


def _label(label: str | None) -> str | None:
    if label is not None and label.upper() not in ENTITY_LABELS:
        raise QueryUsageError(f"--type takes one of {', '.join(ENTITY_LABELS)}, not {label!r}")
    return label.upper() if label else None


# Unnamed sources ('een woordvoerder', 'ingewijden') share one local id across articles although
# they are different people in each: left out of rankings and networks.
UNNAMED_PREFIX = "local:other:"
_UNNAMED_SLACK = 50  # asked for beyond `top`, to fill the places unnamed sources leave


def named(entities: list, top: int) -> list:
    """The first `top` of `entities` (records with an `id`) that are not unnamed sources."""
    return [e for e in entities if not e.id.startswith(UNNAMED_PREFIX)][:top]


def top_entities(store: Store, label: str | None = None, top: int = 50) -> list[EntityCount]:
    """The entities in the most articles, optionally of one label; unnamed sources left out."""
    return named(store.top_entities(_label(label), top + _UNNAMED_SLACK), top)


def list_entities(store: Store, label: str | None = None, q: str | None = None, limit: int = 50,
                  cursor: str | None = None) -> Page[EntityCount]:
    """A page of entities, in the most articles first; `q`: the start of the name (any case)."""
    label = _label(label)
    prefix = q.strip() if q else None
    return paged("entities", cursor, limit, lambda offset, count: store.list_entities(label, prefix or None,
                                                                                    offset, count))


def ids_with_qid(kb: KnowledgeBase, qid: str) -> list[str]:
    qid = qid.strip().upper()
    return [actor.id for actor in kb.actors.values() if actor.qid == qid] if _QID.match(qid) else []


def find_entity(store: Store, name: str, kb: KnowledgeBase) -> EntityCount:
    """The stored entity with this id, else the one called `name` (or with this Wikidata id) in
    the most articles; QueryError when there is none."""
    name = name.strip()
    exact = store.get_entity(name) if name else None
    if exact is not None and exact.articles:
        return exact
    candidates = store.find_entities(name) if name else []
    if not candidates and name:
        known = [a.id for a in kb.find(name)] + ([name] if name in kb.actors else []) + ids_with_qid(kb, name)
        candidates = [c for c in store.entities_by_id(list(dict.fromkeys(known))) if c.articles]
        candidates.sort(key=lambda c: -c.articles)
    if not candidates:
        called = "has Wikidata id" if _QID.match(name) else "is called"
        raise QueryError(f"no stored entity {called} {name!r}")
    return candidates[0]


def entity_ids(store: Store, name: str, kb: KnowledgeBase) -> list[str]:
    """Every id `name` may stand for: stored entities called so, and knowledge-base actors."""
    name = name.strip()
    if _QID.match(name):
        return ids_with_qid(kb, name.upper())
    ids = ([name] if store.get_entity(name) else []) + [c.id for c in store.find_entities(name)]
    ids += [a.id for a in kb.find(name)] + ([name] if name in kb.actors else [])
    return list(dict.fromkeys(ids))


def held_role(kb: KnowledgeBase, role: Role) -> HeldRole:
    of_name = kb.actors[role.of].name if role.of in kb.actors else None
    return HeldRole(role.role, role.of, of_name, role.start, role.end, role.portfolio)


def roles_held(kb: KnowledgeBase, entity_id: str, day: str | None) -> list[HeldRole]:
    """The knowledge-base roles an entity held on `day` (YYYY, YYYY-MM or YYYY-MM-DD; a role held
    at any time within a year or month counts); None means the roles it holds today."""
    check_date("--at", day)
    actor = kb.actors.get(entity_id)
    return [held_role(kb, role) for role in (actor.roles if actor else ()) if role.active_on(day)]


def entity_profile(store: Store, name: str, kb: KnowledgeBase, date: str | None = None) -> EntityProfile:
    """One entity by id, name, alias or Wikidata id: its counts, knowledge-base roles (and those
    held on `date`), aliases seen, mentions per month, neighbours, articles, quotes by and about
    it, events as actor and as recipient."""
    date = check_date("date", date)
    entity = find_entity(store, name, kb)
    facts = store.entity_facts(entity.id, PROFILE_ITEMS)
    actor = kb.actors.get(entity.id)
    return EntityProfile(
        entity=entity,
        roles=tuple(held_role(kb, role) for role in (actor.roles if actor else ())),
        aliases_seen=facts.aliases,
        mentions_per_month=facts.months,
        co_mentioned=facts.co_mentioned,
        articles=facts.articles,
        events_as_actor=tuple(store.find_events(EventQuery(sources=(entity.id,), limit=PROFILE_ITEMS))),
        events_as_target=tuple(store.find_events(EventQuery(targets=(entity.id,), limit=PROFILE_ITEMS))),
        quotes_by=tuple(store.find_quotes(QuoteQuery(speakers=(entity.id,), limit=PROFILE_ITEMS))),
        quotes_about=tuple(store.find_quotes(QuoteQuery(about=(entity.id,), limit=PROFILE_ITEMS))),
        date=date,
        roles_at=tuple(roles_held(kb, entity.id, date)) if date else None,
    )
