"""Modality of events on sentences of our own: hearsay and the reach of 'volgens' (docs/events.md §6)."""

from __future__ import annotations

from written import event_on, events_of


def _modality(tmp_path, pipeline, body: str, trigger: str) -> dict:
    return event_on(events_of(tmp_path, pipeline, body, "2021-05-04"), trigger)


def test_a_hearsay_perfect_is_reported_not_hypothetical(tmp_path, pipeline):
    event = _modality(tmp_path, pipeline, "De minister zou gisteren met de premier gebeld hebben.", "gebeld")
    assert event["modality"] == "reported"


def test_a_reported_call_stays_a_call(tmp_path, pipeline):
    event = _modality(tmp_path, pipeline, "De minister zou gisteren met de premier gebeld hebben.", "gebeld")
    assert event["type"] == "CONSULT"  # not an AGREE, as a meeting still to come would be


def test_a_hearsay_passive_perfect_is_reported(tmp_path, pipeline):
    event = _modality(tmp_path, pipeline, "De rebellen zouden zijn aangevallen door het leger.", "aangevallen")
    assert event["modality"] == "reported"


def test_a_perfect_in_a_condition_stays_hypothetical(tmp_path, pipeline):
    event = _modality(tmp_path, pipeline, "Als Poetin zou hebben ingestemd, was de oorlog voorbij.", "ingestemd")
    assert event["modality"] == "hypothetical"


def test_volgens_of_the_events_own_clause_reports_it(tmp_path, pipeline):
    event = _modality(tmp_path, pipeline, "Volgens de politie heeft het leger de stad aangevallen.", "aangevallen")
    assert event["modality"] == "reported"


def test_volgens_in_a_relative_clause_does_not_report_the_main_event(tmp_path, pipeline):
    event = _modality(tmp_path, pipeline, "De politie heeft tien jongeren opgepakt die volgens de burgemeester "
                      "de winkels wilden plunderen.", "opgepakt")
    assert event["modality"] == "asserted"
