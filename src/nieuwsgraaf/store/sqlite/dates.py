"""The date rule of every date filter, as SQLite SQL (`?` parameters): the shared builders of
`store/date_sql.py`, and the Python side of stored periods they define."""

from __future__ import annotations

from ..date_sql import (
    LONG_PERIOD_DAYS,
    bucket_of,
    buckets_between,
    fact_period,
    fact_window_condition,
    overlap_condition,
)

__all__ = ["LONG_PERIOD_DAYS", "bucket_of", "buckets_between", "date_condition", "fact_period", "fact_window"]


def date_condition(start: str, end: str, since: str | None, until: str | None,
                   include_undated: bool) -> tuple[str | None, list[str]]:
    """SQL for the date rule of `periods.overlaps` over the period from `start` to `end` (SQL
    expressions, NULL when undated); undated rows pass only with `include_undated`."""
    return overlap_condition(start, end, since, until, include_undated, "?")


def fact_window(alias: str, since: str | None, until: str | None, include_undated: bool) -> tuple[str | None, list]:
    """The date rule over the stored period of a quote or event (`alias`.date_start/date_end),
    written so the date_start index drives it."""
    return fact_window_condition(alias, since, until, include_undated, "?", f"{alias}.long_period = 1")
