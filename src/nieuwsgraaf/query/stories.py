"""Story questions: stories by date and entity, and one story with its timeline."""

from __future__ import annotations

from ..records import Page, Story, StoryQuery
from ..store import Store
from .dates import check_date_range
from .errors import QueryError, QueryUsageError
from .paging import paged


def entity_ids(store: Store, name: str) -> tuple[str, ...]:
    """The stored entities a name, alias or entity id stands for."""
    ids = ([name] if store.get_entity(name) else []) + [entity.id for entity in store.find_entities(name)]
    return tuple(dict.fromkeys(ids))


def find_stories(store: Store, since: str | None = None, until: str | None = None, entity: str | None = None,
                 limit: int = 50) -> list[Story]:
    """Stories whose days overlap the dates (see `query.dates`), about an entity (name, alias or id),
    the latest first; each lists its articles, near-duplicates marked, counted once."""
    since, until = check_date_range(since, until)
    if limit < 1:
        raise QueryUsageError("--limit must be at least 1")
    ids = None
    if entity is not None:
        ids = entity_ids(store, entity.strip())
        if not ids:
            raise QueryError(f"no stored entity is called {entity!r}")
    return store.find_stories(StoryQuery(since, until, ids, limit))


def stories_page(store: Store, since: str | None = None, until: str | None = None, entity: str | None = None,
                 limit: int = 50, cursor: str | None = None) -> Page[Story]:
    """A page of `find_stories` (`limit` at most 200, from `cursor`). The store lists stories from
    the first, so a later page reads the ones before it again: fine for the pages people click."""
    return paged("stories", cursor, limit,
                 lambda offset, count: find_stories(store, since, until, entity, offset + count)[offset:])


def story_detail(store: Store, story_id: str) -> Story:
    """One story (full id or a unique prefix of 6+ characters) with its timeline of dated facts."""
    story = store.get_story(story_id.strip())
    if story is None:
        raise QueryError(f"no story with id {story_id!r} (or the prefix is not unique)")
    return story
