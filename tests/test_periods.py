"""Stored dates as periods, and the overlap rule every date filter follows."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nieuwsgraaf.clean.normalize import article_id
from nieuwsgraaf.periods import bound_end, bound_start, overlaps, period
from nieuwsgraaf.records import (
    Analysis,
    Article,
    DateValue,
    FactDate,
    Quote,
    QuoteQuery,
    SearchQuery,
)
from nieuwsgraaf.store import open_store


@pytest.mark.parametrize(("value", "expected"), [
    ("2017-05-24", ("2017-05-24", "2017-05-24")),
    ("2017-05-24T14:30", ("2017-05-24", "2017-05-24")),
    ("2017-05", ("2017-05-01", "2017-05-31")),
    ("2016-02", ("2016-02-01", "2016-02-29")),
    ("2017", ("2017-01-01", "2017-12-31")),
    ("2017-W21", ("2017-05-22", "2017-05-28")),
    ("2017-W21-WE", ("2017-05-27", "2017-05-28")),  # the weekend: Saturday and Sunday
    ("2017-Q2", ("2017-04-01", "2017-06-30")),
    ("2017-H2", ("2017-07-01", "2017-12-31")),
    ("2017-SU", ("2017-06-01", "2017-08-31")),
    ("2017-WI", ("2017-12-01", "2018-02-28")),
    ("201", ("2010-01-01", "2019-12-31")),
    ("20", ("2000-01-01", "2099-12-31")),
])
def test_period_of_each_stored_form(value, expected):
    assert period(value) == expected


@pytest.mark.parametrize("value", [None, "", "XXXX-05", "2017-13", "2017-02-30", "2017-W60", "PRESENT_REF",
                                   "P3D", "0000"])
def test_values_that_name_no_period(value):
    assert period(value) is None


def test_filter_bounds_are_first_and_last_days():
    assert (bound_start("2018"), bound_end("2018-02")) == ("2018-01-01", "2018-02-28")
    with pytest.raises(ValueError):
        bound_start("vorig jaar")


@pytest.mark.parametrize(("value", "since", "until", "expected"), [
    ("2017-05", "2017-05-24", None, True),    # the month may end after the 24th
    ("2017-05", None, "2017-05-01", True),    # and may begin before the 1st ends
    ("2017-05", "2017-06", None, False),
    ("2017-05", None, "2017-04-30", False),
    ("2017-05-24", "2017-05-24", "2017-05-24", True),
    ("2017-05-23", "2017-05-24", None, False),
    ("2017", "2017-12-31", "2017-12-31", True),
    ("2017-WI", "2018-02", "2018-02", True),
    (None, "2017", None, None),
])
def test_overlap_rule(value, since, until, expected):
    assert overlaps(value, since, until) is expected


days = st.dates().map(lambda d: d.isoformat())


@given(days, days, days)
def test_a_day_overlaps_exactly_when_it_lies_inside(value, since, until):
    assert overlaps(value, since, until) == (since <= value <= until)


def _article(text: str, published: str | None, quotes: tuple[Quote, ...] = ()) -> Analysis:
    precision = {10: "day", 7: "month", 4: "year"}.get(len(published or ""))
    return Analysis(Article(id=article_id(text), text=text, title=text.split()[0], url=None, source="nu.nl",
                            agency=None, published=DateValue(published, precision) if published else None,
                            language="nl", language_score=1.0, origin="t", format="txt"), quotes=quotes)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = open_store(str(tmp_path_factory.mktemp("periods") / "p.db"))
    said = lambda value: Quote(0, 10, "Het gaat goed", "direct", None, "Jansen", "zei", None,  # noqa: E731
                               FactDate(value, None, "explicit") if value else None)
    store.add_analyses([
        _article("Dagbericht over de dijk bij Kampen.", "2017-05-24", (said("2017-05-20"),)),
        _article("Maandoverzicht van de provincie Overijssel.", "2017-05", (said(None),)),
        _article("Jaaroverzicht van het waterschap.", "2017", (said("2017-W21"),)),
        _article("Bericht zonder datum over de dijk.", None, (said(None),)),
    ])
    yield store
    store.close()


def titles(store, **filters) -> list[str]:
    return sorted(hit.title for hit in store.search(SearchQuery("", **filters)))


def test_search_filters_by_overlap_and_leaves_undated_out(store):
    assert titles(store, since="2017-05-25") == ["Jaaroverzicht", "Maandoverzicht"]
    assert titles(store, until="2017-05-01") == ["Jaaroverzicht", "Maandoverzicht"]
    assert titles(store, since="2017-05-24", until="2017-05-24") == [
        "Dagbericht", "Jaaroverzicht", "Maandoverzicht"]
    assert titles(store, since="2018") == []


def test_include_undated(store):
    undated = store.search(SearchQuery("", since="2018"), include_undated=True)
    assert [hit.title for hit in undated] == ["Bericht"]
    assert len(store.search(SearchQuery("dijk"))) == 2  # no date filter: undated ones count


def test_quotes_use_their_own_period_else_the_article_date(store):
    def said(since=None, until=None, include_undated=False):
        rows = store.find_quotes(QuoteQuery(since=since, until=until, include_undated=include_undated))
        return sorted(row.title for row in rows)

    # the day quote (2017-05-20) is before the 24th though its article is of the 24th
    assert said(since="2017-05-21") == ["Jaaroverzicht", "Maandoverzicht"]
    # the week 2017-W21 runs 22 to 28 May, though its article is of all 2017
    assert said(until="2017-05-21") == ["Dagbericht", "Maandoverzicht"]
    assert said(since="2017-05-29") == ["Maandoverzicht"]
    assert said(since="2017-05-29", include_undated=True) == ["Bericht",
                                                              "Maandoverzicht"]
