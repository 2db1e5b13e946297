"""Which type a trigger word names, read from its context (docs/events.md §19): what is suspended
('opschorten'), a harm not ruled out ('niet uitsluiten'), a sentencing demand ('eisen'), on sentences
of our own."""

from __future__ import annotations

import spacy
from written import event_on, events_of

from nieuwsgraaf.events.component import _choose
from nieuwsgraaf.events.lexicon import load_event_lexicon


def test_suspending_cooperation_is_a_sanction(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Duitsland heeft de militaire samenwerking met Niger opgeschort.", "2023-08-01")
    assert event_on(events, "opgeschort")["type"] == "SANCTION"


def test_suspending_sanctions_is_a_concession(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De Europese Unie heeft de sancties tegen Syrië opgeschort.", "2025-02-24")
    assert event_on(events, "opgeschort")["type"] == "CONCEDE"


def test_not_ruling_out_force_is_a_threat(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Donald Trump sluit een militaire interventie in Groenland niet uit.",
                       "2025-01-08")
    threat = event_on(events, "sluit")
    assert (threat["type"], threat["negated"]) == ("THREATEN", False)


def test_excluding_a_member_stays_an_expulsion(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De NAVO heeft Rusland uitgesloten van de vergaderingen.", "2022-03-01")
    assert event_on(events, "uitgesloten")["type"] == "SANCTION"


def test_a_prosecutor_demanding_a_sentence_accuses(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Het OM heeft levenslang geëist tegen Jan Peeters.", "2024-05-14")
    demand = event_on(events, "geëist")
    assert (demand["type"], demand["mode"]) == ("ACCUSE", "allege")


def test_demanding_steps_against_a_group_is_a_request(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Washington eist van Damascus meer stappen tegen Hezbollah.", "2025-05-14")
    assert "ACCUSE" not in [e["type"] for e in events if e["trigger"]["text"] == "eist"]


def test_backing_a_motion_of_no_confidence_is_a_demand(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De SP steunde de motie van wantrouwen tegen minister Hugo de Jonge.",
                       "2021-04-01")
    backing = event_on(events, "steunde")
    assert (backing["type"], backing["mode"]) == ("REQUEST", "change")


def test_a_motion_of_no_confidence_backed_in_a_relative_clause_is_a_demand(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De Kamer verwierp de motie van wantrouwen, die door de SP gesteund werd.",
                       "2021-04-01")
    assert event_on(events, "gesteund")["type"] == "REQUEST"


def test_backing_a_motion_of_censure_disapproves(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De PVV steunde een motie van afkeuring tegen minister Hugo de Jonge.",
                       "2021-04-01")
    assert event_on(events, "steunde")["type"] == "ACCUSE"


def test_backing_another_motion_is_support(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De SP steunde de motie van D66 over het klimaatbeleid.", "2021-04-01")
    assert event_on(events, "steunde")["type"] == "SUPPORT"


def test_an_acronym_cue_counts_only_as_that_word():
    lexicon = load_event_lexicon()
    entries = [e for e in lexicon.words["aanval"] if e.type in ("ASSAULT", "ACCUSE")]
    assert [e.type for e in entries][:1] == ["ASSAULT"]
    nlp = spacy.blank("nl")
    # 'omdat' and 'omgeving' start with 'om' but are not the prosecution service
    plain = nlp("De aanval kwam omdat de omgeving onrustig was.")
    assert _choose(entries, plain[:], lexicon)[0].type == "ASSAULT"
    prosecutor = nlp("Het OM spreekt van een aanval op de rechtsstaat, de kritiek is fel.")
    assert _choose(entries, prosecutor[:], lexicon)[0].type == "ACCUSE"
