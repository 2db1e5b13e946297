"""Words the tagger took in before a name are cut off (entities/spans.py), on invented sentences."""

from __future__ import annotations

from linking_support import run_linker


def test_a_lowercase_word_before_a_name_is_not_part_of_it():
    mentions, _ = run_linker("Er volgde kritiek, waarop Loones reageerde.", [("waarop Loones", "PER")], "2021-03-01")
    assert [m.text for m in mentions] == ["Loones"]


def test_name_particles_stay():
    mentions, _ = run_linker("Het stuk stond in de Volkskrant.", [("de Volkskrant", "ORG")], "2021-03-01")
    assert mentions[0].text == "de Volkskrant"


def test_a_party_title_before_a_persons_name_is_cut_off():
    mentions, _ = run_linker("Groen-Kamerlid Wouter De Vriendt vroeg het woord.",
                             [("Groen-Kamerlid Wouter De Vriendt", "PER")], "2023-03-01")
    assert "Wouter De Vriendt" in [m.text for m in mentions]


def test_a_clause_opener_at_the_start_of_a_sentence_is_not_part_of_a_name():
    mentions, _ = run_linker("Hij zweeg. Waarop Loones de bal terugkaatste.", [("Waarop Loones", "PER")], "2021-03-01")
    assert [m.text for m in mentions] == ["Loones"]


def test_a_clause_opener_tagged_alone_is_no_name():
    mentions, entities = run_linker("Waarop Loones de bal terugkaatste.", [("Waarop", "PER"), ("Loones", "PER")], "2021-03-01")
    assert [m.text for m in mentions] == ["Loones"]


def test_capitalised_words_between_an_article_and_a_body_start_its_name():
    mentions, _ = run_linker("Gisteren vergaderde de Hoogste Veiligheidsraad urenlang.",
                             [("Veiligheidsraad", "ORG")], "2020-01-03")
    assert [(m.text, m.entity) for m in mentions] == [("Hoogste Veiligheidsraad", "local:org:hoogste-veiligheidsraad")]


def test_a_country_adjective_before_a_body_is_no_part_of_its_name():
    mentions, _ = run_linker("Gisteren vergaderde de Iraanse Veiligheidsraad urenlang.",
                             [("Veiligheidsraad", "ORG")], "2020-01-03")
    assert "Veiligheidsraad" in [m.text for m in mentions]
