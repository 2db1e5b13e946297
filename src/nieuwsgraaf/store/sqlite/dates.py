"""The date rule of every date filter, as SQL: periods that overlap (`periods.overlaps`)."""

from __future__ import annotations

from ...periods import bound_end, bound_start


def date_condition(start: str, end: str, since: str | None, until: str | None,
                    include_undated: bool) -> tuple[str | None, list[str]]:
    """SQL for the date rule of `periods.overlaps` over the period from `start` to `end` (SQL
    expressions, NULL when undated); undated rows pass only with `include_undated`."""
    conditions, params = [], []
    if since:
        conditions.append(f"{end} >= ?")
        params.append(bound_start(since))
    if until:
        conditions.append(f"{start} <= ?")
        params.append(bound_end(until))
    if not conditions:
        return None, []
    sql = " AND ".join(conditions)
    return (f"({start} IS NULL OR ({sql}))" if include_undated else f"({sql})"), params
