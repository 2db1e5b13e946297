"""Quotes whose speaker the article names elsewhere (issue #14 §2, session 15; invented sentences): a
quote printed as a heading opens a section, so it does not continue the quote above it; it takes the
speaker of a later quote repeating it, in marks or as indirect speech, else the first speaker of the
paragraph below it. A whole paragraph of quoted speech still continues the speaker before."""

from __future__ import annotations

from test_quotes import quotes_of_fixture, speaker_of  # noqa: F401  (the quotes_of fixture)

from nieuwsgraaf.quotes.headings import is_heading
from nieuwsgraaf.quotes.marks import find_quote_spans


def test_a_heading_repeated_as_indirect_speech_is_that_speakers(quotes_of):
    text = ("Minister Karel Smit vroeg de burgemeesters om een plan. ‘Dat is de goede weg’, zei Smit.\n\n"
            "‘Het plan ligt al klaar’\n\n"
            "Smit wil een nieuw veiligheidsplan. Het plan ligt al klaar, zegt burgemeester Anna de Wit.")
    assert speaker_of(quotes_of(text, "2023-05-02"), "Het plan ligt") == "local:per:anna-de-wit"


def test_a_heading_takes_the_first_speaker_below_it_not_the_quote_above(quotes_of):
    text = ("Wethouder Karel Smit opende de vergadering. ‘We zijn er klaar voor’, zei Smit.\n\n"
            "‘De stad verdient beter’\n\n"
            "Raadslid Anna de Wit was kritisch. ‘Het college heeft niets gedaan’, zegt De Wit. Smit zweeg.")
    assert speaker_of(quotes_of(text, "2023-05-02"), "De stad verdient") == "local:per:anna-de-wit"


def test_a_paragraph_of_quoted_speech_continues_the_speaker_before(quotes_of):
    text = ("‘We zijn er klaar voor’, zei wethouder Karel Smit tegen Anna de Wit.\n\n"
            "‘Het college heeft hard gewerkt. De stad verdient een plan dat werkt.’\n\n"
            "Raadslid Anna de Wit was kritisch.")
    assert speaker_of(quotes_of(text, "2023-05-02"), "Het college") == "local:per:karel-smit"


def test_a_heading_is_one_short_line_without_a_full_stop():
    def heading(text: str) -> bool:
        return is_heading(text, find_quote_spans(text)[0])

    assert heading("Tekst.\n\n‘De stad verdient beter’\n\nMeer tekst.")
    assert heading("Tekst.\n\n‘Wat een schande!’\n\nMeer tekst.")
    assert not heading("Tekst.\n\n‘De stad verdient beter. Dat is zo.’\n\nMeer tekst.")
    assert not heading("Tekst. ‘De stad verdient beter’, zei ze.\n\nMeer tekst.")
