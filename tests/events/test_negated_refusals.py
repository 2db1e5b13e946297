"""Refusal by negation (events/refusals.py `refused`, data/lexicons/event_negated_refusals.tsv, docs/events.md
§57): a negated consent, cooperation or intention is a REJECT that is not negated; without the negation the
construction names nothing; a negation of the governing clause does not count; a negated act of support
stays a negated SUPPORT, as the gold codes it. Sentences of our own."""

from __future__ import annotations

import pytest
from written import event_on, events_of

REFUSALS = [
    ("Bart De Wever werkt niet mee aan het plan van Ursula von der Leyen.", "werkt"),
    ("Geert Wilders voelt niets voor het voorstel van Dilan Yeşilgöz.", "voelt"),
    ("Frans Timmermans ziet een kabinet met Geert Wilders niet zitten.", "ziet"),
    ("Viktor Orbán neemt geen genoegen met het voorstel van Ursula von der Leyen.", "genoegen"),
]


@pytest.mark.parametrize(("sentence", "trigger"), REFUSALS, ids=["meewerken", "voelen voor", "zien zitten", "genoegen"])
def test_a_negated_consent_is_a_refusal(tmp_path, pipeline, sentence, trigger):
    refusal = event_on(events_of(tmp_path, pipeline, sentence, "2024-05-02"), trigger)
    assert (refusal["type"], refusal["negated"]) == ("REJECT", False)


def test_without_the_negation_no_refusal(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Bart De Wever werkt mee aan het plan van Ursula von der Leyen.", "2024-05-02")
    assert not [e for e in events if e["type"] == "REJECT"]


def test_the_negation_of_the_governing_clause_is_no_refusal(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Mark Rutte zei niet of Emmanuel Macron van plan is naar Moskou te reizen.",
                       "2024-05-02")
    assert not [e for e in events if e["trigger"]["text"] == "plan"]


def test_a_negated_act_of_support_stays_a_negated_support(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Viktor Orbán steunt de sancties van de Europese Unie niet.", "2024-05-02")
    support = event_on(events, "steunt")
    assert (support["type"], support["negated"]) == ("SUPPORT", True)
