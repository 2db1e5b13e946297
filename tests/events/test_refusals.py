"""A negated consent is a refusal (events/refusals.py, data/lexicons/event_refusals.tsv), and
'veroordelen' is a sentence in court and a condemnation in words (events/contexts.py in_court),
on sentences of our own."""

from __future__ import annotations

from written import event_on, events_of


def test_not_agreeing_is_a_refusal_not_a_negated_agreement(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De vakbonden gaan niet akkoord met de pensioenplannen van Bart De Wever.",
                       "2025-03-04")
    refusal = event_on(events, "akkoord")
    assert (refusal["type"], refusal["mode"], refusal["negated"]) == ("REJECT", "change", False)


def test_agreeing_stays_an_agreement(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De vakbonden gaan akkoord met de pensioenplannen van Bart De Wever.",
                       "2025-03-04")
    assert event_on(events, "akkoord")["type"] == "AGREE"


def test_unwillingness_and_a_promise_refused_are_refusals(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Volgens Mark Rutte zou Viktor Orbán niet bereid zijn de sancties tegen "
                       "Rusland te steunen. Olaf Scholz wil Polen geen nieuwe miljarden beloven.", "2023-05-02")
    assert event_on(events, "bereid")["type"] == "REJECT"
    promise = event_on(events, "beloven")
    assert (promise["type"], promise["negated"]) == ("REJECT", False)


def test_a_willing_party_agrees(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Volgens Mark Rutte zou Viktor Orbán bereid zijn de sancties tegen Rusland te "
                       "steunen.", "2023-05-02")
    assert event_on(events, "bereid")["type"] == "AGREE"


def test_talks_refused_in_advance_are_a_refusal_to_meet(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Joe Biden zei dat de Verenigde Staten niet zullen onderhandelen met "
                       "Vladimir Poetin.", "2022-04-11")
    talks = event_on(events, "onderhandelen")
    assert (talks["type"], talks["mode"], talks["negated"]) == ("REJECT", "meet", False)


def test_a_person_sentenced_without_a_named_court_is_convicted(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Vorig jaar werd Jan Peeters al veroordeeld in een andere zaak.",
                       "2024-09-17")
    verdict = event_on(events, "veroordeeld")
    assert (verdict["type"], verdict["mode"]) == ("SANCTION", "convict")


def test_a_court_that_acquits_and_sentences_convicts(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De rechtbank van Gent sprak Jan Peeters vrij van fraude, maar veroordeelde "
                       "hem wel wegens omkoping.", "2024-09-17")
    assert event_on(events, "veroordeelde")["type"] == "SANCTION"


def test_condemning_an_attack_is_an_accusation(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Ursula von der Leyen veroordeelt de aanval op Kiev. De aanslag in Moskou "
                       "werd door Emmanuel Macron veroordeeld.", "2024-03-23")
    kinds = [e["type"] for e in events if e["trigger"]["text"] in ("veroordeelt", "veroordeeld")]
    assert kinds == ["ACCUSE", "ACCUSE"]


def test_an_act_condemned_without_an_agent_is_no_verdict(pipeline):
    from nieuwsgraaf.events.contexts import in_court

    doc = pipeline.nlp("De aanslag werd alom veroordeeld.")
    verb = next(t for t in doc if t.text == "veroordeeld")
    assert not in_court(verb, frozenset({"rechtbank"}), frozenset({"aanslag"}))
    assert in_court(verb, frozenset({"rechtbank"}), frozenset())  # were 'aanslag' no act, a person was sentenced
