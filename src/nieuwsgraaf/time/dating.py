"""The date a fact happened: from a timex in its sentence, the narrative, or the publication."""

from __future__ import annotations

from collections.abc import Sequence

from ..periods import period_end, period_start
from ..records import DateValue, FactDate, Timex


def precision_of(value: str) -> str:
    """'day', 'month', 'year', 'week', 'weekend', 'quarter', 'season', 'half', 'decade', 'century'
    or 'time'."""
    if value.endswith("-WE"):
        return "weekend"
    if "T" in value[10:11] or len(value) > 10:
        return "time"
    if len(value) == 10:
        return "day"
    if "-W" in value:
        return "week"
    if "-Q" in value:
        return "quarter"
    if "-H" in value:
        return "half"
    if value[-2:] in ("SP", "SU", "FA", "WI"):
        return "season"
    return {7: "month", 4: "year", 3: "decade", 2: "century"}.get(len(value), "year")


def _datable(timex: Timex) -> bool:
    # 'nu' (PRESENT_REF) says when relative to the speaker, not on which day.
    return timex.type in ("DATE", "TIME") and timex.value is not None and not timex.value.endswith("_REF")


def date_fact(
    timexes: Sequence[Timex],
    sentence: tuple[int, int],
    trigger_start: int,
    published: DateValue | None,
) -> FactDate:
    """Date the fact whose trigger starts at `trigger_start` in `sentence` (character offsets).

    basis: 'explicit' (an absolute timex in the sentence), 'relative' (a timex in the
    sentence resolved against the publication or narrative date), 'narrative' (the last
    datable timex before the sentence), 'publication' (the article's date; value None if unknown).
    """
    start, end = sentence
    inside = [t for t in timexes if start <= t.start < end and _datable(t)]
    if inside:
        nearest = min(inside, key=lambda t: abs(t.start - trigger_start))
        basis = "explicit" if nearest.anchor == "absolute" else "relative"
        return FactDate(nearest.value, precision_of(nearest.value), basis)
    before = [t for t in timexes if t.end <= start and _datable(t)]
    if before:
        last = before[-1]
        return FactDate(last.value, precision_of(last.value), "narrative")
    if published:
        return FactDate(published.value, published.precision, "publication")
    return FactDate(None, None, "publication")


def not_after_publication(found: FactDate, published: DateValue | None) -> FactDate:
    """What an article reports as said or done cannot have happened after the article: a date
    that starts later ('dinsdag' read forward, the date a quote talks about) gives way to the
    publication date. 'Later' is after the last day the article may have appeared: with a
    publication date known to the month, '6 augustus' in that month may be the day itself."""
    if published and found.value and (period_start(found.value) or "") > (period_end(published.value) or "9999"):
        return FactDate(published.value, published.precision, "publication")
    return found
