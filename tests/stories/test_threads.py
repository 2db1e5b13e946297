"""Incremental threading: an article joins the best story nearby or opens one (issue 17)."""

from __future__ import annotations

import numpy as np

from nieuwsgraaf.records import DateValue, ThreadInput
from nieuwsgraaf.stories import StoryOptions
from nieuwsgraaf.stories.features import vector_to_bytes
from nieuwsgraaf.stories.threads import StoryThreads

RNG = np.random.default_rng(5)
CENTRES = [c / np.linalg.norm(c) for c in RNG.normal(size=(3, 384))]


def vector_near(centre: int, noise: float = 0.1) -> bytes:
    vector = CENTRES[centre] + noise * RNG.normal(size=384) / np.sqrt(384)
    return vector_to_bytes(vector / np.linalg.norm(vector))


def item(article_id: str, centre: int, day: str | None, entities=("per:mark-rutte",), duplicate_of=None) -> ThreadInput:
    return ThreadInput(article_id, DateValue(day, "day") if day else None, vector_near(centre),
                       tuple(entities), (), duplicate_of)


def test_an_article_near_a_story_in_its_window_joins_it():
    threads = StoryThreads(StoryOptions())
    first, _ = threads.assign(item("a1", 0, "2025-06-24"))
    second, state = threads.assign(item("a2", 0, "2025-06-25"))
    assert first.story_id == second.story_id == "a1"
    assert state.size == 2 and (state.first, state.last) == ("2025-06-24", "2025-06-25")


def test_a_different_text_opens_a_new_story():
    threads = StoryThreads(StoryOptions())
    threads.assign(item("a1", 0, "2025-06-24"))
    member, _ = threads.assign(item("b1", 1, "2025-06-24", entities=("org:navo",)))
    assert member.story_id == "b1"


def test_the_same_text_outside_the_window_opens_a_new_story():
    threads = StoryThreads(StoryOptions(window_days=10))
    threads.assign(item("a1", 0, "2025-06-24"))
    member, _ = threads.assign(item("a2", 0, "2025-07-20"))
    assert member.story_id == "a2"


def test_a_near_duplicate_joins_its_originals_story_without_moving_it():
    threads = StoryThreads(StoryOptions())
    _, before = threads.assign(item("a1", 0, "2025-06-24"))
    member, after = threads.assign(item("copy", 2, "2025-06-24", duplicate_of="a1"))
    assert member.story_id == "a1"
    assert after.size == before.size and after.centroid == before.centroid


def test_stories_are_chosen_among_the_nearest_of_many():
    threads = StoryThreads(StoryOptions())
    for number in range(300):  # other stories, other days
        threads.assign(ThreadInput(f"x{number}", DateValue("2020-01-01", "day"),
                                   vector_to_bytes(RNG.normal(size=384).astype(np.float32)), (), ()))
    threads.assign(item("a1", 0, "2025-06-24"))
    member, _ = threads.assign(item("a2", 0, "2025-06-26"))
    assert member.story_id == "a1"
