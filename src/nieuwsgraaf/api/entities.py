"""/api/entities: a page of entities, and one entity's profile."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from ..query import entity_profile, list_entities
from ..records import EntityCount, EntityProfile, Page
from .params import Cursor, Limit, Store
from .problems import responses

router = APIRouter(prefix="/api/entities", tags=["entities"])


@router.get("", response_model=Page[EntityCount], responses=responses(400, 422))
def entities(
    read: Store,
    label: Annotated[Literal["PER", "ORG", "LOC", "MISC"] | None, Query(description="Only entities of this label.")] = None,
    q: Annotated[str | None, Query(description="The start of the name (any case).")] = None,
    limit: Limit = 50, cursor: Cursor = None,
) -> Page[EntityCount]:
    """Entities in the most articles first."""
    return read.ask(lambda store: list_entities(store, label, q, limit, cursor))


@router.get("/{entity_id}", response_model=EntityProfile, responses=responses(400, 404, 422))
def entity(
    read: Store,
    entity_id: str,
    date: Annotated[str | None, Query(description="Give the roles held on this date (YYYY, YYYY-MM or YYYY-MM-DD) "
                                               "in roles_at.")] = None,
) -> EntityProfile:
    """Knowledge-base fields and roles (with those held on `date`), aliases seen, mentions per
    month, quotes by and about it, events as actor and as recipient, strongest neighbours. The id
    may also be a name, alias or Wikidata id."""
    return read.ask(lambda store: entity_profile(store, entity_id, read.kb, date))
