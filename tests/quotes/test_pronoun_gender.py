"""'zij', 'ze' and 'haar' never refer to a man, 'hij' and 'hem' never to a woman: the pronoun speaker is
the nearest person of its gender (invented sentences)."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

from nieuwsgraaf import resources
from nieuwsgraaf.quotes import default_rules
from nieuwsgraaf.quotes.salience import Salience, first_names, name_gender, pronoun_gender
from nieuwsgraaf.quotes.speaker_words import SpeakerReader
from nieuwsgraaf.records import Mention


def _mention(text: str, words: str, entity: str) -> Mention:
    start = text.index(words)
    return Mention(start, start + len(words), words, "PER", entity)


@pytest.mark.parametrize("pronoun, expected", [
    ("ze", "local:per:eva-de-vries"), ("zij", "local:per:eva-de-vries"), ("haar", "local:per:eva-de-vries"),
    ("hij", "local:per:jan-bakker"), ("hem", "local:per:jan-bakker"),
])
def test_the_pronoun_skips_the_nearer_person_of_the_other_gender(pronoun, expected):
    text = 'Eva de Vries sprak lang met Jan Bakker. "Het is klaar", zei ' + pronoun + "."
    mentions = [_mention(text, "Eva de Vries", "local:per:eva-de-vries"),
                _mention(text, "Jan Bakker", "local:per:jan-bakker")]
    salience = Salience(text, mentions, [])
    assert salience.salient_person(text.index('"'), pronoun_gender(pronoun)).entity == expected


def test_without_a_gender_the_most_named_person_of_the_sentence_stays_the_choice():
    text = 'Eva de Vries sprak lang met Jan Bakker. "Het is klaar", zei de minister.'
    mentions = [_mention(text, "Eva de Vries", "local:per:eva-de-vries"),
                _mention(text, "Jan Bakker", "local:per:jan-bakker")]
    assert Salience(text, mentions, []).salient_person(text.index('"')).entity == "local:per:eva-de-vries"


def test_the_knowledge_base_gender_wins_over_the_first_name_and_unknown_names_fit_both():
    text = 'Robin Smit sprak met Sanne Kok. "Het is klaar", zei hij.'
    mentions = [_mention(text, "Robin Smit", "local:per:robin-smit"), _mention(text, "Sanne Kok", "per:sanne-kok")]
    before = text.index('"')
    # Robin is in no list: either pronoun may mean Robin Smit
    assert Salience(text, mentions, []).salient_person(before, "female").entity == "local:per:robin-smit"
    assert Salience(text, mentions, []).salient_person(before, "male").entity == "local:per:robin-smit"
    # the knowledge base's gender of the linked person is used before the first-name list
    salience = Salience(text, mentions, [], {"per:sanne-kok": "male", "local:per:robin-smit": "female"})
    assert salience.salient_person(before, "male").entity == "per:sanne-kok"


def test_no_person_of_the_pronouns_gender_means_no_antecedent():
    text = 'Jan Bakker was er ook. "Het is klaar", zei ze.'
    salience = Salience(text, [_mention(text, "Jan Bakker", "local:per:jan-bakker")], [])
    assert salience.salient_person(text.index('"'), "female") is None


def test_first_names_decide_only_when_the_mentions_agree():
    assert name_gender(["Eva de Vries", "De Vries"]) == "female"
    assert name_gender(["Bakker"]) is None  # a surname alone says nothing
    assert name_gender(["Eva Jansen", "Jan Jansen"]) is None  # two mentions that disagree


def test_first_names_file_is_well_formed():
    names = first_names()
    assert len(names) >= 500 and set(names.values()) == {"female", "male"}
    seen: dict[str, str] = {}
    for number, fields in resources.lexicon_rows("first_names.tsv"):
        assert len(fields) == 2 and fields[1] in ("f", "m"), number
        assert seen.setdefault(fields[0].casefold(), fields[1]) == fields[1], f"{fields[0]} given twice, line {number}"


@pytest.mark.parametrize("first, second", [("Wethouder Eva van Dalen", "Peter de Groot"),
                                           ("Peter de Groot", "wethouder Eva van Dalen")])
@pytest.mark.parametrize("pronoun, speaker", [("ze", "local:per:eva-van-dalen"), ("hij", "local:per:peter-de-groot")])
def test_a_woman_and_a_man_named_before_zei_ze_and_zei_hij(quotes_of, first, second, pronoun, speaker):
    text = f'{first} sprak dinsdag met {second} over het plan. "Dit is een goede dag voor de stad", zei {pronoun}.'
    [quote] = quotes_of(text)
    assert (quote.speaker_text, quote.speaker) == (pronoun, speaker)


@pytest.mark.parametrize("first, second", [("Carola Schouten", "Mark Rutte"), ("Mark Rutte", "Carola Schouten")])
@pytest.mark.parametrize("pronoun, speaker", [("ze", "per:carola-schouten"), ("hij", "per:mark-rutte")])
def test_a_linked_person_takes_the_gender_of_the_knowledge_base(quotes_of, first, second, pronoun, speaker):
    text = f'{first} sprak in Den Haag met {second} over de boeren. "We zijn er nog lang niet", zei {pronoun} na afloop.'
    [quote] = quotes_of(text)
    assert (quote.speaker_text, quote.speaker) == (pronoun, speaker)


@pytest.mark.parametrize("cue, expected", [("zei ze", "local:per:eva-de-vries"), ("zeiden ze", "local:per:jan-bakker")])
def test_a_plural_ze_is_not_taken_for_a_woman(cue, expected):
    text = f'Jan Bakker sprak lang met Eva de Vries. "Het is klaar", {cue}.'
    mentions = [_mention(text, "Jan Bakker", "local:per:jan-bakker"), _mention(text, "Eva de Vries", "local:per:eva-de-vries")]
    reader = SpeakerReader(text, mentions, default_rules(), [])
    start = text.index(" ze.") + 1
    ref = reader.pronoun(start, start + 2, text.index('"'))
    assert text[ref.mention[0]:ref.mention[1]] == next(m.text for m in mentions if m.entity == expected)


# -- which 'hij': the subject, followed back through pronoun subjects -----------------------------

@pytest.mark.parametrize("text", [
    # 'Dat zegt X': a demonstrative before the verb, not an object clause about X
    "Het kabinet moet sneller beslissen. Dat zegt Mark Rutte in een interview. “We wachten al veel te lang op "
    "de plannen”, zegt hij.",
    # 'bedreigde hij X': the pronoun is the subject, X the object; 'hij' is who it was before
    "Mark Rutte sprak gisteren in Brussel. Daarna bekritiseerde hij de Franse president Emmanuel Macron. "
    "‘Zo kunnen we niet verder met elkaar’, zei hij.",
    # 'Nadat hij …, bedankte X': a pronoun in a clause before the comma points ahead to X
    "Nadat hij het gebouw had verlaten, bedankte Mark Rutte de Amerikaanse president Joe Biden. "
    "‘We hebben goed met elkaar gepraat’, schreef hij.",
])
def test_pronoun_speaker_is_the_subject(quotes_of, text):
    [quote] = [q for q in quotes_of(text) if q.kind == "direct"]
    assert quote.speaker == "per:mark-rutte"


def test_a_person_mention_linked_to_a_medium_is_no_antecedent():
    text = 'Foto REUTERS. Jan Bakker sprak lang met de pers. "Het is klaar", zei hij.'
    mentions = [_mention(text, "REUTERS", "media:reuters"), _mention(text, "Jan Bakker", "local:per:jan-bakker")]
    salience = Salience(text, mentions, [])
    assert salience.salient_person(text.index("Jan"), "male") is None
    assert salience.salient_person(text.index('"'), "male").entity == "local:per:jan-bakker"
