"""A meeting proposed, hinted at or possible is AGREE, a meeting held is CONSULT
(data/lexicons/event_meeting_prospects.txt, events/prospects.py), on sentences of our own."""

from __future__ import annotations

from written import events_of, types_on


def test_a_proposed_summit_is_an_agreement(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De Duitse bondskanselier Olaf Scholz heeft voorgesteld om een top te "
                       "houden tussen Joe Biden en Xi Jinping in Wenen.", "2023-03-02")
    assert types_on(events, "top") == ["AGREE"]


def test_a_possible_meeting_is_an_agreement(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Een woordvoerder zei dinsdag dat een ontmoeting tussen Joe Biden en "
                       "Xi Jinping mogelijk is.", "2023-03-02")
    assert types_on(events, "ontmoeting") == ["AGREE"]


def test_a_meeting_held_stays_a_meeting(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Joe Biden had dinsdag een ontmoeting met Xi Jinping in Wenen.",
                       "2023-03-02")
    assert types_on(events, "ontmoeting") == ["CONSULT"]


def test_a_word_of_prospect_over_a_meeting_held_does_not_count(pipeline):
    from nieuwsgraaf.events.prospects import is_prospect

    doc = pipeline.nlp("Na de ontmoeting met Xi Jinping werd een nieuw akkoord aangekondigd.")
    meeting = next(t for t in doc if t.text == "ontmoeting")
    assert not is_prospect(meeting, frozenset({"aangekondigd", "aankondigen"}))
