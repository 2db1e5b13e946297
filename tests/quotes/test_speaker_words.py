"""The quote stage hands on the words naming speakers (SpeakerRef), never ids; its word lists come
from data/lexicons/ (invented sentences)."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

from nieuwsgraaf import resources
from nieuwsgraaf.clean.normalize import article_id
from nieuwsgraaf.entities import link_analysis
from nieuwsgraaf.nlp import doc_to_analysis
from nieuwsgraaf.quotes import build_rules, find_quotes, load_quote_lexicon
from nieuwsgraaf.quotes.lexicon import QuoteLexiconError
from nieuwsgraaf.records import Article, DateValue


@pytest.fixture(scope="module", name="found_quotes")
def found_quotes_fixture(pipeline):
    """The quotes as the quote stage leaves them, before the speaker step."""
    def run(text: str):
        date = DateValue("2018-07-11", "day")
        article = Article(article_id(text), text, None, "https://www.nos.nl/x", "nos.nl", None, date,
                          "nl", 1.0, "test", "txt")
        doc = pipeline.nlp.make_doc(text)
        doc._.ng_published = date
        return text, find_quotes(link_analysis(doc_to_analysis(pipeline.nlp(doc), article, pipeline.name))).quotes
    return run


def test_the_quote_stage_makes_no_ids_but_points_at_the_words(found_quotes):
    text = 'Rutte was in Brussel. "Het akkoord is rond", zei hij tegen de NOS.'
    _, [quote] = found_quotes(text)
    assert (quote.speaker, quote.addressee, quote.speaker_affiliation) == (None, None, None)
    ref = quote.speaker_ref
    assert (ref.kind, text[ref.start:ref.end]) == ("pronoun", "hij")
    assert text[ref.mention[0]:ref.mention[1]] == "Rutte"
    assert text[quote.addressee_ref.start:quote.addressee_ref.end] == "NOS"


@pytest.mark.parametrize("text, words, kind", [
    ('"Dat klopt niet", zei een woordvoerder van de NAVO.', "een woordvoerder van de NAVO", "description"),
    ('"We zijn blij", zeiden de koning en koningin.', "de koning en koningin", "group"),
    ('"Wij gaan door", zei verslaggever Jeroen Smeets.', "Jeroen Smeets", "mention"),
])
def test_speaker_words_and_how_they_were_read(found_quotes, text, words, kind):
    text, [quote] = found_quotes(text)
    ref = quote.speaker_ref
    assert (text[ref.start:ref.end], ref.kind) == (words, kind)


def test_a_weekday_from_the_time_lexicon_ends_a_speaker_phrase(quotes_of):
    [quote] = quotes_of('"De brug blijft dicht", zei een woordvoerder donderdag.')
    assert quote.speaker_text == "een woordvoerder"


def test_a_subject_set_off_by_commas_before_the_cue(quotes_of):
    text = "Karel Dorrestijn, de advocaat van de familie, laat weten dat de familie opgelucht is."
    [quote] = quotes_of(text)
    assert (quote.text, quote.speaker) == ("de familie opgelucht is", "local:per:karel-dorrestijn")


def test_a_place_inside_a_surname_is_not_the_speaker(quotes_of):
    text = "Annelies van Brussel, de voorzitter van de vereniging, laat weten dat de zaal vol zit."
    [quote] = quotes_of(text)
    assert quote.speaker == "local:per:annelies-van-brussel"


def test_lexicon_word_lists_come_from_the_data_files():
    lexicon = load_quote_lexicon()
    assert {"maandag", "vrijdagavond", "gisteren"} <= lexicon.time_words  # time.tsv
    assert "ingewijden" in lexicon.words["source"] and lexicon.is_finite("heeft")
    assert not lexicon.is_finite("acht")
    rules = build_rules(lexicon)
    assert rules.speaker_stop.search("een woordvoerder zondagochtend")


def test_a_bad_lexicon_line_names_its_file_and_line(tmp_path):
    source = resources.data_path("lexicons")
    for name in ("speech_verbs.tsv", "time.tsv", "months.tsv"):
        (tmp_path / name).write_text((source / name).read_text("utf-8"), "utf-8")
    (tmp_path / "quote_words.tsv").write_text("# kind\tword\nfinite\tis\nunknown_kind\twoord\n", "utf-8")
    with pytest.raises(QuoteLexiconError, match=r"quote_words.tsv:3"):
        load_quote_lexicon(tmp_path)


def test_an_adverb_after_the_speaker_is_no_part_of_the_phrase(quotes_of):
    [quote] = [q for q in quotes_of("\"Laat die vraag maar vallen\", zegt een CDA-bron al lachend.") if q.kind == "direct"]
    assert quote.speaker == "local:other:een-cda-bron"


def test_a_title_with_a_place_then_the_name_after_a_comma_is_that_person(quotes_of):
    # 'burgemeester van Rotterdam' is a title; the place in it does not speak, the person after the comma does
    text = "“Dit mag nooit meer gebeuren”, zegt burgemeester van Rotterdam, Karin Bosveld. Ze wil een onderzoek."
    [quote] = [q for q in quotes_of(text) if q.kind == "direct"]
    assert quote.speaker == "local:per:karin-bosveld"
