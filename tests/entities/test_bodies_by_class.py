"""Bodies the knowledge base gained by class in 2026-12 (kb18: the foreign, defence, trade or economy and
justice ministries of the G20 and of Ukraine, Israel, Iran and Belgium; Iran's Revolutionary Guard and
Hamas's armed wing; Belgian prosecutors' offices, courts of appeal and local police zones; the Dutch
regional police units and the Raad voor de rechtspraak) link by the words Dutch and Flemish news
names them with (invented sentences)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from linking_support import run_linker

from nieuwsgraaf.entities.kb import load_knowledge_base

PATTERNS = Path(__file__).resolve().parents[2] / "data" / "lexicons" / "actor_patterns.jsonl"
G20 = ["ar", "au", "br", "ca", "cn", "de", "fr", "gb", "in", "id", "it", "jp", "kr", "mx", "ru", "sa", "tr", "us", "za"]


def links(text, spans, published="2024-05-01", home="gpe:nl"):
    mentions, _ = run_linker(text, spans, published, home)
    return {m.text: m.entity for m in mentions}


@pytest.mark.parametrize("text, span, expected", [
    ("Het Chinese ministerie van Handel kondigde nieuwe heffingen aan.", "Chinese ministerie van Handel",
     "gov:cn-min-handel"),
    ("Volgens het Iraanse ministerie van Buitenlandse Zaken is het bericht vals.",
     "Iraanse ministerie van Buitenlandse Zaken", "gov:ir-min-bz"),
    ("Het Duitse Defensieministerie bestelde nieuwe tanks.", "Duitse Defensieministerie", "gov:de-min-def"),
    ("Het Turkse ministerie van Justitie vroeg om uitlevering.", "Turkse ministerie van Justitie",
     "gov:tr-min-justitie"),
])
def test_a_foreign_ministry_links_by_its_country_adjective(text, span, expected):
    assert links(text, [(span, "ORG")])[span] == expected


def test_the_dutch_ministry_keeps_its_bare_name():
    found = links("Het ministerie van Buitenlandse Zaken raadt reizen af.", [("ministerie van Buitenlandse Zaken", "ORG")])
    assert found["ministerie van Buitenlandse Zaken"] == "gov:nl-min-bz"


def test_every_g20_country_has_a_foreign_and_a_defence_ministry():
    actors = load_knowledge_base().actors
    foreign = {"us": "gov:us-state-department"}
    defence = {"us": "gov:us-pentagon"}
    for country in G20:
        assert foreign.get(country, f"gov:{country}-min-bz") in actors
        assert defence.get(country, f"gov:{country}-min-def") in actors


@pytest.mark.parametrize("span, expected", [
    ("Revolutionaire Garde", "gov:ir-irgc"),
    ("IRGC", "gov:ir-irgc"),
    ("Qassam-brigades", "org:qassam-brigades"),
    ("Brusselse parket", "gov:be-parket-brussel"),
    ("Gentse parket", "gov:be-parket-oost-vlaanderen"),
    ("politiezone Brussel-West", "gov:be-pz-brussel-west"),
    ("Raad voor de rechtspraak", "gov:nl-raad-voor-de-rechtspraak"),
])
def test_armed_and_justice_bodies_link_by_name(span, expected):
    assert links(f"Het nieuws kwam van de {span} zelf.", [(span, "ORG")])[span] == expected


def test_lowercase_short_forms_are_no_ruler_patterns():
    """'parket Antwerpen' and 'politie Amsterdam' are aliases for the linker; only capitalised forms
    and names ('Antwerpse parket', 'parket van Antwerpen') are put before the tagger."""
    patterns = {json.loads(line)["pattern"] for line in PATTERNS.read_text(encoding="utf-8").splitlines()}
    assert "Antwerpse parket" in patterns and "parket van Antwerpen" in patterns
    assert "parket Antwerpen" not in patterns and "politie Amsterdam" not in patterns


def test_a_lowercase_word_before_a_place_is_still_cut_off():
    """Only a body's whole name keeps its lowercase first word: 'de stad Gent' is the city."""
    found = links("Het nieuws kwam van de stad Gent zelf.", [("stad Gent", "ORG")])
    assert found == {"Gent": "loc:gent"}
