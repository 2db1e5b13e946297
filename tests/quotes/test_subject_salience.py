"""'hij', 'ze' and a quote without a cue go back to the subject of the sentence before, never to a
person named inside a prepositional phrase (invented sentences)."""

from __future__ import annotations

import re

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

from nieuwsgraaf.quotes.salience import Salience
from nieuwsgraaf.records import Mention

_PEOPLE = {"Jan Bakker": "local:per:jan-bakker", "Piet de Groot": "local:per:piet-de-groot",
           "Bakker": "local:per:jan-bakker", "De Groot": "local:per:piet-de-groot"}


def _mentions(text: str) -> list[Mention]:
    """Every mention of the two invented people, full names before surnames."""
    found: list[Mention] = []
    for words, entity in _PEOPLE.items():
        for match in re.finditer(re.escape(words), text):
            if not any(m.start <= match.start() < m.end for m in found):
                found.append(Mention(match.start(), match.end(), words, "PER", entity))
    return sorted(found, key=lambda m: m.start)


@pytest.mark.parametrize("text, expected", [
    # the person after the preposition is named more often, and still not the subject
    ('Jan Bakker sprak met Piet de Groot. Piet de Groot knikte. Bakker had kritiek op De Groot. "Genoeg", zei hij.',
     "local:per:jan-bakker"),
    ('Na een gesprek met burgemeester Piet de Groot nam Jan Bakker het woord. "Genoeg", zei hij.',
     "local:per:jan-bakker"),
    ('Jan Bakker bedankte de Amsterdamse wethouder Piet de Groot. Piet de Groot knikte. "Genoeg", zei hij.',
     "local:per:piet-de-groot"),
])
def test_the_subject_is_the_antecedent(text, expected):
    salience = Salience(text, _mentions(text), [])
    assert salience.salient_person(text.index('"'), "male").entity == expected


def test_a_person_in_a_prepositional_phrase_is_recognised():
    text = "Zij sprak met de Amerikaanse president Jan Bakker en daarna Piet de Groot."
    bakker, groot = _mentions(text)
    salience = Salience(text, [bakker, groot], [])
    assert salience.in_prepositional_phrase(bakker)
    assert not salience.in_prepositional_phrase(groot)


def test_volgens_hem_is_the_pronoun_alone(quotes_of):
    text = ("Rutte viel Wilders bij in het debat. Volgens hem doet Wilders principieel over de regels, "
            "maar accepteert hij zelf een uitzondering.")
    [quote] = quotes_of(text, "2017-11-02")
    assert (quote.speaker_text, quote.speaker) == ("hem", "per:mark-rutte")
