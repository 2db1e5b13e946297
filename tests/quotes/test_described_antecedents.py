"""A singular pronoun whose sentence, or the one before, opens with a description of one person as
its subject refers to that description, not to a person named later in that sentence or inside a
prepositional phrase (quotes/antecedents.py; invented sentences)."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

from nieuwsgraaf.quotes import default_rules, load_quote_lexicon
from nieuwsgraaf.quotes.antecedents import is_person_description
from nieuwsgraaf.quotes.speaker_words import SpeakerReader
from nieuwsgraaf.records import Mention


def _person(text: str, words: str, entity: str) -> Mention:
    start = text.index(words)
    return Mention(start, start + len(words), words, "PER", entity)


def _pronoun_ref(text: str, people: list[tuple[str, str]], pronoun: str):
    mentions = [_person(text, words, entity) for words, entity in people]
    quotes = [(text.index("‘"), text.index("’") + 1)] if "‘" in text else []
    reader = SpeakerReader(text, mentions, default_rules(), quotes)
    start = text.rindex(f" {pronoun} ") + 1
    return reader.pronoun(start, start + len(pronoun), len(text))


def test_the_spokesman_who_opens_the_sentence_before_is_hem_not_the_minister_in_his_clause():
    text = ("De woordvoerder van de wethouder liet weten dat Anna Pieters het plan steunt, ‘maar niet nu. "
            "Het is te vroeg.’ Volgens hem komt er in mei een besluit.")
    ref = _pronoun_ref(text, [("Anna Pieters", "local:per:anna-pieters")], "hem")
    assert (ref.kind, ref.text) == ("description", "De woordvoerder van de wethouder")


def test_a_person_in_a_prepositional_phrase_does_not_block_the_description_before():
    text = ("De leider van de Groenen wil een nieuw debat. Door Karin Bos gevraagd of het kabinet moet "
            "aftreden, antwoordde ze kort ")
    ref = _pronoun_ref(text, [("Karin Bos", "local:per:karin-bos")], "ze")
    assert ref.text == "De leider van de Groenen"


def test_a_named_subject_of_the_pronouns_own_sentence_stays_the_antecedent():
    text = "De woordvoerder van de bond was kort. Daarna zei Piet de Boer dat hij nog wacht "
    ref = _pronoun_ref(text, [("Piet de Boer", "local:per:piet-de-boer")], "hij")
    assert ref.kind == "pronoun" and text[ref.mention[0]:ref.mention[1]] == "Piet de Boer"


def test_a_description_with_a_name_in_it_is_left_to_the_name():
    text = "De nieuwe burgemeester Eva Smit opende de markt. Volgens haar komt er een tweede "
    ref = _pronoun_ref(text, [("Eva Smit", "local:per:eva-smit")], "haar")
    assert ref.kind == "pronoun" and ref.mention is not None


@pytest.mark.parametrize("words, gender, expected", [
    ("De woordvoerder van de minister", "male", True),
    ("de landbouwminister", "female", True),  # the head of a compound
    ("De woordvoerster van het bedrijf", "male", False),  # a noun for a woman is no 'hij'
    ("De woordvoerster van het bedrijf", "female", True),
    ("De vakbonden", None, False),  # a group, no person
    ("Een woordvoerder", "male", False),  # indefinite: someone new
    ("De motie van afkeuring", "female", False),
])
def test_what_describes_one_person(words, gender, expected):
    assert is_person_description(words, gender, load_quote_lexicon()) is expected


def test_the_pronoun_speaker_becomes_the_described_spokesman(quotes_of):
    text = ("De woordvoerder van de burgemeester bevestigde dat het plein dichtgaat. "
            "Volgens hem is dat tijdelijk. “We openen het plein weer in de zomer”, zei hij.")
    quotes = quotes_of(text)
    direct = next(q for q in quotes if q.kind == "direct")
    assert direct.speaker == "local:other:de-woordvoerder-van-de-burgemeester"
