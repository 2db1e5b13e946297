"""False events of the freshest set's classes (docs/events.md §27), on sentences of our own: an
event noun that only is supposed, denied or demanded to exist, a verb in its reflexive sense, a
delivery that is no trade."""

from __future__ import annotations

from written import events_of, types_on

from nieuwsgraaf.events.component import find_event_mentions
from nieuwsgraaf.events.lexicon import load_event_lexicon

DAY = "2019-05-14"


def test_an_agreement_supposed_in_an_if_clause_is_none(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Als er een akkoord tussen Israël en Hamas is, gaan de grenzen open.", DAY)
    assert types_on(events, "akkoord") == []


def test_an_agreement_denied_is_none(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Volgens Donald Trump is er geen akkoord tussen China en de VS.", DAY)
    assert types_on(events, "akkoord") == []


def test_an_agreement_said_to_exist_is_one(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Volgens Donald Trump is er een akkoord tussen China en de VS.", DAY)
    assert "AGREE" in types_on(events, "akkoord")


def test_imagining_proposes_nothing(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Ik kan me voorstellen dat Duitsland twijfelt, zei Mark Rutte.", DAY)
    assert "AGREE" not in types_on(events, "voorstellen")


def test_being_confined_to_restricts_nothing(pipeline):
    doc = pipeline.nlp("Het conflict van Japan met Korea beperkt zich overigens niet tot de handel.")
    found = find_event_mentions(doc, load_event_lexicon(), None)
    assert not any(m.trigger.text == "beperkt" and m.type == "SANCTION" for m in found)


def test_restricting_exports_is_a_sanction(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De Verenigde Staten beperken de export van chips naar China.", DAY)
    assert "SANCTION" in types_on(events, "beperken")


def test_delivering_proof_is_no_cooperation(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De Verenigde Staten leveren geen bewijs voor hun claims tegen Iran.", DAY)
    assert "COOPERATE" not in types_on(events, "leveren")
