"""Missed events on dev8 by class (docs/events.md §33): displeasure stated by an adjective, a noun or
'niet te spreken over'; 'actie voeren' on the noun; condemnation words 'vinden' or a predicate says; 'vindt het niet correct';
the trust withdrawn from someone; on sentences of our own."""

from __future__ import annotations

from written import event_on, events_of, types_on

DATE = "2024-03-12"


def test_a_party_displeased_with_the_cabinet_disapproves(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De SP is zeer ontevreden over het beleid van minister Hugo de Jonge.", DATE)
    assert event_on(events, "ontevreden")["type"] == "ACCUSE"


def test_voicing_displeasure_disapproves(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Minister Jan Jambon uitte zijn ongenoegen over de vakbond ACOD.", DATE)
    assert event_on(events, "ongenoegen")["type"] == "ACCUSE"


def test_not_pleased_at_all_disapproves(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Minister Jan Jambon is niet te spreken over de staking van de vakbond ACOD.", DATE)
    assert event_on(events, "spreken")["type"] == "ACCUSE"


def test_finding_a_sentence_disproportionate_disapproves(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Advocaat Jan Peeters vindt het verbod disproportioneel.", DATE)
    assert event_on(events, "disproportioneel")["type"] == "ACCUSE"


def test_finding_something_not_correct_disapproves_and_correct_does_not(tmp_path, pipeline):
    denied = events_of(tmp_path, pipeline, "Minister Jan Jambon vindt het niet correct dat de vakbond ACOD staakt.", DATE)
    assert event_on(denied, "correct")["type"] == "ACCUSE"
    granted = events_of(tmp_path, pipeline, "Minister Jan Jambon vindt het correct dat de vakbond ACOD overlegt.", DATE)
    assert "ACCUSE" not in types_on(granted, "correct")


def test_withdrawing_trust_in_a_minister_disapproves(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Geert Wilders zegde het vertrouwen in premier Mark Rutte op.", DATE)
    assert event_on(events, "zegde")["type"] == "ACCUSE"


def test_ending_a_treaty_stays_a_sanction(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Rusland zegde het verdrag met de Verenigde Staten op.", DATE)
    assert "ACCUSE" not in types_on(events, "zegde")


def test_a_union_taking_action_protests_on_the_noun(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De vakbond ACOD voerde dinsdag actie tegen de regering in Brussel.", DATE)
    assert event_on(events, "actie")["type"] == "PROTEST"


def test_taking_no_action_is_no_protest(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De vakbond ACOD moet geen acties in Brussel voeren.", DATE)
    assert "PROTEST" not in types_on(events, "acties")
