"""A country's people named together speak as their country does, its government (as they act in
events: entities/bodies.people_of_country); one of them is a person, not the country (invented sentences)."""

from __future__ import annotations

from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)


def test_the_people_of_a_country_speak_as_its_government(quotes_of):
    text = ("De onderhandelingen over de handel liepen vast. Volgens de Britten is een nieuw akkoord "
            "nog dit jaar mogelijk.")
    assert [q.speaker for q in quotes_of(text, "2019-03-12")] == ["gov:gb"]


def test_one_of_a_people_is_no_country(quotes_of):
    text = ("Marie Dubois leidt de bank sinds vorig jaar. \"We hebben de inflatie onder controle\", aldus "
            "de Française tegen de Ierse televisie.")
    assert "gov:fr" not in [q.speaker for q in quotes_of(text, "2024-05-02")]
