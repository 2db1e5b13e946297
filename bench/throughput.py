"""Throughput and peak memory of ingest -> clean -> nlp -> store, beside spaCy's bare tokenizer.

Both run in this one process over the same cleaned texts, so the ratio holds on a noisy
machine even when the absolute numbers move. Usage: python bench/throughput.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

import spacy

from nieuwsgraaf import pipeline as pipeline_module
from nieuwsgraaf.events.component import EventTagger
from nieuwsgraaf.nlp import load_pipeline
from nieuwsgraaf.pipeline import RunReport, clean_inputs, ingest, read_inputs
from nieuwsgraaf.records import Article
from nieuwsgraaf.settings import Settings
from nieuwsgraaf.store import open_store

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NG_SHARED", REPO.parent / "shared"))


def corpus_paths() -> list[str]:
    paths = [str(REPO / "examples")]
    for extra in (SHARED / "seeds", SHARED / "corpus"):
        if extra.exists():
            paths.append(str(extra))
    return paths


def make_bench_corpus(folder: Path, repeat: int) -> list[str]:
    """Copies of the corpus with one character changed per copy, so ids differ."""
    settings = Settings(model="none")
    texts = [a.text for a in clean_inputs(read_inputs(corpus_paths(), settings, RunReport()), settings, RunReport())
             if isinstance(a, Article)]
    path = folder / "bench.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for copy in range(repeat):
            for text in texts:
                handle.write(json.dumps({"text": f"{text}\n\n(kopie {copy})"}, ensure_ascii=False) + "\n")
    return [str(path)]


def time_tokenizer(texts: list[str]) -> tuple[float, int]:
    tokenizer = spacy.blank("nl").tokenizer
    started = time.perf_counter()
    tokens = sum(len(doc) for doc in tokenizer.pipe(texts, batch_size=64))
    return time.perf_counter() - started, tokens


class StageTimer:
    """Adds up the time spent in each article step of the pipeline and in the events component."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.steps = pipeline_module.ARTICLE_STEPS
        self.component = EventTagger.__call__

    def _timed(self, name: str, function):
        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started
        return timed

    def __enter__(self):
        pipeline_module.ARTICLE_STEPS = tuple(replace(s, run=self._timed(s.name, s.run)) for s in self.steps)
        EventTagger.__call__ = self._timed("ng_events", self.component)
        return self

    def __exit__(self, *exc):
        pipeline_module.ARTICLE_STEPS = self.steps
        EventTagger.__call__ = self.component

    def share(self, names: tuple[str, ...], total: float) -> float:
        return sum(self.seconds.get(name, 0.0) for name in names) / total


def time_pipeline(paths: list[str], model: str, folder: Path) -> dict:
    settings = Settings(db=str(folder / f"{model}.db"), model=model)
    pipeline = load_pipeline(model, default=Settings().model)
    store = open_store(settings.db)
    tracemalloc.start()
    started = time.perf_counter()
    with StageTimer() as steps:
        report = ingest(paths, store, settings, pipeline)
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    texts = [row[0] for row in store.db.execute("SELECT text FROM articles ORDER BY rowid")]
    events = store.db.execute("SELECT count(*) FROM events").fetchone()[0]
    store.close()
    return {"model": pipeline.name, "articles": report.stored, "seconds": seconds, "events": events,
            "linking_share": steps.share(("entities",), seconds),
            "quotes_share": steps.share(("quotes", "speakers"), seconds),
            "events_share": steps.share(("ng_events", "actors", "events"), seconds),
            "python_peak_mb": peak / 2**20, "texts": texts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=10, help="copies of the corpus to process")
    parser.add_argument("--models", nargs="*", default=[Settings().model, "nl_nieuwsgraaf_fast", "none"])
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = make_bench_corpus(folder, args.repeat)
        for model in dict.fromkeys(args.models):
            result = time_pipeline(paths, model, folder)
            tokenizer_seconds, tokens = time_tokenizer(result.pop("texts"))
            result.update(tokens=tokens, tokenizer_seconds=tokenizer_seconds)
            rows.append(result)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'pipeline':42} {'articles':>8} {'art/s':>8} {'tokens/s':>10} {'tokenizer tok/s':>16} "
          f"{'ratio':>7} {'py peak MB':>10} {'linking':>8} {'quotes':>7} {'events':>7} {'events n':>8}")
    for row in rows:
        print(f"{row['model']:42} {row['articles']:8d} {row['articles'] / row['seconds']:8.1f} "
              f"{row['tokens'] / row['seconds']:10.0f} {row['tokens'] / row['tokenizer_seconds']:16.0f} "
              f"{row['tokenizer_seconds'] / row['seconds']:7.3f} {row['python_peak_mb']:10.1f} "
              f"{100 * row['linking_share']:7.1f}% {100 * row['quotes_share']:6.1f}% "
              f"{100 * row['events_share']:6.1f}% {row['events']:8d}")
    print("linking, quotes, events = share of the pipeline's time in that stage (issue 6 target for linking: "
          "<= 20%; issue 15 target for events, the ng_events component and the actors and events steps: <= 15%)")
    print(f"process peak RSS: {rss_mb:.0f} MB; ratio = full pipeline speed / bare tokenizer speed; "
          f"python {sys.version.split()[0]}, {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
