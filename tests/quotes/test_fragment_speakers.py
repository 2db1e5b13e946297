"""Words in marks attributed by the sentence around them: naming verbs ('hekelt', 'spreekt van'),
marks around a whole 'dat' clause, a relative 'die' before the cue, and 'Dat zei X' after a quote
that is a sentence of its own (invented sentences)."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

JANSEN = "local:per:eva-jansen"


def _direct(quotes):
    return [(q.text, q.speaker, q.cue) for q in quotes if q.kind == "direct"]


@pytest.mark.parametrize("text, expected", [
    ("Het gemeenschappelijk vakbondsfront hekelt de ‘ongekende aanval op de pensioenen van de werknemers’.",
     ("ongekende aanval op de pensioenen van de werknemers", "local:other:het-gemeenschappelijk-vakbondsfront",
      "hekelt")),
    ("Eva Jansen spreekt van “een incident” in de raad.", ("een incident", JANSEN, "spreekt van")),
    ("De werkgevers waren boos. Eva Jansen benadrukt dat ‘onze bedrijven het echt zeer moeilijk hebben’.",
     ("onze bedrijven het echt zeer moeilijk hebben", JANSEN, "benadrukt")),
    ("De ruzie werd aangewakkerd door wethouder Eva Jansen die de burgemeester bekritiseerde voor het “gebrek aan respect”.",
     ("gebrek aan respect", JANSEN, "bekritiseerde")),
])
def test_the_sentence_names_the_speaker_of_the_words_in_marks(quotes_of, text, expected):
    assert expected in _direct(quotes_of(text))


def test_dat_zei_after_a_quote_that_is_a_sentence_of_its_own(quotes_of):
    text = ("“Ja, ik steun de wethouder nog. Het is niet omdat hij later in beeld komt dat hij er iets mee te maken heeft.” "
            "Dat zei partijvoorzitter Eva Jansen vlak voor het debat.")
    [quote] = [q for q in quotes_of(text) if q.kind == "direct"]
    assert (quote.speaker, quote.cue) == (JANSEN, "zei")
