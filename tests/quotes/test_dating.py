"""When a quote was said (quotes/dating.py), on invented sentences with their time expressions."""

from __future__ import annotations

from nieuwsgraaf.quotes.dating import QuoteOccasion, date_quote
from nieuwsgraaf.records import DateValue, Timex

PUBLISHED = DateValue("2024-03-14", "day")


def timex(text: str, words: str, value: str, occurrence: int = 1) -> Timex:
    start = -1
    for _ in range(occurrence):
        start = text.index(words, start + 1)
    return Timex(start, start + len(words), words, "DATE", value, anchor="publication")


def sentences(text: str):
    bounds, start = [], 0
    for index, char in enumerate(text):
        if char == "." and (index + 1 == len(text) or text[index + 1] in " \n"):
            bounds.append((start, index + 1))
            start = index + 2
    if start < len(text):
        bounds.append((start, len(text)))
    return lambda position: next(((s, e) for s, e in bounds if s <= position < e), None)


def occasion(text, quoted, kind, speaker, sentence_of, speaker_words=None):
    start = text.index(quoted)
    at = text.index(speaker_words) if speaker_words else None
    return QuoteOccasion(start, start + len(quoted), kind, sentence_of(start), speaker, at)


def test_a_date_in_the_speech_clause_wins_over_the_date_the_quote_talks_about():
    text = 'Zij zei dinsdag dat de tarieven in 2025 omhooggaan.'
    sentence_of = sentences(text)
    quote = occasion(text, "de tarieven in 2025 omhooggaan", "indirect", "per:x", sentence_of, "Zij")
    times = [timex(text, "dinsdag", "2024-03-12"), timex(text, "2025", "2025")]
    found = date_quote(quote, [quote], times, text, sentence_of, PUBLISHED)
    assert (found.value, found.basis) == ("2024-03-12", "relative")


def test_an_earlier_date_of_the_story_is_not_when_a_later_quote_was_said():
    text = 'In 2019 begon het onderzoek. "Het moet sneller", zegt de minister.'
    sentence_of = sentences(text)
    quote = occasion(text, "Het moet sneller", "direct", "per:x", sentence_of, "de minister")
    found = date_quote(quote, [quote], [timex(text, "2019", "2019")], text, sentence_of, PUBLISHED)
    assert (found.value, found.basis) == ("2024-03-14", "publication")


def test_the_occasion_of_the_same_speakers_earlier_words_carries_to_the_next_quote():
    text = 'Gisteravond zei Jambon dat de cijfers klaar zijn. "Ze liggen op mijn bureau."'
    sentence_of = sentences(text)
    first = occasion(text, "de cijfers klaar zijn", "indirect", "per:jambon", sentence_of, "Jambon")
    second = occasion(text, "Ze liggen op mijn bureau.", "direct", "per:jambon", sentence_of)
    times = [timex(text, "Gisteravond", "2024-03-13")]
    found = date_quote(second, [first, second], times, text, sentence_of, PUBLISHED)
    assert (found.value, found.basis) == ("2024-03-13", "narrative")
    other = occasion(text, "Ze liggen op mijn bureau.", "direct", "per:someone-else", sentence_of)
    assert date_quote(other, [first, other], times, text, sentence_of, PUBLISHED).basis == "publication"


def test_a_date_opening_an_indirect_quote_is_the_speech_clauses():
    text = 'Kaag zei eind september toch weer te willen praten.'
    sentence_of = sentences(text)
    quote = occasion(text, "eind september toch weer te willen praten", "indirect", "per:kaag", sentence_of, "Kaag")
    found = date_quote(quote, [quote], [timex(text, "eind september", "2023-09")], text, sentence_of, PUBLISHED)
    assert found.value == "2023-09"


def test_nothing_is_said_after_the_article():
    text = 'Hij zei donderdag dat hij komt.'
    sentence_of = sentences(text)
    quote = occasion(text, "hij komt", "indirect", "per:x", sentence_of, "Hij")
    found = date_quote(quote, [quote], [timex(text, "donderdag", "2024-03-21")], text, sentence_of, PUBLISHED)
    assert (found.value, found.basis) == ("2024-03-14", "publication")


def test_a_date_inside_an_earlier_quote_does_not_date_the_next_one():
    text = 'Zij zei dat Rusland in 2014 al gestraft is. Die sancties kunnen scherper, zei ze.'
    sentence_of = sentences(text)
    first = occasion(text, "Rusland in 2014 al gestraft is", "indirect", "per:x", sentence_of, "Zij")
    second = occasion(text, "Die sancties kunnen scherper", "indirect", "per:x", sentence_of, "ze")
    found = date_quote(second, [first, second], [timex(text, "2014", "2014")], text, sentence_of, PUBLISHED)
    assert (found.value, found.basis) == ("2024-03-14", "publication")
