"""Story threads, grown one article at a time: join the best story nearby or open a new one.

Candidate stories come from an HNSW index (hnswlib) over unit story centroids: hnswlib adds
items one by one and updates an item's vector in place, so a story whose centroid moves keeps one
entry and nothing is rebuilt. Candidates are then scored exactly (scoring.py).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import hnswlib
import numpy as np

from ..records import StoryMember, StoryState, ThreadInput
from .options import StoryOptions
from .scoring import DaySpan, overlap, story_score, unit

VECTOR_WIDTH = 384


def decode_vector(data: bytes | None) -> np.ndarray | None:
    if not data:
        return None
    return np.frombuffer(data, dtype="<f2").astype(np.float32)


@dataclass
class _Story:
    """A story while threading runs (mutable; StoryState is what is stored)."""

    id: str
    title_article: str
    size: int
    centroid: np.ndarray
    title_vector: np.ndarray
    entities: Counter = field(default_factory=Counter)
    events: set = field(default_factory=set)
    days: DaySpan = DaySpan(None, None)

    @classmethod
    def from_state(cls, state: StoryState) -> _Story:
        return cls(state.id, state.title_article, state.size,
                   np.frombuffer(state.centroid, dtype="<f4").copy(),
                   np.frombuffer(state.title_vector, dtype="<f4").copy(),
                   Counter(dict(state.entities)), set(state.events), DaySpan(state.first, state.last))

    def to_state(self) -> StoryState:
        return StoryState(self.id, self.title_article, self.size, self.centroid.astype("<f4").tobytes(),
                          self.title_vector.astype("<f4").tobytes(), tuple(sorted(self.entities.items())),
                          tuple(sorted(self.events)), self.days.first, self.days.last)

    def top_entities(self, limit: int) -> set[str]:
        return {entity for entity, _ in self.entities.most_common(limit)}

    def add(self, item: ThreadInput, vector: np.ndarray | None) -> None:
        self.size += 1
        self.entities.update(set(item.entities))
        self.events.update(item.events)
        self.days = self.days.joined(DaySpan.of(item.published))
        if vector is None:
            return
        self.centroid = self.centroid + vector
        centre = unit(self.centroid)
        # the most central headline: the title article stays unless the new one is nearer the centre
        if float(vector @ centre) > float(unit(self.title_vector) @ centre) or not self.title_vector.any():
            self.title_article, self.title_vector = item.article_id, vector.copy()


class StoryThreads:
    """Every story's state and the nearest-centroid index; `assign` threads one article."""

    def __init__(self, options: StoryOptions, width: int = VECTOR_WIDTH):
        self.options = options
        self.width = width
        self.stories: dict[str, _Story] = {}
        self.story_of: dict[str, str] = {}  # article id -> story id
        self.labels: dict[str, int] = {}
        self.ids: list[str] = []
        self.index = hnswlib.Index(space="ip", dim=width)  # unit vectors: inner product is the cosine
        self.index.init_index(max_elements=1024, ef_construction=100, M=16)
        self.index.set_ef(64)

    def load(self, states, members) -> None:
        """Stored stories and who belongs to which."""
        loaded = []
        for state in states:
            story = self.stories[state.id] = _Story.from_state(state)
            if story.centroid.any():
                loaded.append(story)
        if loaded:  # one call for all of them: hnswlib builds in parallel
            first = len(self.ids)
            self.ids.extend(story.id for story in loaded)
            self.labels.update((story.id, first + k) for k, story in enumerate(loaded))
            self.index.resize_index(max(self.index.get_max_elements(), 2 * len(self.ids)))
            self.index.add_items(np.stack([unit(story.centroid) for story in loaded]),
                                 list(range(first, len(self.ids))))
        self.story_of.update((m.article_id, m.story_id) for m in members)

    def _index(self, story: _Story) -> None:
        if not story.centroid.any():
            return
        label = self.labels.get(story.id)
        if label is None:
            label = self.labels[story.id] = len(self.ids)
            self.ids.append(story.id)
            if label >= self.index.get_max_elements():
                self.index.resize_index(2 * self.index.get_max_elements())
        self.index.add_items(unit(story.centroid)[None, :], [label], num_threads=1)

    def candidates(self, vector: np.ndarray) -> list[tuple[_Story, float]]:
        """The stories whose centroids are nearest, with the cosine to each."""
        count = self.index.get_current_count()
        if not count:
            return []
        labels, distances = self.index.knn_query(vector[None, :], k=min(self.options.candidates, count),
                                                num_threads=1)  # one query: no thread pool to start
        return [(self.stories[self.ids[label]], 1.0 - float(distance))
                for label, distance in zip(labels[0], distances[0], strict=True)]

    def best_story(self, item: ThreadInput, vector: np.ndarray) -> tuple[_Story | None, float]:
        days = DaySpan.of(item.published)
        best, best_score = None, self.options.join_threshold
        for story, cosine in self.candidates(vector):
            gap = days.gap_days(story.days)
            if gap is not None and gap > self.options.window_days:
                continue
            score = story_score(cosine, overlap(item.entities, story.top_entities(self.options.top_story_entities)),
                                overlap(item.events, story.events), self.options)
            if score >= best_score:
                best, best_score = story, score
        return best, best_score

    def assign(self, item: ThreadInput) -> tuple[StoryMember, StoryState]:
        """Thread one article: a near-duplicate joins its original's story and leaves it unchanged;
        else the best-scoring story within the window, or a new story named after the article."""
        if item.article_id in self.story_of:
            story = self.stories[self.story_of[item.article_id]]
            return StoryMember(item.article_id, story.id, 1.0), story.to_state()
        if item.duplicate_of and item.duplicate_of in self.story_of:
            story_id = self.story_of[item.duplicate_of]
            self.story_of[item.article_id] = story_id
            return StoryMember(item.article_id, story_id, 1.0), self.stories[story_id].to_state()
        vector = decode_vector(item.vector)
        story, score = self.best_story(item, vector) if vector is not None else (None, 1.0)
        if story is None:
            zero = np.zeros(self.width, dtype=np.float32)
            story, score = _Story(item.article_id, item.article_id, 0, zero, zero), 1.0
            self.stories[story.id] = story
        story.add(item, vector)
        self._index(story)
        self.story_of[item.article_id] = story.id
        return StoryMember(item.article_id, story.id, round(score, 4)), story.to_state()
