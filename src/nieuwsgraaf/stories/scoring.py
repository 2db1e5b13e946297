"""How well an article fits a story: text, shared entities, shared events and time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from ..periods import period_end, period_start
from ..records import DateValue
from .options import StoryOptions


@dataclass(frozen=True)
class DaySpan:
    """The days an article (or a story) covers; None ends when undated."""

    first: str | None
    last: str | None

    @classmethod
    def of(cls, published: DateValue | None) -> DaySpan:
        value = published.value if published else None
        return cls(period_start(value), period_end(value))

    def gap_days(self, other: DaySpan) -> int | None:
        """Days between the two spans (0 when they overlap); None when either is undated."""
        if not (self.first and self.last and other.first and other.last):
            return None
        if self.last < other.first:
            return (date.fromisoformat(other.first) - date.fromisoformat(self.last)).days
        if other.last < self.first:
            return (date.fromisoformat(self.first) - date.fromisoformat(other.last)).days
        return 0

    def joined(self, other: DaySpan) -> DaySpan:
        firsts = [d for d in (self.first, other.first) if d]
        lasts = [d for d in (self.last, other.last) if d]
        return DaySpan(min(firsts) if firsts else None, max(lasts) if lasts else None)


def overlap(article: tuple[str, ...], story: set[str]) -> float:
    """The share of the article's items (entities or event keys) the story already has."""
    if not article or not story:
        return 0.0
    return sum(item in story for item in article) / len(article)


def story_score(cosine: float, entity_overlap: float, event_overlap: float, options: StoryOptions) -> float:
    return cosine + options.entity_weight * entity_overlap + options.event_weight * event_overlap


def unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector
