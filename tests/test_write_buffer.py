"""The writer holds one buffer of analysed articles at a time: a written buffer is let go before the
next one fills, so the ingest's peak memory is one buffer's worth, not two (docs/scale.md, evmem35)."""

from __future__ import annotations

import gc
import weakref

from nieuwsgraaf import pipeline as pipeline_module
from nieuwsgraaf.pipeline import analyse, ingest
from nieuwsgraaf.records import Analysis
from nieuwsgraaf.settings import Settings
from nieuwsgraaf.store import open_store

# Three short articles of our own.
TEXTS = (
    " date 2024-03-04 Brug in Zwolle\n\nDe gemeente Zwolle opent maandag een nieuwe fietsbrug over de IJssel. "
    "Wethouder Jansen zei dat de brug een jaar eerder klaar is dan gepland.\n",
    " date 2024-03-05 Haven van Delfzijl\n\nIn de haven van Delfzijl lagen dinsdag meer schepen dan vorig jaar. "
    "De havendirecteur verwacht dat de groei in de zomer doorzet.\n",
    " date 2024-03-06 Bibliotheek in Tiel\n\nDe bibliotheek in Tiel gaat op zondag open, zo besloot de "
    "gemeenteraad woensdag. Volgens de raad komen er vooral meer scholieren.\n",
)


def test_a_written_buffer_is_let_go_while_the_next_one_fills(tmp_path, fallback_pipeline, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for number, text in enumerate(TEXTS):
        (folder / f"{number}.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(pipeline_module, "WRITE_ARTICLES", 2)  # the first two articles are written together
    written: list[weakref.ref] = []
    real_write = pipeline_module._write

    def watched_write(items, *args, **kwargs):
        written.extend(weakref.ref(item) for item in items if isinstance(item, Analysis))
        return real_write(items, *args, **kwargs)

    alive_at_each_batch: list[int] = []

    def watching_analyser(articles, batch_size, is_known=None, on_article=lambda: None):
        for batch in analyse(articles, fallback_pipeline, batch_size, is_known, on_article):
            gc.collect()
            alive_at_each_batch.append(sum(ref() is not None for ref in written))
            yield batch

    monkeypatch.setattr(pipeline_module, "_write", watched_write)
    store = open_store(str(tmp_path / "news.db"))
    report = ingest([str(folder)], store, Settings(db="x", model="none", batch_size=1), analyser=watching_analyser)
    store.close()
    assert report.stored == 3
    assert len(written) == 3
    # When the third article arrives the first two are written: only the ingest loop's last batch (one
    # article) may still be referenced, not the whole written buffer.
    assert alive_at_each_batch == [0, 0, 1]
