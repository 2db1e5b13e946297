"""The NLP stage: sentence boundaries, offsets that slice back, robustness."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nieuwsgraaf.clean.normalize import article_id
from nieuwsgraaf.nlp import NlpError, doc_to_analysis, load_pipeline
from nieuwsgraaf.records import Article

TEXT = ('Trump: "Ik zal wellicht Poetin ontmoeten"\n\n'
        "In juli ontmoetten Donald Trump en Vladimir Poetin elkaar in Hamburg. Het Witte Huis zweeg.")


def article_for(text: str) -> Article:
    return Article(id=article_id(text), text=text, title=None, url=None, source=None, agency=None,
                   published=None, language="nl", language_score=1.0, origin="test", format="txt")


@pytest.fixture(params=["default", "fast", "fallback"])
def any_pipeline(request, pipeline, fast_pipeline, fallback_pipeline):
    return {"default": pipeline, "fast": fast_pipeline, "fallback": fallback_pipeline}[request.param]


def test_headline_without_full_stop_is_its_own_sentence(any_pipeline):
    analysis = doc_to_analysis(any_pipeline.nlp(TEXT), article_for(TEXT), any_pipeline.name)
    sentences = [TEXT[start:end] for start, end in analysis.sentences]
    assert sentences[0] == 'Trump: "Ik zal wellicht Poetin ontmoeten"'
    assert sentences[1].startswith("In juli ontmoetten")


def test_mentions_slice_back_to_their_text(any_pipeline):
    analysis = doc_to_analysis(any_pipeline.nlp(TEXT), article_for(TEXT), any_pipeline.name)
    assert analysis.mentions, "the Dutch pipeline found no names at all"
    for mention in analysis.mentions:
        assert TEXT[mention.start:mention.end] == mention.text
        assert mention.label in {"PER", "ORG", "LOC", "MISC"}
    assert any(m.text in ("Donald Trump", "Trump") and m.label == "PER" for m in analysis.mentions)


def test_fallback_is_labelled_as_such(fallback_pipeline):
    assert "fallback" in fallback_pipeline.name


def test_a_model_that_is_not_there_is_an_error_unless_it_is_the_default():
    with pytest.raises(NlpError, match="not found"):
        load_pipeline("nl_no_such_model", default="nl_other")
    assert "fallback" in load_pipeline("nl_no_such_model", default="nl_no_such_model").name


def test_lemmas_come_from_the_dutch_tables(fallback_pipeline):
    doc = fallback_pipeline.nlp("De ministers zeiden dat de kinderen naar huis liepen en werden opgehaald.")
    assert [t.lemma_ for t in doc if t.text in ("zeiden", "liepen", "opgehaald")] == ["zeggen", "lopen", "ophalen"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_pipeline_never_crashes_and_offsets_stay_inside(pipeline, text):
    analysis = doc_to_analysis(pipeline.nlp(text), article_for(text), pipeline.name)
    for start, end in analysis.sentences:
        assert 0 <= start < end <= len(text)
    for mention in analysis.mentions:
        assert text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize("text", ["", "!!!???...", "\n\n\n", "a" * 200_000, "Путин и Трамп 特朗普 ترامب",
                                  "woord " * 160_000, "\u200b\ufeff\x00 de NAVO \U0001f600"])
def test_pipeline_handles_odd_texts(any_pipeline, text):
    analysis = doc_to_analysis(any_pipeline.nlp(text), article_for(text), any_pipeline.name)
    assert all(0 <= s < e <= len(text) for s, e in analysis.sentences)


def test_an_initial_does_not_end_a_sentence(pipeline):
    text = "De moord op Peter R. de Vries schokte het land. De rechter sprak."
    analysis = doc_to_analysis(pipeline.nlp(text), article_for(text), pipeline.name)
    assert [text[s:e] for s, e in analysis.sentences] == ["De moord op Peter R. de Vries schokte het land.",
                                                          "De rechter sprak."]
