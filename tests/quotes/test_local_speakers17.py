"""Local people named as a reader names them (issue #14 §2; invented sentences): a person the
knowledge base lacks who shares a surname with a KB person, a surname after 'van der' that is also
a place's head word, and a double surname shortened to its first part."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

from nieuwsgraaf.entities.grouping import double_surname_part
from nieuwsgraaf.entities.lexicon import load_link_lexicon


@pytest.mark.parametrize("text, speaker", [
    ('Boer Jan Rutte uit Stroe protesteert al weken. "Wij worden kapot gemaakt", zegt Rutte.',
     "local:per:jan-rutte"),
    ('Wethouder Peter Timmermans van Heerlen reageert. "Dit is een slechte dag", aldus Timmermans.',
     "local:per:peter-timmermans"),
    ('Premier Mark Rutte reageerde kort. "Dat is niet aan mij", zei Rutte.', "per:mark-rutte"),
])
def test_a_first_name_the_tagger_left_out_keeps_the_surname_local(quotes_of, text, speaker):
    assert {q.speaker for q in quotes_of(text, "2024-03-11")} == {speaker}


def test_a_surname_after_van_der_is_a_person_not_a_lake(quotes_of):
    text = 'Advocaat Bram van der Meer verdedigt de man. "Mijn cliënt is onschuldig", zegt Van der Meer.'
    assert {q.speaker for q in quotes_of(text, "2024-03-11")} == {"local:per:bram-van-der-meer"}


def test_a_head_word_still_names_a_place_without_particles():
    lexicon = load_link_lexicon()
    assert lexicon.kind_of_name("Van der Meer") is None
    assert lexicon.kind_of_name("Bram van de Zee") is None
    assert lexicon.kind_of_name("Gardameer") is None  # one word: no 'last' head
    assert lexicon.kind_of_name("Grote Meer") == "LOC"
    assert lexicon.kind_of_name("Zwarte Zee") == "LOC"


@pytest.mark.parametrize("text, speaker", [
    ('Oud-burgemeester Annemarie Jorritsma-de Vries kijkt terug. "Het was een mooie tijd", zegt Jorritsma.',
     "local:per:annemarie-jorritsma-de-vries"),
    ('Moeder Yasmina Haddou-Benali mist haar zoon. "Ik slaap niet meer", zegt Haddou.',
     "local:per:yasmina-haddou-benali"),
])
def test_the_first_part_of_a_double_surname_is_the_person(quotes_of, text, speaker):
    assert {q.speaker for q in quotes_of(text, "2024-03-11")} == {speaker}


def test_double_surname_part_needs_the_hyphen_after_a_surname():
    assert double_surname_part("jorritsma", ["annemarie jorritsma-de vries"])
    assert not double_surname_part("jan", ["jan-willem van den berg"])  # a double first name
    assert not double_surname_part("vries", ["annemarie jorritsma-de vries"])
    assert not double_surname_part("de", ["eva van-de berg"])  # too short to be a surname


@pytest.mark.parametrize("text, speaker", [
    ('De staking gaat door. "We gaan door", zegt een woordvoerder van de vakbond FNV.',
     "local:other:een-woordvoerder-van-de-vakbond-fnv"),
    ('De wijk is boos. "Wij stikken", zegt een woordvoerder van de stichting Schone Lucht.',
     "local:other:een-woordvoerder-van-de-stichting-schone-lucht"),
    ('Er is onrust. "We gaan door", zegt een woordvoerder van minister Hoekstra.',
     "local:other:een-woordvoerder-van-minister-hoekstra"),
])
def test_a_body_named_after_its_noun_belongs_to_the_source(quotes_of, text, speaker):
    assert {q.speaker for q in quotes_of(text, "2024-03-11")} == {speaker}


def test_a_person_named_after_a_description_is_the_one_it_describes(quotes_of):
    text = 'Er is onrust. "We gaan door", zegt de voorzitter van de ondernemingsraad Piet Kramer.'
    assert {q.speaker for q in quotes_of(text, "2024-03-11")} == {"local:per:piet-kramer"}


def test_a_plural_pronoun_after_the_cue_is_the_group_the_sentence_before_opens_with(quotes_of):
    text = 'De vakbonden eisen actie. "Het moet nu gebeuren", zeggen ze.'
    assert {q.speaker for q in quotes_of(text, "2024-03-11")} == {"local:other:de-vakbonden"}


def test_a_singular_pronoun_after_the_cue_stays_with_the_person(quotes_of):
    text = 'Minister Anna de Wit sprak met de vakbonden. "Het moet nu gebeuren", zegt ze.'
    assert {q.speaker for q in quotes_of(text, "2024-03-11")} == {"local:per:anna-de-wit"}
