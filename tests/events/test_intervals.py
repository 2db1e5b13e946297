"""A lapse of time before the article (events/intervals.py): 'drie maanden' before a day of May, and a
lapse of nothing ('0 maanden lang'), which dates nothing rather than failing."""

from __future__ import annotations

import pytest

from nieuwsgraaf.events.intervals import earlier_by
from nieuwsgraaf.records import DateValue

MAY_DAY = DateValue("2024-05-14", "day")


@pytest.mark.parametrize(("duration", "expected"), [
    ("P3M", ("2024-02", "month")),
    ("P2W", ("2024-04", "month")),  # weeks back are read to the month
    ("P10D", ("2024-05-04", "day")),
    ("P1Y", ("2023", "year")),
])
def test_a_lapse_before_the_article(duration, expected):
    found = earlier_by(duration, MAY_DAY)
    assert found is not None and (found.value, found.precision) == expected


@pytest.mark.parametrize("duration", ["P0M", "P0Y", "P0D", "P0Y0M"])
def test_a_lapse_of_nothing_dates_nothing(duration):
    assert earlier_by(duration, MAY_DAY) is None
    assert earlier_by(duration, DateValue("0001", "year")) is None
