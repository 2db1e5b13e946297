"""Indirect speech classes of round two (issue #14 §2, branch indirect16): the phrases that say whose
view a clause is like 'volgens X' does ('in haar ogen', 'in de ogen van X', 'wat X betreft'), and
'volgens' with a bare source noun ('volgens mediaberichten', 'volgens verdachte'). Invented sentences."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

JANSEN = "local:per:eva-jansen"


def _reports(quotes):
    return [(q.text, q.speaker, q.cue) for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text, content", [
    ("Wethouder Eva Jansen opende de brug. In haar ogen is de brug een aanwinst voor de hele stad.",
     "is de brug een aanwinst voor de hele stad"),
    ("In de ogen van wethouder Eva Jansen is de brug een aanwinst voor de hele stad.",
     "is de brug een aanwinst voor de hele stad"),
    ("Uitstel van de bouw is wat wethouder Eva Jansen betreft geen optie meer.",
     "Uitstel van de bouw is wat wethouder Eva Jansen betreft geen optie meer"),
    # a second main clause with a speech verb of its own is another report
    ("Wethouder Eva Jansen opende de brug. In haar ogen is de brug een aanwinst en ze belooft dat er een "
     "tweede komt.", "is de brug een aanwinst"),
])
def test_view_phrases(quotes_of, text, content):
    assert (content, JANSEN) in [(c, s) for c, s, _ in _reports(quotes_of(text))]


@pytest.mark.parametrize("text", [
    "Wethouder Eva Jansen opende de brug. Er stonden tranen in haar ogen toen het lint werd doorgeknipt.",
    "Wat de begroting betreft is er nog niets beslist over de nieuwe brug.",
    "Wat Europa betreft is er nog niets beslist over de nieuwe brug.",
])
def test_no_view(quotes_of, text):
    assert _reports(quotes_of(text)) == []


def test_a_people_holds_a_view(quotes_of):
    text = "Uitstel van de brexit is wat de Britten betreft niet aan de orde."
    [(content, speaker, cue)] = _reports(quotes_of(text))
    assert (content, cue) == ("Uitstel van de brexit is wat de Britten betreft niet aan de orde", "wat betreft")


@pytest.mark.parametrize("text, content, source", [
    ("Het plan kost volgens mediaberichten twee miljard euro.", "Het plan kost volgens mediaberichten twee miljard euro",
     "mediaberichten"),
    ("Volgens verdachte was de brief aan de burgemeester een grap.", "was de brief aan de burgemeester een grap",
     "verdachte"),
])
def test_volgens_a_bare_source(quotes_of, text, content, source):
    [(got, speaker, cue)] = _reports(quotes_of(text))
    assert (got, cue) == (content, "volgens")
    assert speaker is not None and source in speaker


# -- a document as the source ----------------------------------------------------------------

@pytest.mark.parametrize("text, content, speaker, cue", [
    ("In een verklaring van de NAVO staat dat de oefening volgende week begint.",
     "de oefening volgende week begint", "org:navo", "staat"),
    ("Wethouder Eva Jansen schreef een brief. In de brief, die gisteren werd verstuurd, zou staan dat de brug "
     "dichtgaat.", "de brug dichtgaat", None, "zou staan"),
])
def test_a_document_says(quotes_of, text, content, speaker, cue):
    [(got, who, got_cue)] = _reports(quotes_of(text))
    assert (got, got_cue) == (content, cue)
    assert speaker is None or who == speaker


def test_a_thing_standing_somewhere_is_no_report(quotes_of):
    assert _reports(quotes_of("In de kast staat dat oude boek over de brug nog steeds.")) == []


# -- a passive speech verb with its agent -----------------------------------------------------

@pytest.mark.parametrize("text, content, cue", [
    ("De brug gaat in mei dicht, is van de gemeente vernomen.", "De brug gaat in mei dicht", "vernomen"),
    ("Er werd door wethouder Eva Jansen bevestigd dat de brug in mei dichtgaat.", "de brug in mei dichtgaat",
     "bevestigd"),
    ("Ook in de gemeenteraad werd benadrukt dat de brug in mei dichtgaat.", "de brug in mei dichtgaat", "benadrukt"),
])
def test_a_passive_cue_with_its_agent(quotes_of, text, content, cue):
    [(got, speaker, got_cue)] = _reports(quotes_of(text))
    assert (got, got_cue) == (content, cue)
    assert speaker is not None


def test_a_passive_cue_without_an_agent_names_nobody(quotes_of):
    assert _reports(quotes_of("Gisteren werd bekendgemaakt dat de brug in mei dichtgaat.")) == []
