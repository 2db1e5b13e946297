"""A Dutch text full of names that the language model cannot place is still Dutch by its function
words; a text the model places keeps the model's language (invented sentences)."""

from __future__ import annotations

from nieuwsgraaf.clean import identify_language

NAMES_FIRST = ("Pierre Dubois (PS), Jean Martin (MR) en Sophie Laurent (Ecolo) verdedigden donderdag tijdens het "
               "RTL-debat hun besluit om niet voor een coalitie te kiezen. Dubois zegt dat een regering zonder de "
               "PS niet kan.")


def test_names_first_dutch_is_dutch():
    guess = identify_language(NAMES_FIRST)
    assert guess.score < 0.4  # the model alone is unsure here
    assert guess.language == "nl"


def test_french_with_the_same_names_stays_french():
    text = ("Pierre Dubois (PS), Jean Martin (MR) et Sophie Laurent (Ecolo) ont défendu jeudi lors du débat de "
            "RTL leur décision de ne pas choisir une coalition.")
    assert identify_language(text).language == "fr"
