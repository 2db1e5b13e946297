"""A stage that fails on one article costs only that stage's output for that article."""

from __future__ import annotations

import pytest

from nieuwsgraaf.document import document_to_json
from nieuwsgraaf.pipeline import ARTICLE_STEPS, STEPS, Step, extract, ingest, run_steps
from nieuwsgraaf.records import Analysis, StageError
from nieuwsgraaf.settings import Settings
from nieuwsgraaf.store import open_store
from nieuwsgraaf.time import tagger as time_tagger

# Two articles of our own; the first names a minister who is quoted, the second is plain.
QUOTED = (" date 2024-05-14 Minister over de dijken\n\n"
          "Minister Mark Rutte zei dinsdag in Den Haag dat de dijken sterk genoeg zijn. "
          "\"We zijn klaar voor de winter\", zei Rutte. Het kabinet praat volgende week verder.\n")
PLAIN = (" date 2024-05-15 Markt in Utrecht\n\n"
         "Op de markt in Utrecht stonden woensdag meer kramen dan vorig jaar. "
         "De gemeente Utrecht wil de markt in de zomer uitbreiden naar het Vredenburg.\n")


@pytest.fixture
def two_articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_quoted.txt").write_text(QUOTED, encoding="utf-8")
    (folder / "b_plain.txt").write_text(PLAIN, encoding="utf-8")
    return folder


def _broken_time_tagger(monkeypatch, fails_on: str):
    """Make the time tagger raise for one article only, as a real bug would."""
    original = time_tagger.TimeTagger.tag

    def tag(self, text, published, markers=None):
        if fails_on in text:
            raise ValueError("Unknown format code 'd' for object of type 'float'")
        return original(self, text, published, markers)

    monkeypatch.setattr(time_tagger.TimeTagger, "tag", tag)


def test_a_time_failure_keeps_the_article_with_its_entities_and_quotes(
        tmp_path, two_articles, fallback_pipeline, monkeypatch):
    _broken_time_tagger(monkeypatch, fails_on="dijken")
    store = open_store(str(tmp_path / "t.db"))
    report = ingest([str(two_articles)], store, Settings(model="none"), fallback_pipeline)
    assert report.stored == 2 and not report.skipped
    assert report.error_count == 1 and report.errors_by_stage() == {"time": 1}
    documents = {d["title"]: d for d in (store.get_document(h.id) for h in _all_hits(store))}
    store.close()
    quoted = documents["Minister over de dijken"]
    assert quoted["timexes"] == []
    assert quoted["meta"]["errors"] == [{"stage": "time", "exception": "ValueError",
                                         "message": "Unknown format code 'd' for object of type 'float'"}]
    assert any(e["name"] == "Mark Rutte" for e in quoted["entities"])
    assert any("klaar voor de winter" in q["text"] for q in quoted["quotes"])
    plain = documents["Markt in Utrecht"]
    assert plain["meta"]["errors"] == [] and plain["timexes"], "the other article keeps its timexes"


def _all_hits(store):
    from nieuwsgraaf.records import SearchQuery
    return store.search(SearchQuery(text="de", limit=10))


def test_a_failing_step_is_recorded_and_later_steps_still_run():
    from nieuwsgraaf.records import Article

    article = Article(id="x", text="Rutte zei dat het goed ging.", title=None, url=None, source=None,
                      agency=None, published=None, language="nl", language_score=1.0, origin="here",
                      format="txt")
    ran = []

    def broken(analysis: Analysis) -> Analysis:
        raise KeyError("no such actor")

    def later(analysis: Analysis) -> Analysis:
        ran.append(analysis.errors)
        return analysis

    result = run_steps(Analysis(article=article), (Step("entities", broken, ""), Step("quotes", later, "")))
    assert result.errors == (StageError("entities", "KeyError", "'no such actor'"),)
    assert ran == [result.errors]
    assert document_to_json(result)["meta"]["errors"][0]["stage"] == "entities"


def test_an_nlp_failure_keeps_the_text_and_the_run_goes_on(two_articles, fallback_pipeline, monkeypatch):
    real_pipe, real_call = fallback_pipeline.nlp.pipe, fallback_pipeline.nlp.__class__.__call__

    def pipe(docs, **kwargs):
        docs = list(docs)
        if any("dijken" in d.text for d in docs):
            raise RuntimeError("the batch fails")
        return real_pipe(docs, **kwargs)

    def call(self, doc, *args, **kwargs):
        if "dijken" in doc.text:
            raise RuntimeError("ONNX run failed")
        return real_call(self, doc, *args, **kwargs)

    monkeypatch.setattr(fallback_pipeline.nlp, "pipe", pipe)
    monkeypatch.setattr(fallback_pipeline.nlp.__class__, "__call__", call)
    items = list(extract([str(two_articles)], Settings(model="none"), fallback_pipeline))
    assert [type(i).__name__ for i in items] == ["Analysis", "Analysis"]
    broken, fine = items
    assert broken.errors == (StageError("nlp", "RuntimeError", "ONNX run failed"),)
    assert "Mark Rutte zei dinsdag" in broken.article.text and broken.mentions == ()
    assert fine.errors == () and fine.mentions


def test_the_step_list_is_the_one_wiring_prints():
    names = [name for name, _ in STEPS]
    assert names[:3] == ["ingest", "clean", "nlp"] and names[-2:] == ["store", "stories"]
    assert names[3:-2] == [step.name for step in ARTICLE_STEPS]
