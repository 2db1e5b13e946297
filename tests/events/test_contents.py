"""What a threat, a demand or a refusal is about is no event of its own (events/contents.py;
docs/events.md §3, the mode says what is threatened, asked or refused), on sentences of our own."""

from __future__ import annotations

from written import event_on, events_of


def _triggers(events: list[dict]) -> set[str]:
    return {e["trigger"]["text"] for e in events}


def test_a_resignation_refused_is_the_refusal_only(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De burgemeester van Brussel weigert af te treden.", "2025-02-03")
    assert event_on(events, "weigert")["type"] == "REJECT"
    assert "treden" not in _triggers(events)


def test_a_resignation_is_an_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De burgemeester van Brussel treedt af.", "2025-02-03")
    assert event_on(events, "treedt")["type"] == "RETREAT"
