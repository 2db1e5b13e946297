"""Missed events by construction (docs/events.md §29): an angry reaction, 'geen begrip voor', a trial
'tegen' someone, a military operation, protesters gathering, on sentences of our own."""

from __future__ import annotations

from written import event_on, events_of, types_on

DATE = "2024-03-12"


def test_an_angry_reaction_disapproves(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Geert Wilders reageerde woedend op het besluit van Mark Rutte.", DATE)
    assert event_on(events, "reageerde")["type"] == "ACCUSE"


def test_a_plain_reaction_is_no_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Geert Wilders reageerde dinsdag op het besluit van Mark Rutte.", DATE)
    assert "ACCUSE" not in types_on(events, "reageerde")


def test_an_angry_reaction_beside_the_naming_verb_is_left_to_that_verb(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline,
                       "Jan Peeters reageerde boos op de plannen en noemde het voorstel van Mark Rutte een belediging.", DATE)
    assert "ACCUSE" not in types_on(events, "reageerde")


def test_no_understanding_for_a_union_disapproves(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Minister Jan Jambon heeft geen begrip voor de vakbond ACOD.", DATE)
    assert event_on(events, "begrip")["type"] == "ACCUSE"


def test_understanding_without_negation_is_no_accusation(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Minister Jan Jambon heeft begrip voor de vakbond ACOD.", DATE)
    assert "ACCUSE" not in types_on(events, "begrip")


def test_a_trial_against_someone_is_an_accusation(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Het proces tegen Donald Trump begint volgende maand in Washington.", DATE)
    assert event_on(events, "proces")["type"] == "ACCUSE"


def test_a_political_process_is_no_trial(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Mark Rutte sprak over het proces van de formatie in Den Haag.", DATE)
    assert "ACCUSE" not in types_on(events, "proces")


def test_a_military_operation_is_an_assault_and_continuing_it_is_not_a_new_one(tmp_path, pipeline):
    started = events_of(tmp_path, pipeline, "Rusland begon een militaire operatie tegen Oekraïne.", DATE)
    assert event_on(started, "operatie")["type"] == "ASSAULT"
    continued = events_of(tmp_path, pipeline, "Israël wil voortgaan met de militaire operatie tegen Hamas.", DATE)
    assert "ASSAULT" not in types_on(continued, "operatie")


def test_protesters_gathering_protest_and_leaders_gathering_do_not(tmp_path, pipeline):
    protest = events_of(tmp_path, pipeline, "Honderden betogers verzamelden zich voor het ministerie van Defensie.", DATE)
    assert event_on(protest, "verzamelden")["type"] == "PROTEST"
    leaders = events_of(tmp_path, pipeline, "De Europese regeringsleiders verzamelden zich in Brussel.", DATE)
    assert "PROTEST" not in types_on(leaders, "verzamelden")
