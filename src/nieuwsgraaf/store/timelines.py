"""What both stores share in building a timeline: when the running per-month counts can answer,
and the list of periods with their counts, empty ones filled in."""

from __future__ import annotations

from datetime import date, timedelta

from ..periods import bound_end, bound_start, overlaps
from ..records import TimelineBucket
from .date_sql import bucket_of, buckets_between

MAX_FILLED_BUCKETS = 5000  # a timeline lists empty periods between its first and last, up to this many


def months_answer(by: str, since: str | None, until: str | None) -> bool:
    """Whether an entity's running counts per month (entity_months) give the article counts of a
    timeline: by month or year, with a window (if any) of whole months. A day cut to its month
    then overlaps the window exactly when the day does."""
    if by not in ("month", "year"):
        return False
    if since and bound_start(since)[8:] != "01":
        return False
    if until:
        last = date.fromisoformat(bound_end(until))
        if (last + timedelta(days=1)).day != 1:
            return False
    return True


def month_buckets(rows, by: str, since: str | None, until: str | None) -> dict[str, int]:
    """Articles per bucket from (month key, articles) rows of entity_months, within the window."""
    counts: dict[str, int] = {}
    for key, articles in rows:
        if (since or until) and not overlaps(key, since, until):
            continue
        label = bucket_of(key, by)
        if label is not None:
            counts[label] = counts.get(label, 0) + articles
    return counts


def fill(counts: dict[str, list[int]], by: str, since: str | None, until: str | None) -> list[TimelineBucket]:
    """Every period from the first to the last counted (widened to `since`/`until`), in order,
    with its [mentions, quotes, events]; [] when nothing is counted."""
    if not counts:
        return []
    ends = [label for label in (bucket_of(bound_start(since), by) if since else None,
                                bucket_of(bound_end(until), by) if until else None) if label]
    known = [*counts, *ends]
    labels = buckets_between(min(known), max(known), by)
    if len(labels) > MAX_FILLED_BUCKETS:
        labels = sorted(counts)
    return [TimelineBucket(label, *counts.get(label, (0, 0, 0))) for label in labels]
