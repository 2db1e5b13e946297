"""A trigger word's type read from what it is done with or to (docs/events.md §26): 'bestoken met'
rockets or tariffs, forbidding talks or an expulsion, political manoeuvres; on sentences of our own."""

from __future__ import annotations

from written import event_on, events_of


def _types_on(events: list[dict], word: str) -> set[str]:
    return {e["type"] for e in events if e["trigger"]["text"] == word}


def test_shelling_with_rockets_is_an_assault(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Hamas bestookte Israël zaterdag met honderden raketten.", "2023-10-08")
    assert event_on(events, "bestookte")["type"] == "ASSAULT"


def test_bombarding_with_tariffs_is_a_sanction(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "China en de Verenigde Staten bestookten elkaar met nieuwe heffingen.",
                       "2019-05-14")
    assert "SANCTION" in _types_on(events, "bestookten")
    assert "ACCUSE" not in _types_on(events, "bestookten")


def test_bombarding_with_questions_stays_words(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De oppositie bestookte minister Jan de Vries met kritische vragen.",
                       "2021-03-02")
    assert _types_on(events, "bestookte") <= {"ACCUSE"}
    assert "ASSAULT" not in _types_on(events, "bestookte")


def test_forbidding_talks_rejects_them(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De Oekraïense president verbood onderhandelingen met Rusland.",
                       "2022-10-04")
    assert event_on(events, "verbood")["type"] == "REJECT"


def test_forbidding_a_demonstration_stays_coercion(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "De burgemeester van Amsterdam verbood de demonstratie van de boeren.",
                       "2022-07-01")
    assert "REJECT" not in _types_on(events, "verbood")


def test_political_manoeuvres_disapprove(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Volgens Elio Di Rupo verliest Wallonië door de politieke manoeuvres van "
                       "de CD&V.", "2017-07-25")
    assert "MOBILIZE" not in _types_on(events, "manoeuvres")


def test_army_manoeuvres_stay_mobilisation(tmp_path, pipeline):
    events = events_of(tmp_path, pipeline, "Het Russische leger hield grote manoeuvres aan de grens met Oekraïne.",
                       "2021-04-10")
    assert "ACCUSE" not in _types_on(events, "manoeuvres")
