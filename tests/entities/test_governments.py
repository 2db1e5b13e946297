"""A government named by a common noun phrase (entities/governments.py), one reading for speakers and
event actors: every sentence here is invented."""

from __future__ import annotations

import pytest

from nieuwsgraaf.clean.normalize import article_id
from nieuwsgraaf.entities import link_analysis, link_speakers, load_knowledge_base
from nieuwsgraaf.entities.governments import government_named, regional_government
from nieuwsgraaf.records import Analysis, Article, DateValue, Quote, SpeakerRef


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


@pytest.mark.parametrize(("words", "country", "government"), [
    ("het kabinet", "gpe:nl", "gov:nl"),
    ("regering", "gpe:nl", "gov:nl"),  # no article: 'eist dat regering met cijfers komt'
    ("het demissionaire kabinet", "gpe:nl", "gov:nl"),
    ("dit kabinet", "gpe:nl", "gov:nl"),
    ("de voltallige regering", "gpe:be", "gov:be"),
    ("de nieuwe regering", "gpe:be", "gov:be"),
    ("de federale regering", "gpe:be", "gov:be"),
    ("de federale overheid", "gpe:us", "gov:us"),
    ("de Nederlandse overheid", "gpe:be", "gov:nl"),  # a country's adjective names its own, wherever
    ("de Amerikaanse regering", "gpe:nl", "gov:us"),
    ("de Vlaamse regering", "gpe:nl", "gov:be-vlg"),
    ("het Rwandese regime", "gpe:be", "gpe:rw"),  # no gov: id in the knowledge base: the country
    ("de regering in Madrid", "gpe:nl", "gov:es"),
    ("De regering in Rabat", "gpe:nl", "gpe:ma"),
    ("de vorige Belgische regering", "gpe:nl", "gov:be"),
    ("de Belgische autoriteiten", "gpe:nl", "gov:be"),  # authorities speak for their country's government
    ("Duitse autoriteiten", "gpe:be", "gov:de"),
])
def test_a_government_noun_phrase_names_its_government(kb, words, country, government):
    actor = government_named(words, kb, country)
    assert actor is not None and actor.id == government


@pytest.mark.parametrize(("words", "country"), [
    ("de vorige regering", "gpe:nl"),  # whose, the words do not say
    ("het toenmalige kabinet", "gpe:nl"),
    ("de federale regering", "gpe:nl"),  # the Netherlands has none: not the Dutch one
    ("een goede regering", "gpe:be"),
    ("de rechtse regering", "gpe:nl"),
    ("het regime", "gpe:nl"),  # a regime is never the article's own government by itself
    ("de regering van Moldavië", "gpe:nl"),  # the ruler's country is bodies.ruled_by's, not this
    ("de oppositie", "gpe:nl"),
    ("de autoriteiten", "gpe:nl"),  # whose, the words do not say
    ("de lokale autoriteiten", "gpe:be"),
])
def test_words_that_do_not_say_which_government_name_none(kb, words, country):
    assert government_named(words, kb, country) is None


def test_a_belgian_article_about_the_flemish_government_reads_bare_regering_as_that_one(kb):
    text = ("Vlaams minister Peeters verdedigt de plannen in het Vlaams Parlement. "
            "De oppositie wil dat de regering eerst de cijfers toont.")
    region = regional_government(text, kb, "gpe:be")
    assert region == "gov:be-vlg"
    assert government_named("de regering", kb, "gpe:be", region).id == "gov:be-vlg"
    # 'de federale regering' stays the federal one, whatever the article is about
    assert government_named("de federale regering", kb, "gpe:be", region).id == "gov:be"


@pytest.mark.parametrize("text", [
    "Vlaams minister Peeters kreeg steun van premier Janssens voor de plannen van de regering.",  # the premier
    "De Vlaamse regering en de federale regering zijn het oneens over de regering van morgen.",
    "Vlaams Belang vindt dat de regering faalt.",  # a party's name is no sign of the Flemish government
])
def test_no_regional_government_where_the_article_shows_the_national_one_or_none(kb, text):
    assert regional_government(text, kb, "gpe:be") is None


def test_no_flemish_government_in_an_article_about_another_country(kb):
    assert regional_government("Vlaams minister Peeters bezocht de Vlaamse regering.", kb, "gpe:nl") is None


def test_the_caretaker_cabinet_speaking_is_the_government():
    text = 'Het demissionaire kabinet reageerde kort. "Wij zoeken een oplossing", liet het demissionaire kabinet weten.'
    article = Article(article_id(text), text, None, "https://www.nos.nl/x", "nos.nl", None,
                      DateValue("2024-03-02", "day"), "nl", 1.0, "test", "txt")
    analysis = link_analysis(Analysis(article=article))
    words = "het demissionaire kabinet"
    start = text.index(words)
    ref = SpeakerRef(start, start + len(words), words, "description")
    quoted = "Wij zoeken een oplossing"
    said = text.index(quoted)
    quote = Quote(said, said + len(quoted), quoted, "direct", None, words, "liet weten", None, speaker_ref=ref)
    linked = link_speakers(Analysis(article=article, mentions=analysis.mentions, entities=analysis.entities,
                                    quotes=(quote,)))
    assert linked.quotes[0].speaker == "gov:nl"
