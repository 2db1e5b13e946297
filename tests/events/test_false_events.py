"""Mentions that name no event of their own (docs/events.md §21), on sentences of our own: a demand
made in the past, a modal demand's verb, a willing or denying act's clause, a particle of another
verb, a question, support sought, a refusal to comment."""

from __future__ import annotations

from written import events_of, types_on

from nieuwsgraaf.events.constructions import find_constructions

DAY = "2019-05-14"


def test_a_modal_demand_now_is_a_request(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Volgens Mark Rutte moet Rusland de troepen uit Georgië terugtrekken.", DAY)
    assert "REQUEST" in types_on(events, "moet")


def test_what_was_due_then_is_no_demand(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Volgens Mark Rutte had Rusland de troepen uit Georgië moeten "
                       "terugtrekken.", DAY)
    assert "REQUEST" not in types_on(events, "moeten")


def _modal_demands(pipeline, text: str) -> list[str]:
    doc = pipeline.nlp(text)
    return [c.hit.token.text for c in find_constructions(doc[:]) if c.hit.token.lemma_ == "moeten"]


def test_a_modal_in_a_whether_or_what_clause_demands_nothing(pipeline):
    assert _modal_demands(pipeline, "Volgens Jan Peeters beslist de rechter vrijdag of de minister in de cel "
                          "moet blijven.") == []
    assert _modal_demands(pipeline, "Volgens de krant vroeg Mark Rutte welke conclusie de minister moet trekken.") == []


def test_a_modal_in_what_a_noun_holds_demands_nothing(pipeline):
    assert _modal_demands(pipeline, "Volgens Jan Peeters schendt de regering de regel dat vluchtelingen asiel "
                          "moeten kunnen vragen.") == []


def test_a_past_modal_demands_nothing(pipeline):
    assert _modal_demands(pipeline, "Volgens Mark Rutte moest Rusland de troepen terugtrekken.") == []


def test_the_verb_of_a_modal_demand_is_what_is_asked(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Volgens Jan Peeters moet de minister opstappen.", DAY)
    assert "REQUEST" in types_on(events, "moet") and types_on(events, "opstappen") == []


def test_what_one_is_willing_to_do_is_no_event_yet(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Rusland is bereid om met Oekraïne te onderhandelen over de grens.", DAY)
    assert types_on(events, "onderhandelen") == []


def test_what_one_denies_is_no_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De Belgische minister ontkende geld te hebben ontvangen van Qatar.", DAY)
    assert types_on(events, "ontvangen") == []


def test_the_particle_of_another_verb_makes_no_separable_verb(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Mark Rutte zei dat het kabinet de goede kant op gaat met Defensie.", DAY)
    assert "SANCTION" not in types_on(events, "zei")


def test_closing_the_borders_restricts(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Hongarije sluit de grenzen voor vluchtelingen uit Syrië.", DAY)
    assert "COERCE" in types_on(events, "sluit")


def test_defending_ones_own_choices_supports_nobody(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Mark Rutte verdedigde zijn keuzes tegenover Geert Wilders.", DAY)
    assert "SUPPORT" not in types_on(events, "verdedigde")


def test_an_event_asked_about_is_no_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Gaat Vladimir Poetin in op onderhandelingen met Volodymyr Zelensky?", DAY)
    assert types_on(events, "onderhandelingen") == []


def test_support_sought_is_no_support(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Mark Rutte zoekt steun van Emmanuel Macron voor het plan.", DAY)
    assert "SUPPORT" not in types_on(events, "steun")


def test_support_given_is_support(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Emmanuel Macron betuigde zijn steun aan Mark Rutte.", DAY)
    assert "SUPPORT" in types_on(events, "steun")


def test_declining_to_speculate_refuses_nothing(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Mark Rutte wil niet speculeren over sancties tegen Rusland.", DAY)
    assert "REJECT" not in types_on(events, "wil")
