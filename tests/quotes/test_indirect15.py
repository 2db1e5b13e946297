"""Indirect speech classes missed on two development sets or more (issue #14 §2, branch indirect15),
with invented sentences: 'vinden' with a small clause whose predicate is an adjective in -abel, a
quoted word, or a word after an adverb of degree, also after a fronted 'Toch'."""

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
