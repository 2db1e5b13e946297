"""Story threading speed on a large store: per-article assignment and near-duplicate check, the
LSH rebuild when a run starts, and the memory the stage holds.

The store is filled with the generated articles of bench/query_latency.py (no NLP). Their vectors
are generated too (unit vectors scattered around one made-up centre per story of about four
articles): fine for timing the index, meaningless for quality. The articles are threaded and stored
as ingest would; then a fresh stage is loaded from the store (the rebuild every run starts with)
and 1,000 more articles are threaded one by one and timed.
Usage: python bench/stories_speed.py [--articles N]
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from nieuwsgraaf.document import document_to_json
from nieuwsgraaf.entities import load_knowledge_base
from nieuwsgraaf.records import ArticleVector, StoryWrite
from nieuwsgraaf.store import open_store
from nieuwsgraaf.stories import StoryStage
from nieuwsgraaf.stories.features import document_to_thread_input, vector_to_bytes
from query_latency import make_analysis

WIDTH = 384
TIMED = 1_000


def resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 / 2**20


class Generator:
    """Generated articles with generated vectors near their story's centre."""

    def __init__(self, seed: int = 17):
        self.rng = random.Random(seed)
        self.np_rng = np.random.default_rng(seed)
        kb = load_knowledge_base()
        ids = sorted(kb.actors)[:5000]  # knowledge-base actors, then made-up local people
        self.entities = [(i, i.split(":", 1)[1].replace("-", " ").title()) for i in ids]
        self.entities += [(f"local:per:persoon-{n}", f"Persoon {n}") for n in range(5000 - len(ids))]
        self.weights = [1 / (rank + 1) for rank in range(len(self.entities))]
        self.centres: list[np.ndarray] = []

    def document(self, number: int) -> tuple[dict, ArticleVector]:
        analysis = make_analysis(number, self.rng, self.entities, self.weights)
        if number % 4 == 0 or not self.centres:
            self.centres.append(self.np_rng.normal(size=WIDTH))
        centre = self.centres[self.rng.randrange(max(0, len(self.centres) - 50), len(self.centres))]
        vector = centre + 0.5 * self.np_rng.normal(size=WIDTH)
        vector /= np.linalg.norm(vector)
        document = document_to_json(analysis)
        return document, ArticleVector(document["id"], "generated", vector_to_bytes(vector))

    def analysis(self, number: int):
        return make_analysis(number, random.Random(number), self.entities, self.weights)


def thread(stage: StoryStage, document: dict, vector: ArticleVector) -> tuple[StoryWrite, float, float]:
    """Thread one article as StoryStage.thread_documents does, with a given vector; the seconds spent
    on the near-duplicate check and on the assignment."""
    started = time.perf_counter()
    signature, link = stage.duplicates.check(document["id"], document["text"])
    checked = time.perf_counter()
    member, state = stage.threads.assign(document_to_thread_input(document, vector, link.duplicate_of if link else None))
    assigned = time.perf_counter()
    write = StoryWrite((signature,), (vector,), (link,) if link else (), (state,), (member,))
    return write, checked - started, assigned - checked


def merge(writes: list[StoryWrite]) -> StoryWrite:
    states = {state.id: state for w in writes for state in w.stories}
    return StoryWrite(tuple(s for w in writes for s in w.signatures), tuple(v for w in writes for v in w.vectors),
                      tuple(d for w in writes for d in w.duplicates), tuple(states.values()),
                      tuple(m for w in writes for m in w.members))


def percentiles(seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    return f"p50 {statistics.median(ms):.2f} ms, p95 {ms[int(0.95 * len(ms)) - 1]:.2f} ms, mean {statistics.mean(ms):.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    generator = Generator()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stories.db"
        store = open_store(path)
        stage = StoryStage(vectorizer=None)
        started = time.perf_counter()
        pending, analyses = [], []
        for number in range(args.articles):
            document, vector = generator.document(number)
            analyses.append(generator.analysis(number))
            pending.append(thread(stage, document, vector)[0])
            if len(pending) == 1000:
                store.add_analyses(analyses)
                store.save_stories(merge(pending))
                pending, analyses = [], []
        if pending:
            store.add_analyses(analyses)
            store.save_stories(merge(pending))
        built = time.perf_counter() - started
        print(f"store: {args.articles:,} generated articles threaded and stored in {built:.0f} s; "
              f"{len(stage.threads.stories):,} stories; {path.stat().st_size / 2**20:.0f} MB on disk")
        del stage
        gc.collect()
        before = resident_mb()
        fresh = StoryStage(vectorizer=None)
        load = fresh.load(store)
        gc.collect()
        held = resident_mb() - before
        print(f"run start: LSH index rebuilt from {load.signatures:,} stored signatures and {load.stories:,} "
              f"stories loaded in {load.seconds:.1f} s; the stage holds {held:.0f} MB "
              f"({held / args.articles * 100_000:.0f} MB per 100,000 articles)")
        checks, assigns = [], []
        for number in range(args.articles, args.articles + TIMED):
            document, vector = generator.document(number)
            _, check, assign = thread(fresh, document, vector)
            checks.append(check)
            assigns.append(assign)
        print(f"per article at {args.articles:,}: story assignment {percentiles(assigns)}")
        print(f"per article at {args.articles:,}: near-duplicate check (MinHash + LSH query) {percentiles(checks)}")
        store.close()


if __name__ == "__main__":
    main()
