"""The period a stored date value stands for: its first and last day.

Dates in the store carry their precision in their shape: "2017-05-24" is a day, "2017-05" a
month, "2017" a year, and quote dates may also be TIMEX3 weeks ("2017-W21"), weekends ("2017-W21-WE"), quarters
("2017-Q2"), halves ("2017-H1"), seasons ("2017-SU"), decades ("201") or centuries ("20").
Date filters compare periods, not strings: see `overlaps`.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"\d{4}")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(?:-.*)?")
_WEEKEND = re.compile(r"(\d{4})-W(\d{2})-WE")
_PART = re.compile(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)")
_DECADE = re.compile(r"\d{3}")
_CENTURY = re.compile(r"\d{2}")

# First and last month of each part of a year; winter runs from December into the next year.
_PARTS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12),
          "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _months(year: int, first: int, last: int) -> tuple[str, str]:
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    end_day = calendar.monthrange(end_year, end_month)[1]
    return date(year, first, 1).isoformat(), date(end_year, end_month, end_day).isoformat()


@lru_cache(maxsize=65536)
def period(value: str | None) -> tuple[str, str] | None:
    """("YYYY-MM-DD", "YYYY-MM-DD"), the first and last day `value` covers; None when it names no
    period (no value, an unknown year like "XXXX-05", a duration, an impossible date)."""
    if not value:
        return None
    try:
        if m := _DAY.fullmatch(value):
            day = date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            return day, day
        if m := _MONTH.fullmatch(value):
            month = int(m[2])
            return _months(int(m[1]), month, month) if 1 <= month <= 12 else None
        if _YEAR.fullmatch(value):
            return _months(int(value), 1, 12)
        if m := _WEEKEND.fullmatch(value):  # Saturday and Sunday: 'afgelopen weekend'
            year, week = int(m[1]), int(m[2])
            return date.fromisocalendar(year, week, 6).isoformat(), date.fromisocalendar(year, week, 7).isoformat()
        if m := _WEEK.fullmatch(value):
            year, week = int(m[1]), int(m[2])
            return date.fromisocalendar(year, week, 1).isoformat(), date.fromisocalendar(year, week, 7).isoformat()
        if m := _PART.fullmatch(value):
            return _months(int(m[1]), *_PARTS[m[2]])
        if _DECADE.fullmatch(value):
            return _months(int(value) * 10, 1, 12)[0], _months(int(value) * 10 + 9, 1, 12)[1]
        if _CENTURY.fullmatch(value):
            return _months(int(value) * 100, 1, 12)[0], _months(int(value) * 100 + 99, 1, 12)[1]
    except ValueError:  # year 0, week 54, February 30th
        return None
    return None


def period_start(value: str | None) -> str | None:
    found = period(value)
    return found[0] if found else None


def period_end(value: str | None) -> str | None:
    found = period(value)
    return found[1] if found else None


def overlaps(value: str | None, since: str | None, until: str | None) -> bool | None:
    """Whether the period of `value` overlaps the range from `since` to `until` (both inclusive,
    either open); None when `value` names no period.

    The rule every date filter follows: a value matches `since` when its period ends on or after
    the first day of `since`, and `until` when its period starts on or before the last day of
    `until`. So "2017-05" matches both `since 2017-05-24` and `until 2017-05-01`: it may be either.
    """
    found = period(value)
    if found is None:
        return None
    return (since is None or found[1] >= bound_start(since)) and (until is None or found[0] <= bound_end(until))


def bound_start(value: str) -> str:
    """The first day of a date filter value ("2018" -> "2018-01-01")."""
    found = period(value)
    if found is None:
        raise ValueError(f"not a date: {value!r}")
    return found[0]


def bound_end(value: str) -> str:
    """The last day of a date filter value ("2018-02" -> "2018-02-28")."""
    found = period(value)
    if found is None:
        raise ValueError(f"not a date: {value!r}")
    return found[1]
