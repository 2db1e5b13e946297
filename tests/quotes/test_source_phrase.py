"""A quote right after the phrase naming the text it comes from and that text's author ('een
motie van X om "…"', 'een tekst van X ("…")') is the author's, not the person the paragraph is
about; marks after a preposition are what the text is about, not its words (invented sentences)."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

JANSEN = "local:per:eva-jansen"
_ABOUT_DE_BOER = ("Wethouder Piet de Boer verdedigde zijn plannen in de raad. De Boer zei dat hij niet zou wijken. "
                  "De Boer kreeg veel vragen. ")


def _direct(quotes):
    return {q.text: q.speaker for q in quotes if q.kind == "direct"}


@pytest.mark.parametrize("sentence, words", [
    ("Daarna werd gestemd over een motie van raadslid Eva Jansen om „de bibliotheek in het dorp voor altijd open "
     "te houden”.", "de bibliotheek in het dorp voor altijd open te houden"),
    ("Hij deelde een oude tekst van raadslid Eva Jansen (“sluit de fabriek nu meteen en voorgoed”), naast een foto.",
     "sluit de fabriek nu meteen en voorgoed"),
])
def test_the_author_of_the_named_text_says_the_quote(quotes_of, sentence, words):
    assert _direct(quotes_of(_ABOUT_DE_BOER + sentence)).get(words) == JANSEN


def test_marks_after_a_preposition_name_the_topic_not_the_authors_words(quotes_of):
    text = _ABOUT_DE_BOER + ("Hij kreeg vragen over de uitspraken van raadslid Eva Jansen over 'de grote "
                             "woningnood in de hele stad' en over de begroting.")
    assert _direct(quotes_of(text)).get("de grote woningnood in de hele stad") != JANSEN
