"""The EU's heads of government speaking together are the European Council, as they are when they
act in an event (entities/bodies.european_council; invented sentences)."""

from __future__ import annotations

from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)


def test_the_eu_leaders_speak_as_the_european_council(quotes_of):
    text = "De top in Brussel duurde tot diep in de nacht. \"We staan samen achter Oekraïne\", zeiden de EU-leiders."
    assert [q.speaker for q in quotes_of(text, "2024-03-22")] == ["org:europese-raad"]


def test_the_heads_of_government_of_the_member_states_are_the_council(quotes_of):
    text = ("De regeringsleiders van de lidstaten zeiden donderdag dat de grenscontroles strenger "
            "moeten worden.")
    assert [q.speaker for q in quotes_of(text, "2024-03-22")] == ["org:europese-raad"]


def test_leaders_of_one_country_are_no_council(quotes_of):
    text = "\"Dit is een zware dag\", zeiden de Nederlandse partijleiders na de uitslag."
    assert "org:europese-raad" not in [q.speaker for q in quotes_of(text, "2024-03-22")]
