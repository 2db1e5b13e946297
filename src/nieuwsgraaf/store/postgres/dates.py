"""The date rule of every date filter, as PostgreSQL SQL over stored period columns.

Each dated row stores the first and last day of its period (`periods.period`, computed when it is
written), so the rule of `periods.overlaps` is two text comparisons, as in the SQLite store.
"""

from __future__ import annotations

from ...periods import bound_end, bound_start, period_end, period_start


def period_columns(value: str | None) -> tuple[str | None, str | None]:
    """(first day, last day) of a stored date value; (None, None) when it names no period."""
    return period_start(value), period_end(value)


def date_condition(start: str, end: str, since: str | None, until: str | None,
                   include_undated: bool) -> tuple[str | None, list[str]]:
    """SQL for the date rule over the period from `start` to `end` (SQL expressions, NULL when
    undated), with its parameters; undated rows pass only with `include_undated`."""
    conditions, params = [], []
    if since:
        conditions.append(f"{end} >= %s")
        params.append(bound_start(since))
    if until:
        conditions.append(f"{start} <= %s")
        params.append(bound_end(until))
    if not conditions:
        return None, []
    sql = " AND ".join(conditions)
    return (f"({start} IS NULL OR ({sql}))" if include_undated else f"({sql})"), params
