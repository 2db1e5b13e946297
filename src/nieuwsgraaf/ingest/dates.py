"""Turning the dates that containers carry (ISO strings, feed time tuples) into DateValues."""

from __future__ import annotations

import re
import time
from datetime import date

from ..records import DateValue

_ISO_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def iso_to_date_value(text: str | None) -> DateValue | None:
    """Read the date part of an ISO 8601 string ('2024-03-14T08:30:00+01:00', '2017-11')."""
    if not text:
        return None
    match = _ISO_DATE.match(str(text))
    if not match:
        return None
    year, month, day = match.groups()
    try:
        if day:
            return DateValue(date(int(year), int(month), int(day)).isoformat(), "day")
        if month:
            date(int(year), int(month), 1)
            return DateValue(f"{int(year):04d}-{int(month):02d}", "month")
    except ValueError:
        return None
    return DateValue(f"{int(year):04d}", "year")


def struct_time_to_date_value(value: time.struct_time | None) -> DateValue | None:
    """Read a feedparser `*_parsed` time tuple (UTC) as a day-precision date."""
    if not value:
        return None
    try:
        return DateValue(date(value.tm_year, value.tm_mon, value.tm_mday).isoformat(), "day")
    except ValueError:
        return None
