"""Speakers as a reader of Dutch news takes them (issue #14, session 17; invented sentences): where the
tagger cut the sentences around a quote otherwise than a reader does. A quote after a colon belongs to
the subject before the colon also when the tagger ended that sentence at the colon; a quote opening
after the full stop of a cue ('"…," zei X. "…"') is no fragment of that sentence, even when the
tagger read both as one, and continues X. A cue that closes the subordinate clause a quote stands in
('toen X haar een "…" verweet') is said by the subject opening that clause."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_quotes import quotes_of_fixture  # noqa: F401  (the quotes_of fixture)

from nieuwsgraaf.clean.normalize import article_id
from nieuwsgraaf.entities import link_analysis, link_speakers
from nieuwsgraaf.nlp import doc_to_analysis
from nieuwsgraaf.quotes import find_quotes
from nieuwsgraaf.records import Article, DateValue


@pytest.fixture(scope="module", name="direct_speakers")
def direct_speakers_fixture(pipeline):
    """The direct quotes' speakers of an invented article, its sentences cut before each `cuts` text."""
    def run(text: str, cuts: list[str]) -> list[str | None]:
        date = DateValue("2024-11-20", "day")
        article = Article(article_id(text), text, None, "https://www.nos.nl/x", "nos.nl", None, date,
                          "nl", 1.0, "test", "txt")
        doc = pipeline.nlp.make_doc(text)
        doc._.ng_published = date
        analysis = link_analysis(doc_to_analysis(pipeline.nlp(doc), article, pipeline.name))
        bounds = [0] + [text.index(cut) for cut in cuts] + [len(text)]
        sentences = tuple((a, len(text[:b].rstrip())) for a, b in zip(bounds, bounds[1:], strict=False))
        quotes = link_speakers(find_quotes(replace(analysis, sentences=sentences))).quotes
        return [q.speaker for q in quotes if q.kind == "direct"]
    return run


def test_a_quote_after_a_colon_that_ended_the_tagger_s_sentence_is_its_subjects(direct_speakers):
    text = ("Bij het protest waren ook politici. Anna de Vries liet weten: “Wij moeten het onderwijs beschermen, "
            "want het is de basis.” Ook Pieter Bakker van de oppositie was aanwezig: “Samen met de leraren "
            "verhogen we de druk op dit kabinet. Deze bezuiniging moet van tafel.”")
    cuts = ["Anna de Vries", "Ook Pieter", "“Samen"]
    assert direct_speakers(text, cuts) == ["local:per:anna-de-vries", "local:per:pieter-bakker"]


def test_a_quote_after_the_full_stop_of_a_cue_continues_its_speaker(direct_speakers):
    text = ("Minister Anna de Vries sprak in de Veiligheidsraad over de oorlog. ,,Na jaren van strijd verdient "
            "Oekraïne vrede,” zei De Vries. ,,Zo verdienen ook de slachtoffers van de aanslag gerechtigheid.”")
    cuts = [",,Na jaren"]  # the tagger reads both quotes as one sentence
    assert direct_speakers(text, cuts) == ["local:per:anna-de-vries", "local:per:anna-de-vries"]


@pytest.mark.parametrize("text, speaker", [
    ("Het debat liep uit de hand. En later, toen minister Anna de Vries haar collega een \"smerige leugen\" "
     "verweet, werd het stil.", "local:per:anna-de-vries"),
    ("Minister Anna de Vries bood haar excuses aan. Ze zei sorry voor het feit dat ze vorige week over een "
     "\"klein schokje\" sprak terwijl mensen bang waren.", "local:per:anna-de-vries"),
])
def test_a_cue_closing_the_clause_after_the_quote_is_said_by_that_clause_s_subject(quotes_of, text, speaker):
    assert [q.speaker for q in quotes_of(text, "2024-11-20") if q.kind == "direct"] == [speaker]
