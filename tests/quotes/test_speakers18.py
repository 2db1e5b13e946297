"""Quotes whose speaker the article names elsewhere (issue #14 §2, session 15; invented sentences): a
quote printed as a heading opens a section, so it does not continue the quote above it; it takes the
speaker of a later quote repeating it, in marks or as indirect speech, else the first speaker of the
paragraph below it. A whole paragraph of quoted speech still continues the speaker before."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

from nieuwsgraaf.quotes.headings import is_heading
from nieuwsgraaf.quotes.marks import find_quote_spans


def _speaker_of(quotes, words: str) -> str | None:
    return next(q.speaker for q in quotes if q.text.startswith(words))


def test_a_heading_repeated_as_indirect_speech_is_that_speakers(quotes_of):
    text = ("Minister Karel Smit vroeg de burgemeesters om een plan. ‘Dat is de goede weg’, zei Smit.\n\n"
            "‘Het plan ligt al klaar’\n\n"
            "Smit wil een nieuw veiligheidsplan. Het plan ligt al klaar, zegt burgemeester Anna de Wit.")
    assert _speaker_of(quotes_of(text, "2023-05-02"), "Het plan ligt") == "local:per:anna-de-wit"


def test_a_heading_takes_the_first_speaker_below_it_not_the_quote_above(quotes_of):
    text = ("Wethouder Karel Smit opende de vergadering. ‘We zijn er klaar voor’, zei Smit.\n\n"
            "‘De stad verdient beter’\n\n"
            "Raadslid Anna de Wit was kritisch. ‘Het college heeft niets gedaan’, zegt De Wit. Smit zweeg.")
    assert _speaker_of(quotes_of(text, "2023-05-02"), "De stad verdient") == "local:per:anna-de-wit"


def test_a_paragraph_of_quoted_speech_continues_the_speaker_before(quotes_of):
    text = ("‘We zijn er klaar voor’, zei wethouder Karel Smit tegen Anna de Wit.\n\n"
            "‘Het college heeft hard gewerkt. De stad verdient een plan dat werkt.’\n\n"
            "Raadslid Anna de Wit was kritisch.")
    assert _speaker_of(quotes_of(text, "2023-05-02"), "Het college") == "local:per:karel-smit"


def test_a_heading_is_one_short_line_without_a_full_stop():
    def heading(text: str) -> bool:
        return is_heading(text, find_quote_spans(text)[0])

    assert heading("Tekst.\n\n‘De stad verdient beter’\n\nMeer tekst.")
    assert heading("Tekst.\n\n‘Wat een schande!’\n\nMeer tekst.")
    assert not heading("Tekst.\n\n‘De stad verdient beter. Dat is zo.’\n\nMeer tekst.")
    assert not heading("Tekst. ‘De stad verdient beter’, zei ze.\n\nMeer tekst.")


@pytest.mark.parametrize("text, words, speaker", [
    ("Raadslid Anna de Wit is boos op wethouder Karel Smit. Smit vroeg de raad ‘om nog eens na te denken over "
     "het plan.’ Onzin, vindt De Wit, ‘want het plan ligt al jaren klaar bij de gemeente.’", "want het plan",
     "local:per:anna-de-wit"),
    ("Op het plein stonden ook politici. Karel Smit van de VVD liet weten: ‘We moeten samen verder.’ Ook Anna de "
     "Wit van de SP was aanwezig: ‘Wij staan naast de mensen die hier vandaag protesteren.’", "Wij staan",
     "local:per:anna-de-wit"),
])
def test_a_quote_led_in_by_a_new_subject_continues_no_one(quotes_of, text, words, speaker):
    assert _speaker_of(quotes_of(text, "2023-05-02"), words) == speaker
