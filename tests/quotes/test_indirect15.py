"""Indirect speech classes missed on two development sets or more (issue #14 §2, branch indirect15),
with invented sentences: 'vinden' with a small clause whose predicate is an adjective in -abel, a
quoted word, or a word after an adverb of degree, also after a fronted 'Toch'; '…, zegt X' after a
clause holding a quoted fragment when a name in apposition or a second predicate follows X, or when
the clause opens and closes with two different quotations; where a report ends before the main clause
after a fronted clause, and a 'maar' without a verb of its own that continues what was said."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

JANSEN = "local:per:eva-jansen"


def _reports(quotes):
    return [(q.text, q.speaker, q.cue) for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize("text, content", [
    ("Wethouder Eva Jansen vindt de sluiting van de brug onacceptabel.", "de sluiting van de brug onacceptabel"),
    ('Wethouder Eva Jansen vindt de sluiting "onverantwoord".', 'de sluiting "onverantwoord"'),
    ("Wethouder Eva Jansen vindt de ophef zwaar overdreven.", "de ophef zwaar overdreven"),
    ("Wethouder Eva Jansen vindt het plan te duur.", "het plan te duur"),
])
def test_vinden_small_clause(quotes_of, text, content):
    assert (content, JANSEN, "vindt") in _reports(quotes_of(text))


def test_vinden_small_clause_after_toch(quotes_of):
    text = "Toch vindt wethouder Eva Jansen de ophef onacceptabel."
    [(content, speaker, cue)] = _reports(quotes_of(text))
    assert (speaker, cue) == (JANSEN, "vindt")
    assert content.endswith("de ophef onacceptabel")


@pytest.mark.parametrize("text", [
    "Wethouder Eva Jansen vindt een nieuwe baan in Utrecht.",  # finding, no opinion
    "Wethouder Eva Jansen vindt de sleutels van het stadhuis.",
])
def test_vinden_without_a_predicate_is_no_report(quotes_of, text):
    assert _reports(quotes_of(text)) == []


# -- a cue after the clause: what may follow the speaker, and two quotations around the reporter's words --

@pytest.mark.parametrize("text, content", [
    ("De brug ging dicht “ondanks de protesten van de buurt”, zegt de burgemeester van Utrecht, Eva Jansen.",
     "De brug ging dicht “ondanks de protesten van de buurt”"),
    ("Eva Jansen bezocht de brug. Ze gaat door met “praten met de buurt”, zegt ze, en kijkt vooral naar het noorden.",
     "Ze gaat door met “praten met de buurt”"),
    ("Eva Jansen is boos. ‘We moeten de buurt beschermen’ tegen dit soort ‘geweld’, zei ze.",
     "‘We moeten de buurt beschermen’ tegen dit soort ‘geweld’"),
])
def test_postposed_cue_after_a_clause_with_quoted_words(quotes_of, text, content):
    quotes = quotes_of(text)
    assert (content, JANSEN) in [(text, speaker) for text, speaker, _ in _reports(quotes)]


def test_one_quotation_with_a_cue_after_it_stays_direct(quotes_of):
    quotes = quotes_of("Eva Jansen is boos. ‘We moeten de buurt beschermen tegen geweld’, zei ze.")
    assert [q.kind for q in quotes] == ["direct"]


# -- where a report ends ------------------------------------------------------------------------

def test_report_in_a_fronted_clause_ends_before_the_main_clause(quotes_of):
    text = "Nadat wethouder Eva Jansen liet weten dat de brug dicht zou gaan, werd de buurt ongerust."
    assert _reports(quotes_of(text)) == [("de brug dicht zou gaan", JANSEN, "liet weten")]


def test_maar_without_a_verb_continues_the_report(quotes_of):
    text = "De brug gaat dicht, maar wel pas in het voorjaar, zegt wethouder Eva Jansen."
    assert [r[0] for r in _reports(quotes_of(text))] == ["De brug gaat dicht, maar wel pas in het voorjaar"]


def test_maar_with_a_clause_of_its_own_is_reported_alone(quotes_of):
    text = "De brug gaat dicht, maar in het voorjaar komt er een pont, zegt wethouder Eva Jansen."
    assert [r[0] for r in _reports(quotes_of(text))] == ["in het voorjaar komt er een pont"]
