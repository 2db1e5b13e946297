"""Article vectors pooled by the NLP stage: a pipeline whose encoder is the stories' vector model
brings each article's vector, and the stories stage uses it instead of a second encoder pass."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from nieuwsgraaf.document import document_to_json, thread_fields
from nieuwsgraaf.pipeline import analyse_batch, clean_inputs, read_inputs
from nieuwsgraaf.records import Article
from nieuwsgraaf.report import RunReport
from nieuwsgraaf.settings import Settings
from nieuwsgraaf.store import open_store
from nieuwsgraaf.stories.features import document_to_thread_input, document_vector
from nieuwsgraaf.stories.stage import StoryStage, load_story_vectorizer, story_vector_model

WRITTEN = Path(__file__).parent / "data" / "written_articles.jsonl"


def _analysed(pipeline, settings: Settings):
    articles = [a for a in clean_inputs(read_inputs([str(WRITTEN)], settings, RunReport()), settings, RunReport())
                if isinstance(a, Article)]
    return analyse_batch(articles, pipeline)


def _vector(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<f2").astype(np.float32)


def test_the_vector_model_pipeline_brings_vectors_close_to_the_stages_own_pass(fast_pipeline):
    analyses = _analysed(fast_pipeline, Settings(model="nl_nieuwsgraaf_fast"))
    assert fast_pipeline.name == story_vector_model()
    vectorizer = load_story_vectorizer()
    pooled = []
    for analysis in analyses:
        assert analysis.vector is not None and analysis.vector.model == story_vector_model()
        vector = _vector(analysis.vector.vector)
        assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-2
        own = _vector(document_vector(document_to_json(analysis), vectorizer).vector)
        # the same encoder's last layer over nearly the same windows: first pieces against all pieces
        assert float(vector @ own) > 0.9, analysis.article.url
        pooled.append(vector)
    assert min(float(a @ b) for i, a in enumerate(pooled) for b in pooled[i + 1:]) < 0.99


def test_the_stage_stores_the_brought_vector_and_never_loads_its_encoder(fast_pipeline, tmp_path):
    def no_encoder():
        raise AssertionError("the stories stage loaded its own encoder")

    settings = Settings(db=str(tmp_path / "s.db"), model="nl_nieuwsgraaf_fast")
    analyses = _analysed(fast_pipeline, settings)
    store = open_store(settings.db)
    store.add_analyses(analyses)
    write = StoryStage(load_vectorizer=no_encoder, vector_model=story_vector_model()).add(store, analyses)
    brought = {a.article.id: a.vector for a in analyses}
    assert write.vectors and all(v == brought[v.article_id] for v in write.vectors)
    stored = {item.article_id: item.vector for item in store.iter_thread_inputs()}
    assert all(stored[v.article_id] == v.vector for v in write.vectors)
    store.close()


def test_a_pipeline_without_the_vector_models_encoder_brings_none_and_the_stage_makes_its_own(
        fallback_pipeline, tmp_path):
    settings = Settings(db=str(tmp_path / "n.db"), model="none")
    analyses = _analysed(fallback_pipeline, settings)
    assert all(a.vector is None for a in analyses)
    store = open_store(settings.db)
    store.add_analyses(analyses)
    write = StoryStage(load_vectorizer=load_story_vectorizer, vector_model=story_vector_model()).add(store, analyses)
    assert len(write.vectors) == len(analyses)
    store.close()


def test_the_fields_threading_reads_are_those_of_the_whole_document(fast_pipeline):
    analyses = _analysed(fast_pipeline, Settings(model="nl_nieuwsgraaf_fast"))
    assert any(a.events for a in analyses) and any(a.entities for a in analyses)
    for analysis in analyses:
        whole, part = document_to_json(analysis), thread_fields(analysis)
        assert document_to_thread_input(part, analysis.vector) == document_to_thread_input(whole, analysis.vector)
        assert {key: whole[key] for key in ("id", "text", "published", "sentences")} == {
            key: part[key] for key in ("id", "text", "published", "sentences")}
