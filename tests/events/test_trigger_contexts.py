"""Senses of trigger words that name no event (data/lexicons/event_trigger_contexts.tsv, events/contexts.py),
on sentences of our own."""

from __future__ import annotations

from written import events_of


def _on(events: list[dict], trigger: str) -> list[str]:
    return [e["type"] for e in events if e["trigger"]["text"] == trigger]


def test_a_noun_introduced_by_over_is_a_topic(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Mark Rutte sprak dinsdag met Emmanuel Macron over de samenwerking "
                       "van Nederland en Frankrijk.", "2019-05-14")
    assert _on(events, "samenwerking") == []


def test_a_noun_after_another_preposition_stays_an_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Mark Rutte sprak dinsdag met Emmanuel Macron ondanks de samenwerking "
                       "van Nederland en Frankrijk.", "2019-05-14")
    assert "COOPERATE" in _on(events, "samenwerking")


def test_a_known_event_after_na_is_a_time_reference(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Na de inval van Rusland in Georgië sprak Mark Rutte met de Georgische "
                       "president.", "2019-05-14")
    assert _on(events, "inval") == []


def test_an_event_first_reported_after_na_stays_an_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Mark Rutte sprak met de Georgische president na een inval van Rusland "
                       "in Georgië.", "2019-05-14")
    assert _on(events, "inval") != []


def test_people_who_protest_are_no_protest(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De politie van Georgië arresteerde dinsdag honderd demonstranten in "
                       "Tbilisi. Vijftig betogers werden later vrijgelaten.", "2019-05-14")
    assert _on(events, "demonstranten") == [] and _on(events, "betogers") == []


def test_troops_are_no_deployment_of_their_own(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Vladimir Poetin trok de Russische troepen terug uit Georgië.",
                       "2019-05-14")
    assert _on(events, "troepen") == []


def test_a_capitalised_word_inside_a_name_is_no_trigger(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Minister Karin Smit (Buitenlandse Samenwerking) reisde maandag naar "
                       "Kenia. De samenwerking tussen Nederland en Kenia groeit.", "2021-02-08")
    assert _on(events, "Samenwerking") == []


def test_a_capitalised_trigger_opening_a_sentence_or_a_compound_stays(pipeline):
    from nieuwsgraaf.events.contexts import inside_name

    doc = pipeline.nlp.make_doc("Sancties volgden snel. Ze spraken op de NAVO-top over de Straat van Hormuz.")
    words = {t.text: t for t in doc}
    assert not inside_name(words["Sancties"]) and not inside_name(words["NAVO-top"])
    assert inside_name(words["Straat"])


def test_a_government_falls_a_rider_does_not_resign(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De regering van Mark Rutte is gisteren gevallen. De Belg Tom Peeters viel "
                       "terug naar de derde plaats.", "2022-06-01")
    assert "RETREAT" in _on(events, "gevallen")
    assert "RETREAT" not in _on(events, "viel")


def test_a_warning_about_a_danger_is_no_threat(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Angela Merkel waarschuwde voor een recessie in Europa.", "2019-03-01")
    assert "THREATEN" not in _on(events, "waarschuwde")


def test_a_court_ruling_is_a_sanction_a_statement_is_not(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Het gerechtshof in Den Haag deed woensdag uitspraak tegen Shell. "
                       "Mark Rutte reageerde op de uitspraak van Frans Timmermans.", "2021-05-26")
    assert [e["type"] for e in events if e["trigger"]["text"] == "uitspraak"] == ["SANCTION"]


def test_coming_onto_the_street_is_a_protest_on_its_verb(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De vakbonden kwamen dinsdag in Brussel op straat tegen de pensioenplannen "
                       "van Bart De Wever. Peter Jansen lag na de aanrijding op straat.", "2025-02-14")
    assert "PROTEST" in _on(events, "kwamen")
    assert [e for e in events if e["type"] == "PROTEST" and e["trigger"]["text"] != "kwamen"] == []


def test_the_people_who_negotiate_are_no_negotiation(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Emmanuel Macron ontving de bemiddelaars van Qatar. Olaf Scholz sprak "
                       "met de onderhandelaars van de vier partijen.", "2024-03-05")
    assert _on(events, "bemiddelaars") == [] and _on(events, "onderhandelaars") == []


def test_wanting_to_annex_a_territory_is_a_threat(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Donald Trump wil Groenland inlijven.", "2025-01-08")
    threat = next(e for e in events if e["trigger"]["text"] == "inlijven")
    assert (threat["type"], threat["mode"], threat["source"]) == ("THREATEN", "territory", "per:donald-trump")


def test_a_short_phrase_word_is_matched_as_written(tmp_path, pipeline):
    from nieuwsgraaf.events.lexicon import load_event_lexicon

    yes = next(p for p in load_event_lexicon().phrases if p.entry.lemma == "ja zeggen")
    assert yes.words[0].glued == {"ja"}
    events = events_of(tmp_path, pipeline, "Dat heeft minister Jan Peeters gezegd na vragen van Bart De Wever.",
                       "2023-04-04")
    assert "SUPPORT" not in _on(events, "gezegd")


def test_giving_something_up_is_no_withdrawal(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Alexander De Croo gaf zijn verzet tegen het plan van Ursula von der Leyen "
                       "op.", "2024-10-10")
    assert [e for e in events if e["type"] == "RETREAT"] == []


def test_deploying_troops_mobilises_deploying_money_does_not(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Vladimir Poetin zet extra troepen in bij de grens met Oekraïne. "
                       "Ursula von der Leyen zet extra geld in voor de landbouw.", "2022-02-10")
    kinds = [(e["type"], e["source"]) for e in events if e["trigger"]["text"] == "zet"]
    assert kinds == [("MOBILIZE", "per:vladimir-poetin")]


def test_pressure_put_on_a_government_is_a_demand(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De Europese Commissie voert de druk op Hongarije verder op.", "2024-03-04")
    assert "REQUEST" in _on(events, "druk")


def test_being_under_pressure_is_no_demand(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Het kabinet van Dick Schoof staat onder druk van de oppositie.",
                       "2024-03-04")
    assert _on(events, "druk") == []


def test_agreeing_with_the_particle_split_off_is_an_agreement(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Over het voorstel van Frankrijk is bekend dat Duitsland ermee instemt.",
                       "2024-03-04")
    assert "AGREE" in _on(events, "instemt")


def test_an_event_word_inside_an_organisations_name_is_no_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Het Centraal Orgaan opvang asielzoekers zoekt nieuwe locaties in "
                       "Drenthe.", "2024-02-20")
    assert _on(events, "opvang") == []


def test_the_same_word_outside_a_name_stays_an_event(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Nederland betaalt de opvang van Oekraïense vluchtelingen in Polen.",
                       "2024-02-20")
    assert _on(events, "opvang") != []


def test_a_phase_of_an_event_names_it_as_a_topic(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Mark Rutte was tevreden over het verloop van de onderhandelingen met "
                       "Emmanuel Macron.", "2019-05-14")
    assert _on(events, "onderhandelingen") == []


def test_a_verb_used_as_a_noun_holds_the_act(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Duitsland verzette zich tegen het beëindigen van de samenwerking met "
                       "Mali.", "2019-05-14")
    assert _on(events, "samenwerking") == []


def test_an_event_after_van_under_another_noun_stays(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De Franse regering rouwt om de slachtoffers van de aanslag van "
                       "IS in Parijs.", "2019-05-14")
    assert "ASSAULT" in _on(events, "aanslag")


def test_admitting_a_fact_is_no_recognition(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Minister Wopke Hoekstra erkende dat de onderhandelingen traag verlopen.",
                       "2019-05-14")
    assert _on(events, "erkende") == []


def test_recognising_a_state_stays_support(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Spanje erkende dinsdag de staat Palestina.", "2019-05-14")
    assert _on(events, "erkende") == ["SUPPORT"]


def test_a_motion_of_censure_is_no_censure_of_its_own(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De oppositie diende een motie van afkeuring in tegen minister "
                       "Hugo de Jonge.", "2019-05-14")
    assert _on(events, "afkeuring") == []
