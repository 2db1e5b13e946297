"""Memory and time of the near-duplicate index as it grows: the numpy band index against the
MinHashLSH design it replaced (issue #18).

Each (index, size) runs in a fresh process. It checks N generated signatures one by one, as the
writer does (query, then add): random signatures, and 15 % near-copies of a recent article (about
10 % of the hash values redrawn). Then it rebuilds an index of the same N from the stored
signatures, as a run start does. Printed per run: resident memory grown per article (or, with
--tracemalloc, Python-traced bytes per article; timings are then meaningless), microseconds per
check (mean including the merges of the tail, p50, p99; the mean of the last 10,000), links found,
the load time, and for the numpy index the bytes its arrays hold (ids and their dict not counted).
Usage: python bench/duplicates_memory.py [--sizes 20000 200000] [--kinds old new] [--tracemalloc]
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from datasketch import MinHashLSH

from nieuwsgraaf.records import ArticleSignature, DuplicateLink
from nieuwsgraaf.stories import StoryOptions
from nieuwsgraaf.stories.duplicates import NearDuplicateIndex, estimated_containment
from nieuwsgraaf.stories.shingles import new_minhash, signature_to_minhash, signature_values

CHUNK = 10_000
COPY_SHARE = 0.15
LAST = 10_000


class MinHashLSHIndex:
    """The index as it was before #18: datasketch's MinHashLSH plus a hash-value array and three
    dicts per article (kept here, and only here, to measure against)."""

    def __init__(self, options: StoryOptions):
        self.options = options
        self.lsh = MinHashLSH(threshold=options.lsh_threshold, num_perm=options.num_perm)
        self.hashvalues: dict[str, np.ndarray] = {}
        self.sizes: dict[str, int] = {}
        self.order: dict[str, int] = {}
        self.originals: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self.sizes)

    def load(self, signatures) -> None:
        with self.lsh.insertion_session() as session:
            for signature in signatures:
                minhash = signature_to_minhash(signature, self.options.num_perm)
                session.insert(signature.article_id, minhash, check_duplication=False)
                self._remember(signature, minhash)

    def _remember(self, signature: ArticleSignature, minhash) -> None:
        self.hashvalues[signature.article_id] = minhash.hashvalues
        self.sizes[signature.article_id] = signature.shingles
        self.order[signature.article_id] = len(self.order)

    def check_signature(self, signature: ArticleSignature) -> DuplicateLink | None:
        minhash = new_minhash(self.options.num_perm, signature_values(signature, self.options.num_perm))
        matches = []
        for other in self.lsh.query(minhash):
            if other == signature.article_id:
                continue
            jaccard = float(np.count_nonzero(minhash.hashvalues == self.hashvalues[other])) / len(minhash.hashvalues)
            contained = estimated_containment(jaccard, signature.shingles, self.sizes[other])
            if contained >= self.options.min_containment:
                matches.append((self.order[other], other, contained))
        link = None
        if matches:
            _, first, contained = min(matches)
            link = DuplicateLink(signature.article_id, self.originals.get(first, first), round(contained, 4))
            self.originals[signature.article_id] = link.duplicate_of
        if signature.article_id not in self.sizes:
            self.lsh.insert(signature.article_id, minhash, check_duplication=False)
            self._remember(signature, minhash)
        return link


def generated_signatures(count: int, num_perm: int, seed: int = 18) -> Iterator[ArticleSignature]:
    """`count` signatures with 16-hex-digit ids (as article ids are), generated a chunk at a time."""
    rng = np.random.default_rng(seed)
    previous = rng.integers(0, 2**32, size=(CHUNK, num_perm), dtype=np.uint64).astype(np.uint32)
    for start in range(0, count, CHUNK):
        size = min(CHUNK, count - start)
        values = rng.integers(0, 2**32, size=(size, num_perm), dtype=np.uint64).astype(np.uint32)
        pool = np.concatenate([previous, values])  # copies of the last 10,000-20,000 articles
        for row in np.flatnonzero(rng.random(size) < COPY_SHARE):
            source = pool[rng.integers(0, CHUNK + row)] if start else values[rng.integers(0, max(row, 1))]
            values[row] = np.where(rng.random(num_perm) < 0.1, values[row], source)
        shingles = rng.integers(80, 1500, size=size)
        for row in range(size):
            yield ArticleSignature(f"{start + row:016x}", int(shingles[row]), values[row].astype("<u4").tobytes())
        previous = values if size == CHUNK else previous


def resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096


def measure(kind: str, count: int, traced: bool) -> dict:
    options = StoryOptions()
    make = NearDuplicateIndex if kind == "new" else MinHashLSHIndex
    gc.collect()
    if traced:
        tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0] if traced else resident_bytes()
    index = make(options)
    times = np.empty(count)
    links = 0
    for number, signature in enumerate(generated_signatures(count, options.num_perm)):
        started = time.perf_counter()
        links += index.check_signature(signature) is not None
        times[number] = time.perf_counter() - started
    gc.collect()
    grown = (tracemalloc.get_traced_memory()[0] if traced else resident_bytes()) - before
    if traced:
        tracemalloc.stop()
    result = {"kind": kind, "articles": count, "links": links, "bytes_per_article": grown / count,
              "measure": "tracemalloc" if traced else "resident",
              "check_us_mean": times.mean() * 1e6, "check_us_p50": np.percentile(times, 50) * 1e6,
              "check_us_p99": np.percentile(times, 99) * 1e6, "check_us_last_mean": times[-LAST:].mean() * 1e6}
    if kind == "new":
        result["array_bytes_per_article"] = index.nbytes / count
    if not traced:
        del index
        gc.collect()
        started = time.perf_counter()
        for _ in generated_signatures(count, options.num_perm):
            pass
        generating = time.perf_counter() - started
        rebuilt = make(options)
        started = time.perf_counter()
        rebuilt.load(generated_signatures(count, options.num_perm))
        result["load_s"] = time.perf_counter() - started - generating
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 200_000])
    parser.add_argument("--kinds", nargs="+", choices=["old", "new"], default=["old", "new"])
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child[0], int(args.child[1]), args.tracemalloc)))
        return
    label = {"old": "MinHashLSH (before)", "new": "numpy bands (now)"}
    print(f"{'index':<20} {'articles':>9} {'bytes/article':>14} {'check µs mean':>14} {'p50':>6} {'p99':>7} "
          f"{'last 10k':>9} {'load s':>7} {'links':>7} {'arrays B/article':>17}")
    for count in args.sizes:
        for kind in args.kinds:
            command = [sys.executable, str(Path(__file__).resolve()), "--child", kind, str(count)]
            command += ["--tracemalloc"] if args.tracemalloc else []
            run = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
            print(f"{label[kind]:<20} {count:>9,} {run['bytes_per_article']:>14,.0f} {run['check_us_mean']:>14.1f} "
                  f"{run['check_us_p50']:>6.1f} {run['check_us_p99']:>7.1f} {run['check_us_last_mean']:>9.1f} "
                  f"{run.get('load_s', float('nan')):>7.2f} {run['links']:>7,} "
                  f"{run.get('array_bytes_per_article', float('nan')):>17,.0f}", flush=True)
    print(f"(memory: {'Python-traced bytes (tracemalloc)' if args.tracemalloc else 'resident set growth'}; "
          "each row a fresh process; the machine may be shared, so compare rows of one run)")


if __name__ == "__main__":
    main()
