"""Does one ingest's memory grow with its articles? (evmem35, docs/scale.md)

In one process, with the pipeline loaded once: ingest `--copies` copies of the dev corpus (throughput's
bench corpus: one character changed per copy, so few new strings) into a fresh SQLite store each, and
print per run the Python heap (tracemalloc, one frame) at its start, its peak, at the end of the ingest
and after the store is closed, the process's RSS and the size of spaCy's string store and vocabulary.
`--fresh` ingests generated articles instead (bench/worker_memory.py: a dev text with a paragraph of
invented names each), so every article brings new strings. `--snapshot N` runs one ingest of N copies,
takes tracemalloc snapshots (`--frames` frames) after half and all of them are stored, and writes
`compare_to(..., 'traceback')` to `--out`: which allocation sites grow per article.
The runs share one `pipeline.in_process_pipeline`, as one long ingest would: it is loaded anew after
`--max-articles` articles (default the settings' `worker_max_articles`; evvocab36).
Usage: python bench/memory_growth.py [--model none] [--copies 1 3 6 12] [--fresh] [--max-articles N]
       [--snapshot 6 --out F]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import tempfile
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from nieuwsgraaf.nlp import load_pipeline  # noqa: E402
from nieuwsgraaf.pipeline import in_process_pipeline, ingest  # noqa: E402
from nieuwsgraaf.settings import Settings  # noqa: E402
from nieuwsgraaf.store import open_store  # noqa: E402
from throughput import make_bench_corpus  # noqa: E402
from worker_memory import write_articles  # noqa: E402

CORPUS_ARTICLES = 91  # articles in one copy of the bench corpus
MB = 2**20


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024


def bench_paths(folder: Path, copies: int, fresh: bool) -> list[str]:
    folder.mkdir()
    if not fresh:
        return make_bench_corpus(folder, copies)
    write_articles(folder / "fresh.jsonl", copies * CORPUS_ARTICLES, seed=copies)
    return [str(folder / "fresh.jsonl")]


def sizes(model: str, copies_list: list[int], folder: Path, fresh: bool, max_articles: int) -> None:
    settings = Settings(db="unused", model=model, worker_max_articles=max_articles)
    pipeline = in_process_pipeline(settings)
    tracemalloc.start(1)
    pipeline.current()  # traced: a pipeline loaded anew replaces one that was counted
    for copies in copies_list:
        paths = bench_paths(folder / f"copies{copies}", copies, fresh)
        gc.collect()
        start, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        store = open_store(str(folder / f"copies{copies}-{time.monotonic_ns()}.db"))
        began = time.perf_counter()
        report = ingest(paths, store, settings, pipeline)
        seconds = time.perf_counter() - began
        nlp = pipeline.current().nlp  # one pipeline loaded in every figure, also when the run ended on a reload
        end, peak = tracemalloc.get_traced_memory()
        store.close()
        gc.collect()
        closed, _ = tracemalloc.get_traced_memory()
        print(json.dumps({
            "model": model, "articles": report.stored, "seconds": round(seconds, 1),
            "start_mb": round(start / MB, 2), "peak_mb": round(peak / MB, 2), "end_mb": round(end / MB, 2),
            "after_close_mb": round(closed / MB, 2), "rss_mb": round(rss_mb(), 1),
            "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "strings": len(nlp.vocab.strings), "lexemes": len(nlp.vocab),
            "renewals": pipeline.renewals, "renewal_seconds": round(pipeline.renewal_seconds, 1)}), flush=True)
        del nlp  # held into the next run, it would keep a replaced pipeline alive
    tracemalloc.stop()


def snapshots(model: str, copies: int, folder: Path, out: Path, frames: int) -> None:
    pipeline = load_pipeline(model, default=Settings().model)
    paths = bench_paths(folder / "snapshot", copies, fresh=False)
    marks = (copies * CORPUS_ARTICLES // 2, copies * CORPUS_ARTICLES)  # N and 2N stored
    taken: dict[int, tuple[int, tracemalloc.Snapshot]] = {}

    def on_progress(report) -> None:  # report.stored moves only at a write, so this is between writes
        for mark in marks:
            if mark not in taken and report.stored >= mark:
                gc.collect()
                taken[mark] = (report.stored, tracemalloc.take_snapshot())
                print(f"snapshot at {report.stored} stored: "
                      f"{tracemalloc.get_traced_memory()[0] / MB:.1f} MB", flush=True)

    store = open_store(str(folder / "snapshot.db"))
    tracemalloc.start(frames)
    ingest(paths, store, Settings(db="unused", model=model), pipeline, on_progress=on_progress)
    tracemalloc.stop()
    store.close()
    ignore = [tracemalloc.Filter(False, tracemalloc.__file__)]
    (first_n, first), (second_n, second) = (taken[mark] for mark in marks)
    first, second = first.filter_traces(ignore), second.filter_traces(ignore)
    with out.open("w", encoding="utf-8") as handle:
        diff = second.compare_to(first, "traceback")
        handle.write(f"=== {first_n} -> {second_n} stored: {sum(d.size_diff for d in diff) / 1024:+.0f} KB\n")
        for stat in diff[:25]:
            handle.write(f"--- {stat.size_diff / 1024:+.1f} KB ({stat.count_diff:+d} blocks), "
                         f"now {stat.size / 1024:.0f} KB\n")
            handle.write("\n".join(stat.traceback.format()) + "\n")
        handle.write("=== by line\n")
        handle.write("\n".join(str(stat) for stat in second.compare_to(first, "lineno")[:40]) + "\n")
    print(f"-> {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=Settings().model)
    parser.add_argument("--copies", type=int, nargs="*", default=[1, 3, 6, 12])
    parser.add_argument("--fresh", action="store_true", help="generated articles with invented names")
    parser.add_argument("--snapshot", type=int, default=0, help="copies for one snapshot run (N = half)")
    parser.add_argument("--frames", type=int, default=25)
    parser.add_argument("--max-articles", type=int, default=Settings().worker_max_articles,
                        help="articles before the in-process pipeline is loaded anew")
    parser.add_argument("--out", type=Path, default=Path("memory_growth.txt"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.snapshot:
            snapshots(args.model, args.snapshot, Path(tmp), args.out, args.frames)
        else:
            sizes(args.model, args.copies, Path(tmp), args.fresh, args.max_articles)


if __name__ == "__main__":
    main()
