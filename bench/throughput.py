"""Throughput and peak memory of ingest -> clean -> nlp -> store, beside spaCy's bare tokenizer.

Both run in this one process over the same cleaned texts, so the ratio holds on a noisy
machine even when the absolute numbers move. Usage: python bench/throughput.py [--repeat N]

Sections (`--sections`, all by default): `stages`, the table above; `workers`, ingest with
`--workers 1` and `--workers 2` side by side on the same articles (issue 18: articles/s, CPU
use of the ingest process and its workers over the cores, peak RSS of each worker, and whether
the stored documents are identical); `windows`, one ONNX call per window against several
windows per call (speed, and whether any document changes).
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
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path

import spacy

from nieuwsgraaf import pipeline as pipeline_module
from nieuwsgraaf.events.component import EventTagger
from nieuwsgraaf.nlp import load_pipeline
from nieuwsgraaf.nlp.encoder import Encoder
from nieuwsgraaf.pipeline import RunReport, clean_inputs, ingest, read_inputs
from nieuwsgraaf.records import Article
from nieuwsgraaf.settings import Settings
from nieuwsgraaf.store import open_store
from nieuwsgraaf.workers.messages import WorkerSpec
from nieuwsgraaf.workers.plan import plan_workers
from nieuwsgraaf.workers.pool import WorkerPool

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


def fresh_db(folder: Path, model: str, run: str) -> str:
    """A new database file for one measured run. A model given as a folder path names no file of
    its own, and a model listed twice (interleaved on a noisy machine) must not find its first
    run's articles stored."""
    return str(folder / f"{Path(model).name}-{run}-{time.monotonic_ns()}.db")


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
    """Articles/s and each stage's share of the time, with no memory tracing: tracemalloc makes every
    Python allocation dear, so it slowed the Python steps (the events component about four times) far more
    than the ONNX encoder and inflated their shares (events 13 % traced, 5 % untraced; docs/scale.md)."""
    settings = Settings(db=fresh_db(folder, model, "stages"), model=model)
    pipeline = load_pipeline(model, default=Settings().model)
    store = open_store(settings.db)
    started = time.perf_counter()
    with StageTimer() as steps:
        report = ingest(paths, store, settings, pipeline)
    seconds = time.perf_counter() - started
    texts = [row[0] for row in store.db.execute("SELECT text FROM articles ORDER BY rowid")]
    events = store.db.execute("SELECT count(*) FROM events").fetchone()[0]
    store.close()
    return {"model": pipeline.name, "articles": report.stored, "seconds": seconds, "events": events,
            "linking_share": steps.share(("entities",), seconds),
            "quotes_share": steps.share(("quotes", "speakers"), seconds),
            "events_share": steps.share(("ng_events", "actors", "events"), seconds),
            "texts": texts}


def python_peak_mb(paths: list[str], model: str, folder: Path) -> float:
    """The Python heap's peak over a run of the pipeline, traced in a run of its own (not timed)."""
    settings = Settings(db=fresh_db(folder, model, "traced"), model=model)
    pipeline = load_pipeline(model, default=Settings().model)
    store = open_store(settings.db)
    tracemalloc.start()
    ingest(paths, store, settings, pipeline)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    store.close()
    return peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=10, help="copies of the corpus to process")
    parser.add_argument("--models", nargs="*", default=[Settings().model, "nl_nieuwsgraaf_fast", "none"])
    parser.add_argument("--sections", nargs="*", default=["stages", "workers", "windows"],
                        choices=["stages", "workers", "windows"])
    parser.add_argument("--workers", nargs="*", type=int, default=[1, 2], help="worker counts side by side")
    parser.add_argument("--worker-models", nargs="*", default=["nl_nieuwsgraaf_fast", Settings().model])
    parser.add_argument("--windows", type=int, default=16, help="windows per ONNX call against one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = make_bench_corpus(folder, args.repeat)
        if "stages" in args.sections:
            print_stages([time_stages(paths, model, folder) for model in args.models])
        if "workers" in args.sections:
            print_workers([time_workers(paths, model, folder, workers)
                           for model in args.worker_models for workers in args.workers])
        if "windows" in args.sections:
            print_windows([time_windows(paths, model, folder, args.windows) for model in args.worker_models])


def time_stages(paths: list[str], model: str, folder: Path) -> dict:
    # traced first, so the heap's peak counts the lexicons and knowledge base loaded on first use, as it did
    # when one traced run gave both figures
    peak = python_peak_mb(paths, model, folder)
    result = time_pipeline(paths, model, folder)
    tokenizer_seconds, tokens = time_tokenizer(result.pop("texts"))
    result.update(tokens=tokens, tokenizer_seconds=tokenizer_seconds, python_peak_mb=peak)
    return result


def print_stages(rows: list[dict]) -> None:
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
    print("times and shares from untraced runs; py peak MB from a first run of the same articles under tracemalloc")
    print(f"process peak RSS: {rss_mb:.0f} MB; ratio = full pipeline speed / bare tokenizer speed; "
          f"python {sys.version.split()[0]}, {os.cpu_count()} cores")



# -- issue 18: --workers 1 against --workers N, and window batching -------------------------

def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of this process and of the given running child processes (Linux /proc)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    total = own.ru_utime + own.ru_stime
    for pid in pids:
        # /proc/PID/stat: the command sits in parentheses; utime and stime are fields 14 and 15
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def stored_documents(db: str) -> list[str]:
    """The stored document JSON of every article, in storage order."""
    store = open_store(db, readonly=True)
    documents = [row[0] for row in store.db.execute("SELECT document FROM articles ORDER BY rowid")]
    store.close()
    return documents


def time_workers(paths: list[str], model: str, folder: Path, workers: int) -> dict:
    """One ingest with `workers` processes (1: in this process), the model loaded before the clock starts."""
    settings = Settings(db=fresh_db(folder, model, f"w{workers}"), model=model, workers=workers)
    plan = plan_workers(workers)
    store = open_store(settings.db)
    with ExitStack() as stack:
        if plan.in_process:
            pipeline, analyser, pids = load_pipeline(model, default=Settings().model), None, []
        else:
            spec = WorkerSpec(model, Settings().model, plan.threads)
            pool = stack.enter_context(WorkerPool(spec, plan.workers, settings.worker_max_articles))
            pipeline, analyser, pids = None, pool.analyse, pool.pids()
        cpu_before, started = cpu_seconds(pids), time.perf_counter()
        report = ingest(paths, store, settings, pipeline, analyser=analyser)
        seconds = time.perf_counter() - started
        cpu = cpu_seconds(pids) - cpu_before
        worker_rss = sorted(pool.stats.peak_rss_kb.values()) if pids else []
        name = pool.pipeline_name if pids else pipeline.name
    store.close()
    own_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"model": name, "workers": workers, "threads": plan.threads if pids else "model's",
            "articles": report.stored, "seconds": seconds, "cpu": cpu / (seconds * (os.cpu_count() or 1)),
            "worker_rss_mb": [kb / 1024 for kb in worker_rss or [own_rss]],
            "documents": stored_documents(settings.db)}


def print_workers(rows: list[dict]) -> None:
    print(f"\n{'pipeline':36} {'workers':>7} {'threads':>8} {'articles':>8} {'art/s':>7} {'× w1':>6} "
          f"{'CPU use':>8} {'same docs':>9}  peak RSS per worker MB")
    baseline: dict[str, dict] = {}
    for row in rows:
        first = baseline.setdefault(row["model"], row)
        rate = row["articles"] / row["seconds"]
        ratio = rate / (first["articles"] / first["seconds"])
        same = "yes" if row["documents"] == first["documents"] else "NO"
        print(f"{row['model']:36} {row['workers']:7d} {row['threads']!s:>8} {row['articles']:8d} {rate:7.1f} "
              f"{ratio:6.2f} {100 * row['cpu']:7.0f}% {same:>9}  "
              + ", ".join(f"{mb:.0f}" for mb in row["worker_rss_mb"]))
    print(f"CPU use = CPU time of the ingest process and its workers / (wall time × {os.cpu_count()} cores); "
          "peak RSS: of each worker process (with 1 worker: this bench process). Issue 18 targets: both cores "
          "busy; --workers 2 >= 1.5 × --workers 1 on the fast pipeline. Timings on a shared machine are noisy.")


def time_windows(paths: list[str], model: str, folder: Path, windows: int) -> dict:
    """In-process ingests with one window per ONNX call and with `windows`: speed, and changed documents."""
    pipeline = load_pipeline(model, default=Settings().model)
    encoders = [component for _, component in pipeline.nlp.pipeline if isinstance(component, Encoder)]
    result: dict = {"model": pipeline.name}
    for per_call in (1, windows):
        for encoder in encoders:
            encoder.batch_windows = per_call
        settings = Settings(db=fresh_db(folder, model, f"windows{per_call}"), model=model, workers=1)
        store = open_store(settings.db)
        started = time.perf_counter()
        report = ingest(paths, store, settings, pipeline)
        result[per_call] = (report.stored / (time.perf_counter() - started), stored_documents(settings.db))
        store.close()
    (one_rate, one_docs), (many_rate, many_docs) = result[1], result[windows]
    changed = sum(a != b for a, b in zip(one_docs, many_docs, strict=True))
    return {"model": result["model"], "windows": windows, "one": one_rate, "many": many_rate, "changed": changed,
            "articles": len(one_docs)}


def print_windows(rows: list[dict]) -> None:
    print(f"\n{'pipeline':36} {'art/s 1 window/call':>20} {'art/s N windows/call':>21} {'N':>3} "
          f"{'documents changed':>18}")
    for row in rows:
        print(f"{row['model']:36} {row['one']:20.1f} {row['many']:21.1f} {row['windows']:3d} "
              f"{row['changed']:>8} of {row['articles']}")
    print("N windows per ONNX call, sorted by length (nlp/encoder.py); shipped only if no document changes.")


if __name__ == "__main__":
    main()
