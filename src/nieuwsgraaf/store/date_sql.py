"""The date rule of every date filter as SQL, for both stores (they differ only in the parameter
mark and in how they write true), and the Python side of stored periods: a fact's period and the
buckets of a timeline (a day, an ISO week, a month or a year).
"""

from __future__ import annotations

from datetime import date, timedelta

from ..periods import bound_end, bound_start, period

# A quote's or event's period longer than this (years, quarters, seasons, decades) is marked
# `long_period`, so that a window's index range on date_start may be one month wide only.
LONG_PERIOD_DAYS = 31


def overlap_condition(start: str, end: str, since: str | None, until: str | None, include_undated: bool,
                      mark: str) -> tuple[str | None, list[str]]:
    """SQL for the date rule of `periods.overlaps` over the period from `start` to `end` (SQL
    expressions, NULL when undated), with parameter mark `mark` ('?' or '%s'); undated rows pass
    only with `include_undated`."""
    conditions, params = [], []
    if since:
        conditions.append(f"{end} >= {mark}")
        params.append(bound_start(since))
    if until:
        conditions.append(f"{start} <= {mark}")
        params.append(bound_end(until))
    if not conditions:
        return None, []
    sql = " AND ".join(conditions)
    return (f"({start} IS NULL OR ({sql}))" if include_undated else f"({sql})"), params


def fact_window_condition(alias: str, since: str | None, until: str | None, include_undated: bool,
                          mark: str, long_period: str) -> tuple[str | None, list[str]]:
    """The date rule over the stored period of a quote or event (`alias`.date_start/date_end),
    written so that the date_start index drives it; `long_period` is the SQL that tests the flag."""
    conditions, params = [], []
    if since:
        start = bound_start(since)
        lowest = (date.fromisoformat(start) - timedelta(days=LONG_PERIOD_DAYS)).isoformat()
        conditions.append(f"({alias}.date_start >= {mark} OR {long_period}) AND {alias}.date_end >= {mark}")
        params.extend([lowest, start])
    if until:
        conditions.append(f"{alias}.date_start <= {mark}")
        params.append(bound_end(until))
    if not conditions:
        return None, []
    sql = " AND ".join(conditions)
    return (f"({alias}.date_start IS NULL OR ({sql}))" if include_undated else f"({sql})"), params


def bucket_of(value: str | None, by: str) -> str | None:
    """The day ('2018-03-02'), ISO week ('2018-W09'), month ('2018-03') or year ('2018') the period
    of a stored date value falls in; None when it names no period or spans more than one bucket
    (a date known only to the month has no day or week)."""
    found = period(value)
    if found is None:
        return None
    first, last = (_label(date.fromisoformat(day), by) for day in found)
    return first if first == last else None


def _label(day: date, by: str) -> str:
    if by == "day":
        return day.isoformat()
    if by == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "month":
        return day.isoformat()[:7]
    return day.isoformat()[:4]


def buckets_between(first: str, last: str, by: str) -> list[str]:
    """Every bucket label from `first` to `last` (both labels of `bucket_of`), in order."""
    start, end = period(first), period(last)
    if start is None or end is None:
        return [first] if first == last else [first, last]
    labels, day, stop = [], date.fromisoformat(start[0]), date.fromisoformat(end[0])
    while day <= stop:
        labels.append(_label(day, by))
        day = date.fromisoformat(period(labels[-1])[1]) + timedelta(days=1)
    return labels


def fact_period(value: str | None, published: str | None) -> tuple[str | None, str | None, int]:
    """The first and last day a fact is dated to (its own date, else its article's), and 1 when
    that period is longer than `LONG_PERIOD_DAYS`: the stored date_start, date_end,
    long_period of a quote or event (migration 0008 computes the same for older rows)."""
    found = period(value) or period(published)
    if found is None:
        return None, None, 0
    days = (date.fromisoformat(found[1]) - date.fromisoformat(found[0])).days
    return found[0], found[1], int(days > LONG_PERIOD_DAYS)
