"""An arrest, sentence or ban stays an event when none of its actors is an entity of the article;
any other mention without a linked actor is left out (events.is_event; docs/events.md §46, §53)."""

from __future__ import annotations

from written import events_of

DAY = "2025-10-14"


def test_an_arrest_of_an_unnamed_man_by_unnamed_agents_is_an_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "In Zwolle is zaterdag een 41-jarige man gearresteerd.", DAY)
    arrests = [e for e in events if e["trigger"]["text"] == "gearresteerd"]
    assert [(e["type"], e["source"], e["target"]) for e in arrests] == [("COERCE", None, None)]
    assert arrests[0]["date"]["value"] == "2025-10-11"


def test_a_meeting_of_unnamed_people_is_no_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Een paar buren hebben zaterdag lang overlegd over de speeltuin.", DAY)
    assert [e for e in events if e["trigger"]["text"] == "overlegd"] == []
