"""Memory of a long `ingest --workers 2` run: do the worker processes stay flat?

spaCy's string store grows with every new word a process sees; workers are replaced after
`worker_max_articles` articles so that a long run's memory stays bounded (settings.py). This runs
`nieuwsgraaf ingest` on N generated articles (the dev corpus's texts, each with a paragraph of
invented names and numbers of its own, so every article brings new strings), samples the resident
memory of the ingest process and of each worker twice a second, and prints the peak per tenth of the
run. Run it once with recycling at its default and once with a small lifetime to see both.
It also counts the stored articles every `--count-every` seconds through the store and prints the
ingest speed of the first and the last 10,000 (issue 18: within 10 %); `--log FILE` writes every
sample as it is taken, so a run stopped early still leaves its figures.
Usage: python bench/worker_memory.py [--articles 4000] [--max-articles 1000] [--model nl_nieuwsgraaf_fast]
       [--count-every 30] [--log FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from nieuwsgraaf.store import open_store

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NG_SHARED", REPO.parent / "shared"))
SYLLABLES = ("ka", "lo", "wer", "den", "bri", "stu", "mo", "vel", "zan", "gro", "pi", "tex", "hul", "dra")


def invented(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 5))).capitalize()


def write_articles(path: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    texts = [json.loads(line)["text"] for line in (SHARED / "corpus" / "nl-news-dev.jsonl").open(encoding="utf-8")]
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            names = ", ".join(f"{invented(rng)} {invented(rng)}" for _ in range(6))
            extra = (f"\n\nOok {names} spraken op {rng.randint(1, 28)} maart over dossier {rng.randint(10**6, 10**7)}, "
                     f"zei woordvoerder {invented(rng)} van {invented(rng)} Holding.")
            out.write(json.dumps({"url": f"https://example.org/bench/{number}", "text": texts[number % len(texts)] + extra},
                                 ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--max-articles", type=int, default=1000, help="worker_max_articles for this run")
    parser.add_argument("--model", default="nl_nieuwsgraaf_fast")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--count-every", type=float, default=30.0, help="seconds between counts of stored articles")
    parser.add_argument("--log", type=Path, help="append each sample to this file as it is taken")
    parser.add_argument("--bulk", action="store_true", help="ingest --bulk: query indexes built once at the end")
    args = parser.parse_args()
    log = args.log.open("a", encoding="utf-8") if args.log else None
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "articles.jsonl"
        write_articles(source, args.articles)
        env = {**os.environ, "NIEUWSGRAAF_WORKER_MAX_ARTICLES": str(args.max_articles), "OPENBLAS_NUM_THREADS": "1"}
        command = [sys.executable, "-m", "nieuwsgraaf", "ingest", str(source), "--db", str(Path(folder) / "bench.db"),
                   "--workers", str(args.workers), "--model", args.model, *(["--bulk"] if args.bulk else [])]
        began = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        parent = psutil.Process(process.pid)
        samples: list[tuple[float, int, int, int]] = []  # seconds, ingest RSS, largest worker RSS, workers seen
        counts: list[tuple[float, int, float]] = [(0.0, 0, 0.0)]  # seconds, stored articles, ingest CPU s
        seen: set[int] = set()
        counted = 0.0
        while process.poll() is None:
            now = time.perf_counter() - began
            if now - counted >= args.count_every:
                counted = now
                stored = stored_articles(Path(folder) / "bench.db")
                cpu = process_cpu(parent)
                if stored is not None and cpu is not None:
                    counts.append((now, stored, cpu))
                    if log:
                        log.write(json.dumps({"seconds": round(now, 1), "stored": stored, "ingest_cpu_s": round(cpu, 1),
                                              "ingest_rss_mb": samples[-1][1] >> 20 if samples else None,
                                              "worker_rss_mb": samples[-1][2] >> 20 if samples else None}) + "\n")
                        log.flush()
            try:
                children = parent.children(recursive=True)
                workers = [c.memory_info().rss for c in children]
                seen.update(c.pid for c in children)
                samples.append((time.perf_counter() - began, parent.memory_info().rss, max(workers, default=0), len(seen)))
            except psutil.Error:
                pass
            time.sleep(0.5)
        output = process.stdout.read()
        seconds = time.perf_counter() - began
    if process.returncode != 0:
        raise SystemExit(f"ingest failed ({process.returncode}):\n{output[-2000:]}")
    print(f"{args.articles:,} articles, model {args.model}, {args.workers} workers, worker_max_articles "
          f"{args.max_articles:,}: {seconds:.0f} s ({args.articles / seconds:.1f} articles/s); "
          f"{len(seen)} child processes over the run")
    print(f"{'tenth of the run':>18} {'ingest RSS MB':>14} {'largest worker RSS MB':>22}")
    for tenth in range(10):
        part = [s for s in samples if tenth / 10 <= s[0] / seconds < (tenth + 1) / 10]
        if part:
            print(f"{tenth + 1:>18} {max(s[1] for s in part) / 2**20:>14.0f} {max(s[2] for s in part) / 2**20:>22.0f}")
    counts.append((seconds, args.articles, None))  # the ingest process is gone: no CPU reading
    print_ends(counts, 10_000 if args.articles >= 40_000 else max(1, args.articles // 4))
    print("\n".join(line for line in output.splitlines()[-4:] if line.strip()))


def stored_articles(db: Path) -> int | None:
    """How many articles the running ingest has committed (None before its store exists)."""
    try:
        store = open_store(str(db), readonly=True)
    except Exception:  # not created or not migrated yet
        return None
    try:
        return store.stats().articles
    finally:
        store.close()


def process_cpu(process: psutil.Process) -> float | None:
    """CPU seconds the ingest process itself (reader, cleaner, writer, stories) has used so far."""
    try:
        times = process.cpu_times()
    except psutil.Error:
        return None
    return times.user + times.system


def speed_over(counts: list[tuple[float, int, float | None]], first: int, last: int) -> tuple[float, float] | None:
    """Articles/s and, where both samples have it, the ingest process's CPU ms per article,
    between the samples nearest to `first` and `last` stored articles. The CPU figure hardly
    moves when other jobs share the machine, so it tells whether the writer's cost grows."""
    begin = min(counts, key=lambda c: abs(c[1] - first))
    end = min(counts, key=lambda c: abs(c[1] - last))
    if end[0] <= begin[0] or end[1] <= begin[1]:
        return None
    articles = end[1] - begin[1]
    cpu = 1000 * (end[2] - begin[2]) / articles if end[2] is not None and begin[2] is not None else None
    return articles / (end[0] - begin[0]), cpu


def print_ends(counts: list[tuple[float, int, float | None]], size: int) -> None:
    counts = [c for c in counts if c[1] > 0]  # from the first commit on: loading the model is not ingest
    if len(counts) < 2:
        return
    start, total = counts[0][1], counts[-1][1]
    first, last = speed_over(counts, start, start + size), speed_over(counts, total - size, total)
    if first and last:
        print(f"ingest speed, first {size:,} articles {first[0]:.1f}/s, last {size:,} {last[0]:.1f}/s "
              f"({100 * (last[0] / first[0] - 1):+.0f} %; counts every sample, so the ends are approximate)")
    sampled = [c for c in counts if c[2] is not None]
    if len(sampled) < 2:
        return
    top = sampled[-1][1]
    first, last = speed_over(sampled, start, start + size), speed_over(sampled, top - size, top)
    if first and last and first[1] and last[1]:
        print(f"ingest process CPU per article, first {size:,} {first[1]:.2f} ms, last {size:,} sampled "
              f"(to {top:,}) {last[1]:.2f} ms ({100 * (last[1] / first[1] - 1):+.0f} %)")


if __name__ == "__main__":
    main()
