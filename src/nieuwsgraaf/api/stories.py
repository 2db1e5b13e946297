"""/api/stories: story threads (the same happening across outlets), and one story's timeline."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from ..query.stories import stories_page, story_detail
from ..records import Page, Story
from .params import Cursor, Limit, Since, Store, Until
from .problems import responses

router = APIRouter(prefix="/api/stories", tags=["stories"])


@router.get("", response_model=Page[Story], responses=responses(400, 404, 422))
def stories(
    read: Store,
    since: Since = None, until: Until = None,
    entity: Annotated[str | None, Query(description="Stories whose articles name this entity (name, alias or id).")] = None,
    limit: Limit = 50, cursor: Cursor = None,
) -> Page[Story]:
    """Stories whose days overlap the dates, the latest first; each lists its articles, a
    near-duplicate marked by `duplicate_of` (the copy first stored)."""
    return read.ask(lambda store: stories_page(store, since, until, entity, limit, cursor))


@router.get("/{story_id}", response_model=Story, responses=responses(404, 422))
def story(story_id: Annotated[str, Path(description="A story id, or a unique prefix of 6+ characters.")],
          read: Store) -> Story:
    """One story: its articles, outlets, main actors, and the timeline of its quotes and events
    by the dates they were said or happened."""
    return read.ask(lambda store: story_detail(store, story_id))
