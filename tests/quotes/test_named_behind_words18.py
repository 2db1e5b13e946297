"""The speaker behind the words that name them (session 17, invented sentences): a party word titling
a name ("SP'er Lilian Marijnissen") is that person; an apposition after a long title runs on into the
clause without its closing comma; 'klinkt het in een communiqué van X' is X's; 'de bonden' right
after a list of unions that spoke is that list; 'de Maltese preses' is the Maltese person named before."""

from __future__ import annotations

from test_quotes import quotes_of_fixture, speaker_of  # noqa: F401  (the quotes_of fixture)


def test_a_party_word_before_a_name_titles_that_person(quotes_of):
    quotes = quotes_of('"Wat levert het de mensen op?", reageerde SP\'er Jasper van Dijk.')
    assert speaker_of(quotes, "Wat levert") == "per:jasper-van-dijk"


def test_an_apposition_without_its_closing_comma_names_the_speaker(quotes_of):
    quotes = quotes_of('"Het wachten duurt te lang", zei voorzitter van de werkgroep wonen van de VNG, '
                       'Pieter Klaassens donderdag tegen de NOS.')
    assert speaker_of(quotes, "Het wachten") == "local:per:pieter-klaassens"


def test_an_apposition_does_not_run_into_a_list(quotes_of):
    quotes = quotes_of('"Het wachten duurt te lang", zei voorzitter van de werkgroep wonen van de VNG, '
                       'Pieter Klaassens en Anna Veldman namens de gemeenten.')
    assert speaker_of(quotes, "Het wachten") != "local:per:pieter-klaassens"


def test_a_communique_speaks_for_the_author_after_van(quotes_of):
    quotes = quotes_of('Rutte sprak maandag met zijn Duitse collega. "We staan klaar om te helpen", klinkt het '
                       'in een communiqué van het Franse ministerie van Buitenlandse Zaken.')
    assert speaker_of(quotes, "We staan") not in (None, "per:mark-rutte")


def test_the_unions_after_a_list_of_unions_are_that_list(quotes_of):
    text = ('ABVV, ACV en ACLVB noemen de staking "een krachtig signaal" aan de regering. Volgens de bonden '
            'bestaan er "betere en eerlijkere alternatieven" voor de besparingen.')
    assert speaker_of(quotes_of(text), "betere en") == "local:other:abvv-acv-en-aclvb"


def test_the_unions_without_a_list_before_stay_a_group_of_their_own(quotes_of):
    text = 'Volgens de bonden bestaan er "betere en eerlijkere alternatieven" voor de besparingen.'
    assert speaker_of(quotes_of(text), "betere en") == "local:other:de-bonden"


def test_a_maltese_president_of_parliament_is_the_maltese_person_named_before(quotes_of):
    text = ('Roberta Metsola opende dinsdag de zitting in Straatsburg. "Corruptie mag nooit lonen", meldt de '
            'Maltese preses in een verklaring.')
    assert speaker_of(quotes_of(text, "2023-01-10"), "Corruptie") == "per:roberta-metsola"
