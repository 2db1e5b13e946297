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


def test_the_first_name_of_the_knowledge_base_name_gives_the_gender(quotes_of):
    # the article writes surnames only; 'Mark Rutte' and 'Sigrid Kaag' are the entities' names
    [quote] = quotes_of('Rutte sprak lang met Kaag over de motie. "Dit is genoeg geweest", zei ze.', "2021-04-02")
    assert (quote.speaker_text, quote.speaker) == ("ze", "per:sigrid-kaag")


def test_a_pronoun_before_the_colon_is_the_speaker(quotes_of):
    text = ('Eva Jansen diende de motie in. Door Piet de Groot gevraagd wat zij nu zou doen, reageerde ze: '
            '"Ik zou mijn conclusies trekken."')
    [quote] = [q for q in quotes_of(text) if q.kind == "direct"]
    assert (quote.speaker_text, quote.speaker) == ("ze", "local:per:eva-jansen")


def test_a_verb_is_no_title_before_a_name(quotes_of):
    [quote] = quotes_of("Volgens ingewijden wil Piet de Groot pas instemmen als de gemeente betaalt.")
    assert (quote.speaker, quote.cue) == ("local:other:ingewijden", "volgens")


def test_zonder_ends_the_reported_clause(quotes_of):
    [report] = [q for q in quotes_of("Eva Jansen bevestigt dat er een incident is geweest, zonder in detail te treden.")
                if q.kind == "indirect"]
    assert report.text == "er een incident is geweest"
