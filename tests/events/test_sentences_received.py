"""A court's sentence reported as received ('Y kreeg tien jaar', 'kregen een werkstraf'), on sentences of
our own (events/constructions.py, data/lexicons/event_penalties.tsv; docs/events.md §40)."""

from __future__ import annotations

from written import events_of, types_on

DAY = "2024-05-14"


def test_a_prison_term_received_is_coercion_of_the_one_sentenced(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De rechtbank in Utrecht deed dinsdag uitspraak. "
                                           "Pieter van Dam kreeg twaalf jaar voor de overval.", DAY)
    received = [e for e in events if e["trigger"]["text"] == "kreeg"]
    assert [e["type"] for e in received] == ["COERCE"]
    assert received[0]["mode"] == "arrest"


def test_community_service_received_is_a_conviction(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Karel de Boer kreeg een werkstraf van veertig uur.", DAY)
    assert "SANCTION" in types_on(events, "kreeg")
    assert types_on(events, "werkstraf") == []  # the verb's event, not a second one on the penalty


def test_years_without_a_number_are_no_term(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Karel de Boer kreeg dat jaar een nieuwe baan bij de gemeente.", DAY)
    assert types_on(events, "kreeg") == []


def test_something_else_received_is_no_sentence(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Karel de Boer kreeg twee nieuwe vragen van de pers.", DAY)
    assert types_on(events, "kreeg") == []


def test_a_counted_group_sentenced_is_the_target(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Karel de Boer werd vrijgesproken. De zes anderen kregen een werkstraf van zestig uur.", DAY)
    received = [e for e in events if e["trigger"]["text"] == "kregen"]
    assert received and received[0]["type"] == "SANCTION" and received[0]["target"]
