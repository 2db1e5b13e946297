"""'Twee maanden nadat hij de regering verliet, gaf hij zijn oordeel': a duration right before 'nadat'
says how long before the clause it hangs on the clause it opens happened. With nothing else dating
that clause, the event in it is dated the duration before the article (docs/events.md §10), at the
precision of the duration's largest unit: years give a year, months or weeks a month, days a day.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, timedelta

from spacy.tokens import Token

from ..records import DateValue, FactDate
from ..time.calendar import Anchor, shift_month
from .doctext import text_between
from .modality import clause_verb

AFTER = frozenset({"nadat"})
_DURATION = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?")
_PRECISION = {"Y": "year", "M": "month", "W": "month", "D": "day"}


def interval_time(trigger: Token, durations: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The duration standing right before the 'nadat' that opens the trigger's clause, wherever the
    parser hung it ('Drieënhalf jaar nadat CDA … beloofden')."""
    marks = [c for c in clause_verb(trigger).children if c.dep_ == "mark" and c.lower_ in AFTER]
    if not marks:
        return None
    doc, at = trigger.doc, marks[0].idx
    return next(((start, end) for start, end in durations if end <= at and not text_between(doc, end, at).strip()),
                None)


def earlier_by(duration: str | None, anchor: DateValue | None) -> FactDate | None:
    """The date `duration` (an ISO 8601 period of whole years, months, weeks or days) before
    `anchor`, or None when the anchor is not known to the precision the duration needs."""
    found = _DURATION.fullmatch(duration or "")
    known = Anchor.from_value(anchor)
    if found is None or known is None:
        return None
    years, months, weeks, days = (int(part or 0) for part in found.groups())
    if not (years or months or weeks or days):  # 'P0M' from '0 maanden lang': no lapse to go back by
        return None
    largest = next(unit for unit, amount in zip("YMWD", (years, months, weeks, days), strict=True) if amount)
    precision = _PRECISION[largest]
    year, month = shift_month(known.year, known.month or 1, -(12 * years + months))
    if weeks or days:
        if known.date is None:
            return None
        last = calendar.monthrange(year, month)[1]  # 31 March minus a month is the last day of February
        value = (date(year, month, min(known.day or 1, last)) - timedelta(days=7 * weeks + days)).isoformat()
    else:
        if known.month is None and months:
            return None
        value = f"{year:04d}-{month:02d}"
    return FactDate(value[:{"year": 4, "month": 7, "day": 10}[precision]], precision, "relative")
