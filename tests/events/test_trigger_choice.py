"""The type of a promised act (events/component.py _PROMISED), on sentences of our own."""

from __future__ import annotations

from written import events_of, types_on


def test_backing_promised_stays_support(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Het CDA zal Mark Rutte blijven steunen in het debat.", "2020-06-03")
    assert types_on(events, "steunen") == ["SUPPORT"]


def test_a_meeting_still_to_come_is_still_an_agreement(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Mark Rutte zal volgende week Emmanuel Macron ontmoeten in Parijs.",
                       "2020-06-03")
    assert "AGREE" in types_on(events, "ontmoeten")
