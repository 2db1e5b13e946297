"""Analysis in the ingest process loads its pipeline anew after `worker_max_articles` articles, as a
worker process is replaced, so spaCy's vocabulary cannot grow for ever (nlp/renewal.py, docs/scale.md);
the stored documents are the same as without a reload."""

from __future__ import annotations

import gc
import weakref

import pytest

from nieuwsgraaf import pipeline as pipeline_module
from nieuwsgraaf.nlp import LoadedPipeline, NlpError, RenewingPipeline, load_pipeline
from nieuwsgraaf.pipeline import ingest
from nieuwsgraaf.settings import PIPELINE_MAX_ARTICLES, Settings
from nieuwsgraaf.store import open_store

# Five short articles of our own, each with names the others do not have.
TEXTS = (
    " date 2024-05-06 Sluis bij Grave\n\nRijkswaterstaat sluit maandag de sluis bij Grave voor onderhoud. "
    "Woordvoerder Pieternella Oudewater zei dat schippers een week moeten omvaren.\n",
    " date 2024-05-07 Markt in Hoorn\n\nDe weekmarkt in Hoorn verhuist dinsdag naar het Roode Steen. "
    "Marktmeester Gerbrand Kwakernaak verwacht dat er meer kramen komen.\n",
    " date 2024-05-08 School in Emmen\n\nEen basisschool in Emmen krijgt woensdag een nieuw dak, meldt de "
    "gemeente. Directeur Wubbina Scholtenhuis is blij dat het lekken voorbij is.\n",
    " date 2024-05-09 Veer over de Lek\n\nHet pontveer over de Lek vaart donderdag niet door harde wind. "
    "Volgens veerman Adriaan Bloemendaal is de stroming te sterk.\n",
    " date 2024-05-10 Museum in Assen\n\nHet museum in Assen opent vrijdag een tentoonstelling over veen. "
    "Conservator Hiltje Zuidersma zei dat de stukken uit drie provincies komen.\n",
)


def _documents(tmp_path, name: str, settings: Settings, pipeline) -> dict[str, str]:
    folder = tmp_path / "in"
    if not folder.exists():
        folder.mkdir()
        for number, text in enumerate(TEXTS):
            (folder / f"{number}.txt").write_text(text, encoding="utf-8")
    store = open_store(str(tmp_path / f"{name}.db"))
    report = ingest([str(folder)], store, settings, pipeline)
    documents = dict(store.db.execute("SELECT id, document FROM articles").fetchall())
    store.close()
    assert report.stored == len(TEXTS) and report.error_count == 0
    return documents


def test_a_pipeline_reloaded_after_two_articles_stores_the_same_documents(tmp_path, monkeypatch):
    loads: list[LoadedPipeline] = []

    def counted_load(*args, **kwargs):
        loads.append(load_pipeline("none"))
        return loads[-1]

    monkeypatch.setattr(pipeline_module, "load_pipeline", counted_load)
    once = _documents(tmp_path, "once", Settings(db="x", model="none", batch_size=1), None)
    assert len(loads) == 1
    reloaded = _documents(tmp_path, "reloaded",
                          Settings(db="x", model="none", batch_size=1, worker_max_articles=2), None)
    assert len(loads) == 1 + 3  # five articles, two per pipeline: three pipelines
    assert len({id(loaded.nlp) for loaded in loads}) == 4
    assert reloaded == once


def test_the_old_pipeline_and_its_vocabulary_are_let_go():
    renewing = RenewingPipeline(lambda: load_pipeline("none"), max_articles=3)
    first = weakref.ref(renewing.current().nlp)
    renewing.current().nlp("Een zin met de naam Pieternella Oudewater.")
    assert "Oudewater" in renewing.current().nlp.vocab.strings
    renewing.analysed(2)
    assert renewing.current().nlp is first()  # not yet: two of three
    renewing.analysed(1)
    gc.collect()
    assert first() is None  # dropped before a new one is asked for
    assert renewing.current().nlp is not None and renewing.renewals == 1
    assert "Oudewater" not in renewing.current().nlp.vocab.strings


def test_a_reload_that_brings_another_model_stops_the_run():
    models = iter(["none", "none"])
    renewing = RenewingPipeline(lambda: load_pipeline(next(models)), max_articles=1,
                                first=LoadedPipeline(load_pipeline("none").nlp, "nl_other-1.0"))
    renewing.analysed(1)
    with pytest.raises(NlpError, match="loaded anew"):
        renewing.current()


def test_workers_and_the_in_process_pipeline_share_one_limit():
    assert Settings().worker_max_articles == PIPELINE_MAX_ARTICLES
    renewing = pipeline_module.in_process_pipeline(Settings(model="none"))
    assert renewing.max_articles == PIPELINE_MAX_ARTICLES
