"""A story's threading state as a row of the `stories` table, the same in both stores."""

from __future__ import annotations

import json

from ..records import StoryState

STORY_COLUMNS = "id, title_article, size, centroid, title_vector, entities, events, first, last"


def state_from_row(row: tuple) -> StoryState:
    """The StoryState of a row read as STORY_COLUMNS (vectors as bytes, memoryview or bytes-like)."""
    story_id, title_article, size, centroid, title_vector, entities, events, first, last = row
    return StoryState(story_id, title_article, size, bytes(centroid), bytes(title_vector),
                      tuple((e, n) for e, n in json.loads(entities)), tuple(json.loads(events)), first, last)


def state_to_row(state: StoryState) -> tuple:
    """The values of STORY_COLUMNS for `state`, entities and events as JSON."""
    return (state.id, state.title_article, state.size, state.centroid, state.title_vector,
            json.dumps([list(pair) for pair in state.entities], ensure_ascii=False),
            json.dumps(list(state.events), ensure_ascii=False), state.first, state.last)
