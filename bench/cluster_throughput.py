"""Articles per second of `cluster-ingest` on a local Dask cluster of 2 workers, beside a
single-process ingest, on the same articles in one run (issue 18 §4).

The articles are bench/throughput.py's: the examples, seeds and development corpus, repeated with
one changed line per copy so that every copy has its own id. For each pipeline:
  single  `pipeline.ingest` in this process into a fresh SQLite file (the model loaded beforehand);
  engine  `run_partitions` on 2 worker processes, 1 thread each, models loaded beforehand
          (`worker.warm_up`), Parquet written per partition; then `load` puts the rows into a
          fresh SQLite file through the store interface (timed apart).
Usage: python bench/cluster_throughput.py [--articles 2000] [--models MODEL ...]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

from nieuwsgraaf.cluster import (
    ClusterJob,
    PlanOptions,
    load_partitions,
    open_client,
    plan_partitions,
    run_partitions,
)
from nieuwsgraaf.cluster.worker import PipelineHolder, warm_up
from nieuwsgraaf.nlp import load_pipeline
from nieuwsgraaf.pipeline import ingest
from nieuwsgraaf.settings import Settings
from nieuwsgraaf.store import open_store
from throughput import make_bench_corpus

WORKERS = 2


def bench_articles(folder: Path, count: int) -> Path:
    """The first `count` articles of enough copies of the bench corpus, in one JSON Lines file."""
    repeat = 1
    while True:
        source = Path(make_bench_corpus(folder, repeat)[0])
        lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
        if len(lines) >= count or repeat > 200:
            break
        repeat = max(repeat + 1, -(-count * repeat // max(1, len(lines))))
    path = folder / f"articles-{count}.jsonl"
    path.write_text("".join(lines[:count]), encoding="utf-8")
    return path


def time_single(path: Path, model: str, folder: Path) -> tuple[float, int]:
    settings = Settings(db=str(folder / f"single-{model}.db"), model=model)
    pipeline = load_pipeline(model, default=Settings().model)
    store = open_store(settings.db)
    started = time.perf_counter()
    report = ingest([str(path)], store, settings, pipeline)
    seconds = time.perf_counter() - started
    store.close()
    return seconds, report.stored + report.already_stored  # articles through, repeats included (as the engine)


def time_engine(client, path: Path, model: str, folder: Path, articles: int) -> dict:
    out = folder / f"engine-{model}"
    # About 10 partitions per worker: small enough to balance, big enough that each is worth a task.
    options = PlanOptions(lines_per_partition=max(25, articles // (10 * WORKERS)), small_file_bytes=0)
    partitions = plan_partitions([str(path)], options)
    client.register_plugin(PipelineHolder(model))
    client.run(warm_up, model)
    job = ClusterJob.from_settings(str(out), Settings(model=model))
    started = time.perf_counter()
    report = run_partitions(partitions, job, lambda: nullcontext(client))
    seconds = time.perf_counter() - started
    store = open_store(str(folder / f"engine-{model}.db"))
    started = time.perf_counter()
    loaded = load_partitions(str(out), partitions, store)
    load_seconds = time.perf_counter() - started
    store.close()
    return {"seconds": seconds, "rows": report.rows, "partitions": len(partitions), "failed": len(report.failed),
            "load_seconds": load_seconds, "stored": loaded.stored}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="distinct articles per pipeline")
    parser.add_argument("--models", nargs="*", default=["nl_nieuwsgraaf_fast", Settings().model])
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp, open_client(workers=WORKERS) as client:
        folder = Path(tmp)
        path = bench_articles(folder, args.articles)
        for model in dict.fromkeys(args.models):
            single_seconds, articles = time_single(path, model, folder)
            engine = time_engine(client, path, model, folder, args.articles)
            rows.append({"model": model, "articles": articles, "single_per_s": articles / single_seconds,
                         "engine_per_s": engine["rows"] / engine["seconds"],
                         "engine_with_load_per_s": engine["stored"] / (engine["seconds"] + engine["load_seconds"]),
                         **engine})
    print(f"{'pipeline':24} {'articles':>8} {'single art/s':>12} {'engine art/s':>12} {'ratio':>6} "
          f"{'+load art/s':>11} {'load art/s':>10} {'partitions':>10} {'failed':>6}")
    for row in rows:
        print(f"{row['model']:24} {row['articles']:8d} {row['single_per_s']:12.1f} {row['engine_per_s']:12.1f} "
              f"{row['engine_per_s'] / row['single_per_s']:6.2f} {row['engine_with_load_per_s']:11.1f} "
              f"{row['stored'] / row['load_seconds']:10.1f} {row['partitions']:10d} {row['failed']:6d}")
    print(f"engine: {WORKERS} local Dask worker processes, 1 thread each; single: one process, default threading; "
          f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average at the end "
          f"{os.getloadavg()[0]:.1f}")
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
