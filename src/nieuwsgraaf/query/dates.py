"""Date filters (--since, --until): read and checked here, for every command that takes them.

A filter names a period (a year, a month or a day) and so does every stored date, at the
precision its source gave. They match by overlap (`store.periods.overlaps`): `--since S` keeps
what ends on or after the first day of S, `--until U` what starts on or before the last day of U.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from ..periods import bound_end, bound_start
from .errors import QueryUsageError

DATE_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD"

# For --help texts: the rule in words, the same wherever a command filters by date.
DATE_RULE = (
    "Dates are periods and match when they overlap: a date known only as 2017-05 is kept by "
    "--since 2017-05-24 and by --until 2017-05-01 alike."
)
SINCE_HELP = f"On or after ({DATE_FORMS}): kept when its date ends on or after the first day of this."
UNTIL_HELP = f"On or before ({DATE_FORMS}): kept when its date starts on or before the last day of this."
UNDATED_HELP = "Also list what has no date when --since or --until is given (left out by default)."

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def check_date(option: str, value: str | None) -> str | None:
    """`value` stripped, when it is a real year, month or day; QueryUsageError otherwise."""
    if value is None:
        return None
    text = value.strip()
    found = _DATE.fullmatch(text)
    if not found:
        raise QueryUsageError(f"{option} takes {DATE_FORMS}, not {value!r}")
    year, month, day = int(found[1]), found[2], found[3]
    if year == 0:
        raise QueryUsageError(f"{option} {text}: there is no year 0")
    if month and not 1 <= int(month) <= 12:
        raise QueryUsageError(f"{option} {text}: there is no month {month} (months run 01 to 12)")
    if day:
        try:
            date(year, int(month), int(day))
        except ValueError:
            last = calendar.monthrange(year, int(month))[1]
            raise QueryUsageError(f"{option} {text}: {year}-{month} has no day {day} "
                                  f"(it ends on day {last})") from None
    return text


def check_date_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """Both filters checked, and checked against each other: a range that ends before it starts
    cannot match anything."""
    since, until = check_date("--since", since), check_date("--until", until)
    if since and until and bound_start(since) > bound_end(until):
        raise QueryUsageError(f"--since {since} is after --until {until}: nothing can match")
    return since, until
