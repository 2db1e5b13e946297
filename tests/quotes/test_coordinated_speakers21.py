"""A coordinated subject speaks as a whole (session 16, invented sentences): a list of names closed
by 'en' ('A, B en C zeggen dat …') is not cut at its last comma, whether or not the tagger found each
name; a second conjunct the first possesses ('X en zijn ministers') is part of the speaker. A list
governed by a preposition is no subject."""

from __future__ import annotations

from test_quotes import quotes_of_fixture, speaker_of  # noqa: F401  (the quotes_of fixture)


def test_a_list_of_names_before_the_cue_is_one_speaker(quotes_of):
    quotes = quotes_of("Oxfam, Cordaid en Amnesty zeggen dat de noodhulp voor de regio tekortschiet.")
    assert speaker_of(quotes, "de noodhulp") == "local:other:oxfam-cordaid-en-amnesty"


def test_a_list_opening_a_line_keeps_its_first_name(quotes_of):
    text = 'Staking in de havens\nABVV, ACV en ACLVB noemen de staking "een krachtig signaal" aan de regering.'
    assert speaker_of(quotes_of(text), "een krachtig signaal") == "local:other:abvv-acv-en-aclvb"


def test_a_possessed_second_conjunct_belongs_to_the_speaker(quotes_of):
    quotes = quotes_of("Duitsland en zijn buurlanden vrezen dat de gasprijs deze winter verder stijgt.")
    assert speaker_of(quotes, "de gasprijs") == "local:other:duitsland-en-zijn-buurlanden"


def test_a_list_after_a_preposition_is_not_the_subject(quotes_of):
    quotes = quotes_of("Na een gesprek met Oxfam, Cordaid en Amnesty zeggen de boeren dat de regels niet deugen.")
    assert speaker_of(quotes, "de regels") != "local:other:oxfam-cordaid-en-amnesty"
