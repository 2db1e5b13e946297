"""Reporting verbs added in session 17 (issue #14 §2): forms of a subordinate clause ('nadat zij
aangaf …'), separable verbs ('spraken uit dat', 'sluit niet uit dat', 'liet blijken … te …',
'herinnerde X eraan dat') and 'ziet dat', with the other verbs 'zien' is part of; and 'Dat heeft X …
gezegd' with commas in the speaker or after the participle. Invented sentences."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

JANSEN = "local:per:eva-jansen"


def _reports(quotes):
    return [(q.text, q.speaker, q.cue) for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text, content, cue", [
    ("Nadat wethouder Eva Jansen aangaf gehoor te geven aan de oproep, stapten ook anderen op.",
     "gehoor te geven aan de oproep", "aangaf"),
    ("Wethouder Eva Jansen sluit niet uit dat zij zich kandidaat stelt voor het voorzitterschap.",
     "zij zich kandidaat stelt voor het voorzitterschap", "sluit uit"),
    ("Wethouder Eva Jansen liet vervolgens blijken bereid te zijn de begroting aan te passen.",
     "bereid te zijn de begroting aan te passen", "liet blijken"),
    ("Wethouder Eva Jansen herinnerde de raad eraan dat de partij in 2011 meebestuurde.",
     "de partij in 2011 meebestuurde", "herinnerde eraan"),
    ("Wethouder Eva Jansen ziet dat veel inwoners geraakt zijn door de sluiting.",
     "veel inwoners geraakt zijn door de sluiting", "ziet"),
    ("De raad stemde in, waarbij wethouder Eva Jansen opmerkte dat het haar zwaar viel.",
     "het haar zwaar viel", "opmerkte"),
])
def test_reporting_verbs(quotes_of, text, content, cue):
    assert (content, JANSEN, cue) in _reports(quotes_of(text))


@pytest.mark.parametrize("text", [
    "Wethouder Eva Jansen ziet erop toe dat de regels in de haven worden nageleefd.",
    "Het ziet ernaar uit dat de brug pas volgend jaar opengaat.",
    "Wethouder Eva Jansen ziet liever dat de brug pas volgend jaar opengaat.",
])
def test_other_verbs_with_zien(quotes_of, text):
    assert _reports(quotes_of(text)) == []


def test_suggereert_after_maar_ends_the_report(quotes_of):
    text = "Wethouder Eva Jansen beseft dat de bouw tijd zal vergen, maar suggereert een tijdelijke oplossing."
    assert ("de bouw tijd zal vergen", JANSEN, "beseft") in _reports(quotes_of(text))


def test_a_plural_separable_verb(quotes_of):
    reports = _reports(quotes_of("De meeste fracties spraken in de raad uit dat de bibliotheek open blijft."))
    assert [(content, cue) for content, _, cue in reports] == [("de bibliotheek open blijft", "spraken uit")]


@pytest.mark.parametrize("text, content", [
    # a phrase after a comma follows the participle
    ("Eva Jansen stapt per direct op als voorzitter van de partij. Dat heeft zij vrijdagavond bekendgemaakt "
     "na afloop van een partijbureau, na haar uitspraken over de begroting.",
     "Eva Jansen stapt per direct op als voorzitter van de partij"),
    # the speaker has a name set off by commas
    ("De stad zal de brug op een gepast moment herbouwen. Dat heeft het hoogste orgaan van de stad, de "
     "gemeenteraad, laten weten na een lange vergadering.", "De stad zal de brug op een gepast moment herbouwen"),
])
def test_back_reference_with_commas(quotes_of, text, content):
    assert content in [c for c, _, _ in _reports(quotes_of(text))]


def test_back_reference_with_a_clause_of_its_own_is_no_report(quotes_of):
    text = "De brug gaat dicht. Dat heeft wethouder Eva Jansen, die eerder zei dat de brug veilig was, gisteren bevestigd."
    assert "De brug gaat dicht" not in [c for c, _, _ in _reports(quotes_of(text))]


def test_postposed_plural_separable_cue(quotes_of):
    reports = _reports(quotes_of("De oppositie steunt de motie, zo laten de fracties weten aan de krant."))
    assert [(content, cue) for content, _, cue in reports] == [("De oppositie steunt de motie", "laten weten")]


def test_postposed_impersonal_cue_with_an_adverb(quotes_of):
    text = ("Volgens wethouder Eva Jansen was het overleg constructief. Er werden verschillende plannen besproken "
            "voor de brug, zo klinkt het nog.")
    assert ("Er werden verschillende plannen besproken voor de brug", JANSEN) in [
        (c, s) for c, s, _ in _reports(quotes_of(text))]


def test_laten_zien_is_no_cue(quotes_of):
    assert _reports(quotes_of("De fracties laten zien dat ze willen samenwerken.")) == []
