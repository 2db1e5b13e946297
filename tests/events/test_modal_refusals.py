"""A refusal reported as a 'te willen' infinitive under a speech verb ('zei niet te willen …'), on
sentences of our own (events/constructions.py, _refusal and _reporter)."""

from __future__ import annotations

from written import event_on, events_of


def test_saying_one_does_not_want_to_act_is_a_refusal_by_the_sayer(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Olaf Scholz zei niet meer met Viktor Orbán te willen praten.", "2024-05-14")
    refusal = event_on(events, "willen")
    assert refusal["type"] == "REJECT" and not refusal["negated"]
    assert refusal["source"] == "per:olaf-scholz"


def test_saying_one_wants_to_act_is_no_refusal(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Olaf Scholz zei graag met Viktor Orbán te willen praten.", "2024-05-14")
    assert not [e for e in events if e["type"] == "REJECT"]


def test_declining_to_go_into_something_is_no_refusal(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De woordvoerder zei niet op de kritiek van Olaf Scholz in te willen gaan.", "2024-05-14")
    assert not [e for e in events if e["type"] == "REJECT" and e["trigger"]["text"] == "willen"]


def test_wanting_a_thing_from_an_actor_is_a_demand_on_that_actor(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Geert Wilders wil opheldering van Mark Rutte over de brief.", "2021-03-02")
    demand = event_on(events, "wil")
    assert demand["type"] == "REQUEST" and demand["source"] == "per:geert-wilders"
    assert demand["target"] == "per:mark-rutte"


def test_a_wish_asked_about_is_no_demand(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De journalist vroeg of Geert Wilders nieuwe verkiezingen wil?", "2021-03-02")
    assert not [e for e in events if e["type"] == "REQUEST" and e["trigger"]["text"] == "wil"]
