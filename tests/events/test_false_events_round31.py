"""False events of session 19 (evprec31, docs/events.md §49): senses of trigger words that name no event of
their type, on sentences of our own."""

from __future__ import annotations

from written import events_of, types_on


def test_distancing_from_words_is_no_concession(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Minister Karin Smit neemt afstand van de uitspraken van haar "
                       "partijgenoot Peter de Vries.", "2021-03-02")
    assert "CONCEDE" not in types_on(events, "afstand")


def test_limiting_an_inflow_is_no_sanction(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De Belgische regering wil de instroom van asielzoekers beperken.",
                       "2021-03-02")
    assert "SANCTION" not in types_on(events, "beperken")


def test_restricting_exports_stays_a_sanction(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De Verenigde Staten beperken de export van chips naar China.",
                       "2021-03-02")
    assert "SANCTION" in types_on(events, "beperken")
