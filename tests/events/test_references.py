"""An event noun that only refers back to an event the article already named is no new mention
(events/references.py; docs/events.md §1, mention level), on sentences of our own."""

from __future__ import annotations

from written import events_of


def _on(events: list[dict], trigger: str) -> list[dict]:
    return [e for e in events if e["trigger"]["text"] == trigger]


def test_the_agreement_named_again_is_not_a_second_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Duitsland en Polen sloten dinsdag een akkoord over de grens. Het akkoord "
                       "werd in Warschau door Olaf Scholz toegelicht.", "2024-05-14")
    assert len(_on(events, "akkoord")) == 1


def test_a_first_definite_mention_is_an_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Het akkoord tussen Duitsland en Polen werd dinsdag door Olaf Scholz "
                       "toegelicht.", "2024-05-14")
    assert len(_on(events, "akkoord")) == 1


def test_another_agreement_is_a_second_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Duitsland en Polen sloten dinsdag een akkoord over de grens. Frankrijk en "
                       "Spanje sloten woensdag ook een akkoord.", "2024-05-14")
    assert len(_on(events, "akkoord")) == 2


def test_a_demonstrative_points_back_whatever_word_named_the_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De Georgische politie viel dinsdag het kantoor van de oppositie binnen. "
                       "Emmanuel Macron veroordeelde die inval.", "2024-05-14")
    assert _on(events, "inval") == []


def test_an_event_named_in_passing_is_referred_back_to(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Olaf Scholz sprak over het verloop van de onderhandelingen met Polen. "
                       "De onderhandelingen werden dinsdag door Donald Tusk toegelicht.", "2024-05-14")
    assert _on(events, "onderhandelingen") == []


def test_a_definite_agreement_after_another_agreement_word_refers_back(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Duitsland en Polen tekenden dinsdag de grensdeal. Olaf Scholz verdedigde "
                       "het akkoord met Polen woensdag in de Bondsdag.", "2024-05-14")
    assert _on(events, "akkoord") == []


def test_the_same_definite_agreement_without_an_earlier_one_is_an_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Duitsland en Polen spraken dinsdag over de grens. Olaf Scholz verdedigde "
                       "het akkoord met Polen woensdag in de Bondsdag.", "2024-05-14")
    assert len(_on(events, "akkoord")) == 1


def test_a_possessive_agreement_after_an_agreement_refers_back(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Duitsland en Polen sloten dinsdag een akkoord over de grens. Polen "
                       "zegt dat Duitsland zijn afspraken niet nakomt.", "2024-05-14")
    assert _on(events, "afspraken") == []


def test_an_agreement_listed_beside_another_is_new(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Duitsland en Polen sloten een akkoord. Olaf Scholz prees de "
                       "luchtvaartdeal en de overeenkomst met Frankrijk over de grens.", "2024-05-14")
    assert len(_on(events, "overeenkomst")) == 1
