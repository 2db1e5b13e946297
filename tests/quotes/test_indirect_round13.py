"""Indirect speech classes that recurred on two or more development sets after indirect12 (issue #14 §2,
branch indirect13): a sentence the tagger ended in mid-clause, 'Dat heeft X gezegd' with a phrase after
the participle, and bare plurals as unnamed sources (invented sentences)."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

from nieuwsgraaf.quotes.sentences import quote_sentences

JANSEN = "local:per:eva-jansen"


def _reports(quotes):
    return [(q.text, q.speaker, q.cue) for q in quotes if q.kind == "indirect"]


def test_a_sentence_ending_in_mid_clause_joins_the_next():
    text = "De brug gaat dicht. Dat concludeert Wethouder Eva Jansen uit het rapport."
    split = [(0, 19), (20, 35), (36, len(text))]  # the tagger ended a sentence after the verb
    assert quote_sentences(text, split) == [(0, 19), (20, len(text))]


@pytest.mark.parametrize("text, split", [
    ("De brug gaat dicht. Wethouder Eva Jansen is blij.", [(0, 19), (20, 50)]),  # a full stop ends it
    ("Brug dicht\n\nWethouder Eva Jansen is blij.", [(0, 10), (12, 42)]),  # a heading ends at its line
])
def test_a_finished_sentence_or_a_heading_stays_apart(text, split):
    assert quote_sentences(text, split) == split


@pytest.mark.parametrize("text", [
    "De brug gaat in mei dicht. Dat heeft wethouder Eva Jansen gezegd in de gemeenteraad.",
    "De brug gaat in mei dicht. Dat heeft wethouder Eva Jansen gezegd na vragen van de oppositie om "
    "de planning te verduidelijken.",
])
def test_back_reference_with_a_phrase_after_the_participle(quotes_of, text):
    assert ("De brug gaat in mei dicht", JANSEN, "gezegd") in _reports(quotes_of(text))


def test_so_with_a_te_infinitive_is_still_a_report_of_its_own(quotes_of):
    text = "De raad vergaderde lang. Zo heeft wethouder Eva Jansen laten weten geen vragen te beantwoorden."
    assert all(content != "De raad vergaderde lang" for content, _, _ in _reports(quotes_of(text)))


@pytest.mark.parametrize("text, content, words", [
    ("Aanklagers zeiden dat de verdachte de brand had aangestoken.", "de verdachte de brand had aangestoken",
     "aanklagers"),
    ("Militairen maakten woensdag bekend de macht te hebben overgenomen.", "de macht te hebben overgenomen",
     "militairen"),
    ("Ook andere bestuurders hebben aangegeven dat de rente in juni omlaag gaat.", "de rente in juni omlaag gaat",
     "andere-bestuurders"),
])
def test_a_bare_plural_names_an_unnamed_source(quotes_of, text, content, words):
    [(found, speaker, _)] = _reports(quotes_of(text))
    assert found == content
    assert speaker is not None and speaker.endswith(words)


@pytest.mark.parametrize("text, content", [
    ("Jansen: geen nieuwe brug voor 2030\n\nDe gemeente heeft het geld niet, zei wethouder Eva Jansen.",
     "geen nieuwe brug voor 2030"),
])
def test_a_heading_with_a_colon_and_no_marks(quotes_of, text, content):
    assert (content, JANSEN, ":") in _reports(quotes_of(text))


@pytest.mark.parametrize("text", [
    "Update: de brug blijft dicht\n\nDe gemeente heeft het geld niet, zei wethouder Eva Jansen.",  # no speaker
    "Wethouder Eva Jansen zei het zo: de brug blijft dicht.",  # no heading of its own
])
def test_no_headline_report_without_a_speaker_heading(quotes_of, text):
    assert all(cue != ":" for _, _, cue in _reports(quotes_of(text)))
