"""Export memory: peak RSS of `nieuwsgraaf export` on a store and on one four times bigger.

Exports stream (articles through one cursor, quotes and entities in pages, Parquet in row groups),
so their peak memory should hardly grow with the store. Both stores are filled with
bench/query_latency.py's generated articles (no NLP). Each export runs as its own process and its
peak RSS is read from the kernel (ru_maxrss of the finished child).
Usage: PYTHONPATH=bench python bench/export_memory.py [--articles N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nieuwsgraaf.entities import load_knowledge_base
from query_latency import build

EXPORTS = (("articles", "parquet"), ("quotes", "parquet"), ("entities", "csv"), ("events", "jsonl"),
           ("edges", "csv"))


def peak_of_export(db: Path, table: str, fmt: str, out: Path) -> tuple[float, float, int]:
    """(peak RSS in MB, seconds, bytes written) of one export in a child process."""
    command = [sys.executable, "-m", "nieuwsgraaf", "export", table, "--db", str(db), "--format", fmt,
               "--out", str(out)]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"export {table} failed: {child.stderr.read().decode()[-500:]}")
    return usage.ru_maxrss / 1024, seconds, out.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="the smaller store (the other is 4x)")
    args = parser.parse_args()
    kb_ids = sorted(load_knowledge_base().actors)
    with tempfile.TemporaryDirectory() as folder:
        sizes = (args.articles, 4 * args.articles)
        results = {}
        for size in sizes:
            db = Path(folder) / f"store-{size}.db"
            build(db, size, kb_ids)
            for table, fmt in EXPORTS:
                results[(table, size)] = peak_of_export(db, table, fmt, Path(folder) / f"{table}-{size}.{fmt}")
        print(f"export peak RSS (MB) and time, stores of {sizes[0]:,} and {sizes[1]:,} generated articles")
        print(f"  {'table':9} {'format':8} {'small MB':>9} {'big MB':>9} {'ratio':>6} {'small s':>8} {'big s':>8}")
        for table, fmt in EXPORTS:
            small, big = results[(table, sizes[0])], results[(table, sizes[1])]
            print(f"  {table:9} {fmt:8} {small[0]:9.0f} {big[0]:9.0f} {big[0] / small[0]:6.2f} "
                  f"{small[1]:8.1f} {big[1]:8.1f}")


if __name__ == "__main__":
    main()
