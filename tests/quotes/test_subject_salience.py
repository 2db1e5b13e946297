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


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the text's "…" quotations, marks included."""
    return [(m.start(), m.end()) for m in re.finditer(r'"[^"]*"', text)]


def _named(text: str, names: dict[str, str]) -> list[Mention]:
    """A mention for every occurrence of each invented name."""
    found = [Mention(m.start(), m.end(), name, "PER", entity)
             for name, entity in names.items() for m in re.finditer(re.escape(name), text)]
    return sorted(found, key=lambda m: m.start)


def test_a_pronoun_after_a_quote_verb_is_the_subject_not_the_person_talked_about():
    # 'schreef hij over De Groot': De Groot is talked about; 'hij' is Bakker, the sentence before's subject
    text = ('Jan Bakker bedreigde in een brief zijn rivaal Piet de Groot. "Wij wachten (nog!), maar niet lang", '
            'schreef hij over De Groot. "Opgeven", schreef hij daarna.')
    salience = Salience(text, _mentions(text), _quote_spans(text))
    assert salience.salient_person(text.rindex('"Opgeven'), "male").entity == "local:per:jan-bakker"


def test_a_sentence_opening_pronoun_carries_the_person_back_past_a_quoted_author():
    # a full stop inside the quotation ends no sentence; 'Hij' opening a sentence is Kees Smit,
    # not Jan Bakker, whom Piet de Groot quoted
    text = ('Piet de Groot sloot af. "Wie zwijgt, stemt toe", citeerde hij Jan Bakker.\n\n'
            'Toen was het de beurt aan Kees Smit. Hij mag zich nu burgemeester noemen. '
            '"Het was zwaar. Nu is het feest", aldus de burgemeester.')
    names = {"Piet de Groot": "local:per:piet-de-groot", "Jan Bakker": "local:per:jan-bakker",
             "Kees Smit": "local:per:kees-smit"}
    salience = Salience(text, _named(text, names), _quote_spans(text))
    assert salience.salient_person(text.index("de burgemeester.")).entity == "local:per:kees-smit"


def test_a_pronoun_in_a_fronted_clause_is_not_followed_back():
    # 'Dat hij voorzitter wordt, vindt hij …': no pronoun in a subject's place of its own; the last
    # person named outside a prepositional phrase stays the antecedent
    text = ('Piet de Groot viel aan, Jan Bakker pleitte voor rust. Dat hij voorzitter wordt, vindt hij een eer. '
            '"Geweldig", zei hij.')
    salience = Salience(text, _mentions(text), _quote_spans(text))
    assert salience.salient_person(text.index('"Geweldig'), "male").entity == "local:per:jan-bakker"


@pytest.mark.parametrize("text", [
    # 'zal hij' after a fronted adverbial: the pronoun is the subject and continues Bakker's chain,
    # though De Groot stands nearer (in a prepositional phrase after it)
    'Het overleg is mislukt, zegt Jan Bakker. Morgen zal hij zijn plan voorleggen aan Piet de Groot. '
    'Hij noemt het "een gemiste kans".',
    # a blank line between paragraphs is no sentence: the sentence before the quote is the last one
    # of the paragraph above, whose subject is Bakker
    'Piet de Groot kwam binnen. Jan Bakker bedankte Piet de Groot.\n\n"Het was een lange dag", zei hij.',
])
def test_a_pronoun_subject_continues_the_subject_chain(text):
    salience = Salience(text, _mentions(text), _quote_spans(text))
    assert salience.salient_person(text.index('"'), "male").entity == "local:per:jan-bakker"


def test_a_possessor_is_not_the_subject():
    # 'De Groots woordvoerder Jan Bakker': the subject is Bakker, not the owner before him
    text = 'De Groot zweeg. De Groots woordvoerder Jan Bakker las een verklaring voor. "Geen commentaar", zei hij.'
    owner = text.index("De Groots")
    mentions = [m for m in _mentions(text) if m.start != owner]
    mentions.append(Mention(owner, owner + 9, "De Groots", "PER", "local:per:piet-de-groot"))
    salience = Salience(text, sorted(mentions, key=lambda m: m.start), _quote_spans(text))
    assert salience.salient_person(text.index('"'), "male").entity == "local:per:jan-bakker"
