"""The date rule of every date filter, as PostgreSQL SQL over stored period columns.

Each dated row stores the first and last day of its period (`periods.period`, computed when it is
written), so the rule of `periods.overlaps` is two text comparisons, as in the SQLite store. A
quote or event stores the period it is dated to (its own date, else its article's) and whether
that period is longer than `LONG_PERIOD_DAYS` (migration 0008, as in SQLite).
"""

from __future__ import annotations

from ...periods import period_end, period_start
from ..date_sql import LONG_PERIOD_DAYS, fact_period, fact_window_condition, overlap_condition

__all__ = ["LONG_PERIOD_DAYS", "date_condition", "fact_period", "fact_window", "period_columns",
           "published_range"]


def period_columns(value: str | None) -> tuple[str | None, str | None]:
    """(first day, last day) of a stored date value; (None, None) when it names no period."""
    return period_start(value), period_end(value)


def date_condition(start: str, end: str, since: str | None, until: str | None,
                   include_undated: bool) -> tuple[str | None, list[str]]:
    """SQL for the date rule over the period from `start` to `end` (SQL expressions, NULL when
    undated), with its parameters; undated rows pass only with `include_undated`."""
    return overlap_condition(start, end, since, until, include_undated, "%s")


def fact_window(alias: str, since: str | None, until: str | None,
                include_undated: bool) -> tuple[str | None, list[str]]:
    """The date rule over the stored period of a quote or event (`alias`.date_start/date_end),
    written so that the date_start index drives it (as in the SQLite store)."""
    return fact_window_condition(alias, since, until, include_undated, "%s", f"{alias}.long_period")


def published_range(since: str | None, until: str | None) -> tuple[str | None, list[str]]:
    """The articles of a period, by their stored first and last day (the articles_period index)."""
    return date_condition("a.published_start", "a.published_end", since, until, include_undated=False)
