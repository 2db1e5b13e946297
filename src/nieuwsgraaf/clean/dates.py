"""Publication dates printed in the page: the corpus header and lone date lines."""

from __future__ import annotations

import re
from datetime import date

from ..records import DateValue

_HEADER = re.compile(r"^\s*date (\d{4})-(\d{2})(?:-(\d{2}))?(?=\s|$)\s*")
_WEEKDAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)"
_TIME = r"\d{1,2}[:.u]\d{2}(?: uur)?"


def _make_date(year: int, month: int, day: int | None) -> DateValue | None:
    try:
        if day is None:
            date(year, month, 1)
            return DateValue(f"{year:04d}-{month:02d}", "month")
        return DateValue(date(year, month, day).isoformat(), "day")
    except ValueError:
        return None


def read_date_header(text: str) -> tuple[DateValue | None, str]:
    """Split off the corpus header (' date 2025-09-29 ' or ' date 2017-11 ')."""
    match = _HEADER.match(text)
    if not match:
        return None, text
    year, month, day = match.groups()
    found = _make_date(int(year), int(month), int(day) if day else None)
    return found, text[match.end():]


def date_line_pattern(months: dict[str, int]) -> re.Pattern[str]:
    names = "|".join(sorted(months, key=len, reverse=True))
    return re.compile(
        rf"^(?:{_WEEKDAY},?\s+)?(\d{{1,2}})\.?\s+({names})\.?\s+(\d{{4}})"
        rf"(?:\s*(?:[-,•|]|om)?\s*{_TIME})?$",
        re.IGNORECASE,
    )


def parse_date_line(paragraph: str, pattern: re.Pattern[str], months: dict[str, int]) -> DateValue | None:
    """Read a paragraph that is only a date ('29 juni 2018', 'donderdag, 7. april 2016 - 12:12')."""
    match = pattern.match(paragraph)
    if not match:
        return None
    day, month_name, year = match.groups()
    return _make_date(int(year), months[month_name.lower()], int(day))


# An agency byline with its timestamp: 'Door ANP - 6-10-2016, 18:59 (Update 6-10-2016, 18:59)',
# '21-10-2016, 10:51'. It stays in the text (it is the article's own line); its date dates the article.
_BYLINE_STAMP = re.compile(r"^(?:Door\s+[^\n]{1,60}?\s+-\s+)?(\d{1,2})-(\d{1,2})-((?:19|20)\d{2}),?\s+\d{1,2}[:.]\d{2}\b")


def byline_date(paragraph: str) -> DateValue | None:
    """The day of a byline timestamp opening a paragraph, or None."""
    match = _BYLINE_STAMP.match(paragraph)
    if not match:
        return None
    day, month, year = (int(group) for group in match.groups())
    return _make_date(year, month, day)


# Dates in article URLs: /2017/05/25/, /20230119/, dmf20191004_, /2025/12/ (month only).
_URL_DATES = (
    re.compile(r"/((?:19|20)\d{2})/(\d{2})/(\d{2})(?:/|$)"),
    re.compile(r"(?:/|dmf)((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_]|$)"),
    re.compile(r"/((?:19|20)\d{2})/(\d{2})(?:/)()"),
)


def date_from_url(url: str | None) -> DateValue | None:
    """The publication date many outlets put in their article URLs."""
    if not url:
        return None
    for pattern in _URL_DATES:
        match = pattern.search(url)
        if match:
            year, month, day = match.groups()
            found = _make_date(int(year), int(month), int(day) if day else None)
            if found:
                return found
    return None


def refine_published(*candidates: DateValue | None) -> DateValue | None:
    """Pick the first candidate, made more precise by later ones that agree with it.

    Candidates come most trusted first (corpus header, container date, URL date, a date
    line printed in the page); a later day-precision date refines an earlier month.
    """
    best: DateValue | None = None
    for candidate in candidates:
        if candidate is None:
            continue
        if best is None or len(candidate.value) > len(best.value) and candidate.value.startswith(best.value):
            best = candidate
    return best
