"""'De afgelopen dagen nam de druk toe', 'de komende dagen houden ze oefeningen': a span of days or
weeks that ends at the article or begins at it dates the event of its clause at the month that holds
the span, the year when it spans two months (docs/events.md §7, as a week is given). The words that
open such a span and its direction are in data/lexicons/period_directions.tsv.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta
from functools import cache

from spacy.tokens import Doc, Token

from .. import resources
from ..records import DateValue, FactDate, Timex
from .doctext import text_between
from .story import day_of

_LENGTH = re.compile(r"P(\d+|X)([DW])")  # a number of days or weeks, or some ('dagen': PXD)
DAYS_IN = {"D": 1, "W": 7}
SOME = 3  # 'de afgelopen dagen', 'de komende weken': a few of them


@cache
def _directions() -> dict[str, str]:
    return {fields[0].lower(): fields[1] for _, fields in resources.lexicon_rows("period_directions.tsv")
            if len(fields) > 1}


def _direction(text: str) -> str | None:
    words = text.split()
    return _directions().get(words[0].lower()) if words else None


def recent_spans(trigger: Token, durations: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The durations among `durations` that open with a word of period_directions.tsv (their words
    read from their own tokens: `doc.text` would join the whole article for every trigger)."""
    return recent_spans_of(trigger.doc, durations)


def recent_spans_of(doc: Doc, durations: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """`recent_spans` of the durations of `doc`: they do not depend on the trigger."""
    return [(start, end) for start, end in durations if _direction(text_between(doc, start, end))]


def recent_period(timex: Timex, published: DateValue | None) -> FactDate | None:
    """The month (or year) that holds the span of days or weeks `timex` names before or after a
    publication day; None for another length ('de afgelopen uren', 'de komende maanden') or date."""
    direction, length = _direction(timex.text), _LENGTH.fullmatch(timex.value or "")
    today = day_of(published.value) if published is not None and published.precision == "day" else None
    if direction is None or length is None or today is None:
        return None
    count = SOME if length[1] == "X" else int(length[1])
    span = timedelta(days=count * DAYS_IN[length[2]])
    first, last = (today - span, today) if direction == "past" else (today, today + span)
    if (first.year, first.month) == (last.year, last.month):
        return FactDate(first.isoformat()[:7], "month", "relative")
    return FactDate(str(first.year), "year", "relative") if first.year == last.year else None
