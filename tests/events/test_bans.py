"""A ban said with negated 'mogen' ('Hij mag het land niet verlaten', 'de optocht mag niet doorgaan'), on
sentences of our own (events/constructions.py, data/lexicons/event_bans.tsv; docs/events.md §40)."""

from __future__ import annotations

from written import events_of, types_on

DAY = "2024-03-05"


def test_a_person_who_may_not_leave_is_restricted(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De rechter sprak dinsdag in Breda. Jan Verhoef mag het land niet "
                                           "verlaten, besliste de rechter.", DAY)
    banned = [e for e in events if e["trigger"]["text"] == "mag"]
    assert [e["type"] for e in banned] == ["COERCE"]
    assert banned[0]["mode"] == "restrict"


def test_a_firm_that_may_not_export_to_a_country_is_sanctioned(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Philips mag geen scanners naar Rusland uitvoeren, besliste het kabinet.", DAY)
    banned = [e for e in events if e["trigger"]["text"] == "mag"]
    assert [(e["type"], e["source"], e["target"]) for e in banned] == [("SANCTION", "gov:nl", "gov:ru")]


def test_a_conditional_mocht_is_no_ban(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Mocht Jan Verhoef niet komen, dan gaat de vergadering gewoon door.", DAY)
    assert types_on(events, "Mocht") == []


def test_a_rule_about_nobody_is_no_ban(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Dit mag nooit meer gebeuren, zei burgemeester Anna de Wit.", DAY)
    assert types_on(events, "mag") == []


def test_a_wish_with_zou_is_no_ban(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Volgens Anna de Wit zou Jan Verhoef het land niet mogen verlaten.", DAY)
    assert types_on(events, "mogen") == []
