"""Pronouns read where they stand (issue #14, session 17; invented sentences): a personal pronoun after
the quote's sentence start refers to the person named before it in that sentence; a plural 'ze' with
a plural verb is the group that is the subject of the sentence before, never one person; a 'volgens X'
inside the speech clause of a cue makes the sentence X's account."""

from __future__ import annotations

from test_quotes import quotes_of_fixture, speaker_of  # noqa: F401  (the quotes_of fixture)


def test_a_pronoun_refers_to_the_subject_named_before_it_in_its_sentence(quotes_of):
    text = ("Het voorstel kwam van raadslid Piet de Vries.\n\n"
            "Wethouder Karel Smit had ontkend dat hij het voorstel kende, maar uit de notulen bleek later "
            "het tegendeel, waarna hij verklaarde zich vergist te hebben.")
    assert speaker_of(quotes_of(text, "2023-05-02"), "zich vergist") == "local:per:karel-smit"


def test_a_plural_ze_is_the_group_the_sentence_before_opens_with(quotes_of):
    text = ("Premier Karel Smit wil voor de zomer een akkoord.\n\n"
            "Ingewijden lieten gisteren weten dat de partijen dicht bij elkaar liggen. Ze verwachten naar "
            "eigen zeggen volgende week een akkoord over de begroting.")
    assert speaker_of(quotes_of(text, "2023-05-02"), "Ze verwachten") == "local:other:ingewijden"


def test_volgens_inside_the_speech_clause_makes_it_that_sources_account(quotes_of):
    text = ("In een toespraak die Karel Smit morgen houdt, zal hij volgens Anna de Wit verklaren dat de "
            "belastingen omlaag gaan.")
    speakers = {q.speaker for q in quotes_of(text, "2023-05-02")}
    assert speakers == {"local:per:anna-de-wit"}
