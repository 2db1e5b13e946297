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


def test_the_leaders_after_the_eu_leaders_are_the_council(quotes_of):
    text = ("EU-leiders kwamen donderdag in Brussel bijeen over de begroting. De vergadering liep uit. "
            "De landbouwsteun moet omlaag, aldus de leiders.")
    assert [q.speaker for q in quotes_of(text, "2024-03-22")] == ["org:europese-raad"]


def test_the_leaders_with_no_eu_leaders_before_are_no_council(quotes_of):
    text = ("De vakbonden en de werkgevers praatten de hele nacht. De lonen moeten omhoog, aldus de "
            "leiders.")
    assert "org:europese-raad" not in [q.speaker for q in quotes_of(text, "2024-03-22")]


def test_the_member_states_ministers_of_one_portfolio_are_the_council_of_the_eu(quotes_of):
    text = ("De Europese Unie gaat de visquota verlagen. Dat hebben de ministers van Landbouw van de "
            "EU-landen dinsdag in Luxemburg bekendgemaakt.")
    assert [q.speaker for q in quotes_of(text, "2024-03-22")] == ["org:raad-van-de-eu"]


def test_ministers_of_one_government_are_no_council_of_the_eu(quotes_of):
    text = ("Het kabinet gaat de accijnzen verhogen. Dat hebben de ministers van Financiën en "
            "Economische Zaken dinsdag bekendgemaakt.")
    assert "org:raad-van-de-eu" not in [q.speaker for q in quotes_of(text, "2024-03-22")]
