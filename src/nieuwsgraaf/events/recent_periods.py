"""'De afgelopen dagen nam de druk toe', 'de komende dagen houden ze oefeningen': a span of days, weeks
or months that ends at the article or begins at it dates the event of its clause at the month that holds
the span, the year when it spans two months (docs/events.md §7, as a week is given; §60). An article
dated only at its month is counted from the middle of that month. A span up to the article dates a
past tense only (`spans_for_tense`). The words that open such a span and its direction are in
data/lexicons/period_directions.tsv.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc, Token

from .. import resources
from ..records import DateValue, FactDate, Timex
from .doctext import text_between
from .story import day_of, is_past

_LENGTH = re.compile(r"P(\d+|X)([DWM])")  # a number of days, weeks or months, or some ('dagen': PXD)
DAYS_IN = {"D": 1, "W": 7}
SOME = 3  # 'de afgelopen dagen', 'de komende weken': a few of them
MIDDLE = 15  # the day counted from in an article dated only at its month


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


def spans_for_tense(trigger: Token, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of `spans` (`recent_spans`) that may date the clause of `trigger`: a span up to the
    article ('de afgelopen weken') only a clause in a past tense, since the present with it tells a
    state that still holds ('zijn de laatste weken ontevreden': at the article); a span from it, any.
    An event noun has no tense of its own: 'demonstraties de afgelopen weken' keeps its span."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        return list(spans)
    past = [span for span in spans if _direction(text_between(trigger.doc, *span)) == "past"]
    return [span for span in spans if span not in past] if past and not is_past(trigger) else list(spans)


def recent_period(timex: Timex, published: DateValue | None) -> FactDate | None:
    """The month (or year) that holds the span of days, weeks or months `timex` names before or after
    the publication; None for another length ('de afgelopen uren') or date, or a span across two years.
    An article dated only at its month is counted from the month's middle (`_counted_from`): its day is
    unknown, so a few days stay in its month and a few weeks reach the month beside it (the year)."""
    direction, length = _direction(timex.text), _LENGTH.fullmatch(timex.value or "")
    today = _counted_from(published)
    if direction is None or length is None or today is None:
        return None
    count = SOME if length[1] == "X" else int(length[1])
    first, last = _span(today, count, length[2], direction)
    if (first.year, first.month) == (last.year, last.month):
        return FactDate(first.isoformat()[:7], "month", "relative")
    return FactDate(str(first.year), "year", "relative") if first.year == last.year else None


def _counted_from(published: DateValue | None) -> date | None:
    if published is None:
        return None
    if published.precision == "day":
        return day_of(published.value)
    return day_of(f"{published.value}-{MIDDLE:02d}") if published.precision == "month" else None


def _span(today: date, count: int, unit: str, direction: str) -> tuple[date, date]:
    """The first and last day of `count` days, weeks or months up to `today` (past) or from it."""
    if unit == "M":  # a month is counted by the calendar; its day does not matter for the month it names
        months = today.year * 12 + today.month - 1 + (count if direction == "future" else -count)
        other = date(months // 12, months % 12 + 1, 1)
        return (other, today) if direction == "past" else (today, other)
    span = timedelta(days=count * DAYS_IN[unit])
    return (today - span, today) if direction == "past" else (today, today + span)
