"""Constructions of session 17 (evrecall17, docs/events.md §20) on sentences of our own: leaving a body
or treaty, judgements named by `noemen`, blame laid on someone, idioms of refusal and doubt."""

from __future__ import annotations

from written import event_on, events_of, types_on

from nieuwsgraaf.events.constructions import find_constructions


def test_stepping_out_of_a_coalition_is_withdrawal(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De VVD stapt uit de coalitie met het CDA.", "2019-05-14")
    assert event_on(events, "stapt")["type"] == "SANCTION"


def test_stepping_out_of_the_government_is_resignation(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Volgens Charles Michel stapt de N-VA uit de regering.", "2019-05-14")
    assert event_on(events, "stapt")["type"] == "RETREAT"


def test_stepping_out_of_a_taxi_is_no_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Mark Rutte stapte dinsdag uit een taxi bij het Binnenhof.", "2019-05-14")
    assert types_on(events, "stapte") == []


def test_calling_someone_by_a_plural_insult_is_an_accusation(pipeline):
    doc = pipeline.nlp("Geert Wilders noemde de ministers leugenaars.")
    kinds = [c.hit.entries[0].type for c in find_constructions(doc[:]) if c.hit.token.text == "noemde"]
    assert kinds == ["ACCUSE"]


def test_calling_a_decision_unwise_is_an_accusation(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Sigrid Kaag noemt het besluit van Viktor Orbán onverstandig.", "2019-05-14")
    assert event_on(events, "noemt")["type"] == "ACCUSE"


def test_only_is_no_judgement(pipeline):
    doc = pipeline.nlp("Sigrid Kaag noemde slechts twee namen van ministers.")
    assert not [c for c in find_constructions(doc[:]) if c.hit.token.text == "noemde"]


def test_what_would_be_illegal_is_no_accusation(pipeline):
    doc = pipeline.nlp("Een annexatie van de Westelijke Jordaanoever zou illegaal zijn, zei Sigrid Kaag.")
    assert not [c for c in find_constructions(doc[:]) if c.hit.token.text == "illegaal"]


def test_a_judgement_in_a_relative_clause_judges_no_one(pipeline):
    doc = pipeline.nlp("Hij ziet in het verdrag regels die oneerlijk zijn.")
    assert not [c for c in find_constructions(doc[:]) if c.hit.token.text == "oneerlijk"]


def test_holding_someone_responsible_is_an_accusation(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Volgens Mark Rutte is Rusland verantwoordelijk voor de aanslag.", "2019-05-14")
    blame = event_on(events, "verantwoordelijk")
    assert (blame["type"], blame["mode"]) == ("ACCUSE", "allege")
    assert blame["source"] == "per:mark-rutte"


def test_not_being_responsible_is_no_accusation(pipeline):
    doc = pipeline.nlp("Volgens Mark Rutte is Rusland niet verantwoordelijk voor de aanslag.")
    assert not [c for c in find_constructions(doc[:]) if c.hit.token.text == "verantwoordelijk"]


def test_the_one_responsible_in_a_relative_clause_is_no_accusation(pipeline):
    doc = pipeline.nlp("De minister die verantwoordelijk is voor defensie, reisde naar Brussel.")
    assert not [c for c in find_constructions(doc[:]) if c.hit.token.text == "verantwoordelijk"]


def test_digging_in_ones_heels_is_a_refusal(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Ondanks de protesten zet minister Robbert Dijkgraaf zijn hakken in het zand.",
                       "2019-05-14")
    assert "REJECT" in types_on(events, "zet")


def test_casting_doubt_on_a_result_is_an_accusation_also_after_an_earlier_in(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "In Brussel trok de Europese Unie de uitslag van de verkiezingen in twijfel.",
                       "2019-05-14")
    assert "ACCUSE" in types_on(events, "trok")
