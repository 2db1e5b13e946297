"""How far an unnamed source phrase runs (speaker21, issue #14): the circle sources come from, a
quantity after the article, coordinated adjectives, a long phrase and a name the noun phrase rule
would cut in half. Invented sentences."""

from __future__ import annotations

import pytest

from nieuwsgraaf.quotes import default_rules
from nieuwsgraaf.quotes.speaker_words import SpeakerReader
from nieuwsgraaf.records import Mention


def _phrase(text: str, verb: str, *named: tuple[str, str, str]) -> str | None:
    mentions = [Mention(text.index(words), text.index(words) + len(words), words, label, entity)
                for words, label, entity in named]
    ref = SpeakerReader(text, mentions, default_rules(), []).sources.read(0, text.index(verb))
    return ref.text if ref is not None else None


@pytest.mark.parametrize("text, verb, phrase", [
    ("Bronnen rond het bestuur melden dat de fusie doorgaat.", " melden", "Bronnen rond het bestuur"),
    ("Bronnen uit de twee kleinere fracties zeggen dat het akkoord wankelt.", " zeggen",
     "Bronnen uit de twee kleinere fracties"),
    ("De drie vakbonden willen dat de lonen stijgen.", " willen", "De drie vakbonden"),
    ("Franse en Belgische experts betwijfelen of de brug veilig is.", " betwijfelen", "Franse en Belgische experts"),
])
def test_the_whole_source_phrase_names_the_source(text, verb, phrase):
    assert _phrase(text, verb) == phrase


def test_a_phrase_ends_before_a_preposition_it_ran_into():
    # 'Bronnen' opens the sentence with a capital, but 'uit' is no noun of its phrase
    assert _phrase("Bronnen uit zich pas later.", " zich") == "Bronnen"


def test_a_sentence_of_the_circle_is_not_part_of_the_phrase():
    # 'rond de middag zeggen': 'zeggen' is a verb, no noun of a circle
    assert _phrase("Bronnen rond de middag zeggen dat het stil is.", " dat") != "Bronnen rond de middag zeggen"


def test_a_long_description_keeps_the_name_it_ends_in():
    text = "Een hoge medewerker van het Deense ministerie van Binnenlandse Zaken vertelde dat de grens opengaat."
    named = ("ministerie van Binnenlandse Zaken", "ORG", "local:org:ministerie-van-binnenlandse-zaken")
    assert _phrase(text, " vertelde", named) == ("Een hoge medewerker van het Deense ministerie van Binnenlandse "
                                                 "Zaken")
