"""Indirect speech classes of branch indirect22: a postposed cue followed by more than its speaker (a
long phrase of occasion, a relative 'waar', a second predicate with 'maar', a role in apposition and a
phrase, a quotation after a colon). Invented sentences."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)


def _reports(quotes):
    return [(q.text, q.speaker) for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text, content", [
    ("De havens van het land zijn jarenlang verwaarloosd, zegt premier Mark Rutte in een persconferentie op "
     "donderdagmiddag over de begroting van het komende jaar.",
     "De havens van het land zijn jarenlang verwaarloosd"),
    ("De brug die de twee wijken verbindt, moet dicht, zei Mark Rutte stellig in de gemeenteraad, waar alle "
     "partijen aanwezig waren.",
     "De brug die de twee wijken verbindt, moet dicht"),
    ("Dat is geen kwestie van tijd, benadrukte Mark Rutte, maar heeft met het budget te maken.",
     "Dat is geen kwestie van tijd"),
    ("Bij de demonstraties probeert de politie vaak rustig op te treden, zei Eva Jansen, voorzitter van de "
     "bond, eerder in de krant.",
     "Bij de demonstraties probeert de politie vaak rustig op te treden"),
    ("De begroting klopt niet, vertelt Mark Rutte in een interview met de krant: 'Er ontbreekt geld voor de "
     "zorg.'",
     "De begroting klopt niet"),
])
def test_postposed_cue_with_more_after_its_speaker(quotes_of, text, content):
    assert content in [c for c, _ in _reports(quotes_of(text))]


def test_a_content_clause_after_the_cue_is_no_speaker(quotes_of):
    text = ("Eva Jansen, de kandidaat van de oppositie, herhaalde haar beschuldigingen dat de uitslag van de "
            "verkiezingen vervalst werd en dat zij de echte winnaar van de verkiezingen is.")
    assert "Eva Jansen, de kandidaat van de oppositie" not in [c for c, _ in _reports(quotes_of(text))]


@pytest.mark.parametrize("text, content", [
    ("Eva Jansen constateerde dat de gemeente de wachtlijsten niet op orde heeft.",
     "de gemeente de wachtlijsten niet op orde heeft"),
    ("Eva Jansen bestreed dat haar partij met de bezuiniging heeft ingestemd.",
     "haar partij met de bezuiniging heeft ingestemd"),
    ("Eva Jansen bekende dat zij het bevel tot de ontruiming had gegeven.",
     "zij het bevel tot de ontruiming had gegeven"),
    ("Alle fracties onderstreepten dat de nieuwe opvang los staat van de oude plannen.",
     "de nieuwe opvang los staat van de oude plannen"),
])
def test_speech_verbs_of_this_round(quotes_of, text, content):
    assert content in [c for c, _ in _reports(quotes_of(text))]


def test_a_comma_and_a_main_clause_end_the_content(quotes_of):
    text = ("Eva Jansen betwijfelt of het om een nieuwe raket gaat, zij gaat uit van een oude proef met "
            "een kleine raket.")
    assert "het om een nieuwe raket gaat" in [c for c, _ in _reports(quotes_of(text))]


@pytest.mark.parametrize("text, content, speaker", [
    ("De zaak kwam vorige week aan het rollen. Volgens getuigen zouden de mannen bij aankomst zijn mishandeld.",
     "zouden de mannen bij aankomst zijn mishandeld", "local:other:getuigen"),
    ("De minister toonde de beelden. Volgens sommigen kunnen alleen de beelden van de politie uitsluitsel geven.",
     "kunnen alleen de beelden van de politie uitsluitsel geven", "local:other:sommigen"),
])
def test_bare_sources_of_this_round(quotes_of, text, content, speaker):
    assert (content, speaker) in _reports(quotes_of(text))
