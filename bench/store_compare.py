"""SQLite against PostgreSQL on the same generated store: ingest speed, size and query latency.

SQLite (also as `ingest --bulk` loads it: query indexes built once at the end) and PostgreSQL
get the same N generated articles (bench/query_latency.py's generator: no NLP,
long-tailed entities, a quote and an event per article), written through the store interface in
batches of 500. Reported per store: articles/s over the first and the last 10,000 articles (10 %
of them below 100,000), bytes per article, and p50/p95 of issue #18's queries through the Python
API (query/): search (common word, rare word, phrase, date filter), `entities --top 50`, `entity`,
`quotes --speaker`; and of the API's heaviest questions: search facets on a word in nearly every
article, and the month timeline of the most frequent actor.

PostgreSQL: `--postgres URL` (an empty database is created beside the one named, and dropped
after), else a throwaway server is started from /usr/lib/postgresql/*/bin as tests do.
Usage: python bench/store_compare.py [--articles 20000] [--repeat 30] [--postgres URL]
       (`make bench` runs 20,000; issue #18's figure is --articles 200000, about 20 minutes)
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg

from nieuwsgraaf.entities import load_knowledge_base
from nieuwsgraaf.query import (
    entity_profile,
    find_quotes,
    search_articles,
    search_page,
    timeline,
    top_entities,
)
from nieuwsgraaf.records import SearchQuery
from nieuwsgraaf.store import open_store
from query_latency import RARE, make_analysis, timed

BATCH = 500
TOP_PERSON = "per:donald-trump"


def _entities(kb_ids: list[str], count: int) -> list[tuple[str, str]]:
    """(id, name): the knowledge base's actors first, then made-up people (as query_latency.py)."""
    found = [(i, i.split(":", 1)[1].replace("-", " ").title()) for i in kb_ids[:count]]
    return found + [(f"local:per:persoon-{n}", f"Persoon {n}") for n in range(count - len(found))]


def build(db: str, articles: int, kb_ids: list[str], bulk: bool = False) -> tuple[list[float], float]:
    """Fill the store at `db`: the seconds each batch took, and those a bulk load's index building took
    at the end (0 without `bulk`)."""
    rng = random.Random(18)  # the same articles in every store
    entities = _entities(kb_ids, 5000)
    weights = [1 / (rank + 1) for rank in range(len(entities))]
    store = open_store(db)
    seconds = []
    with store.bulk_load() if bulk else contextlib.nullcontext():
        for start in range(0, articles, BATCH):
            batch = [make_analysis(number, rng, entities, weights)
                     for number in range(start, min(start + BATCH, articles))]
            began = time.perf_counter()
            store.add_analyses(batch)
            seconds.append(time.perf_counter() - began)
        leaving = time.perf_counter()  # what follows the block is the bulk load's index building
    indexing = time.perf_counter() - leaving
    store.close()
    return seconds, indexing


def rates(seconds: list[float], articles: int) -> tuple[float, float, int]:
    """Articles per second over the first and the last 10,000 articles (10 % below 100,000), and
    how many articles each of the two spans holds."""
    span = 10_000 if articles >= 100_000 else max(BATCH, articles // 10)
    batches = max(1, span // BATCH)
    first, last = seconds[:batches], seconds[-batches:]
    return batches * BATCH / sum(first), (articles - (len(seconds) - batches) * BATCH) / sum(last), batches * BATCH


@contextlib.contextmanager
def postgres_database(url: str | None) -> Iterator[str]:
    """An empty database: on the server of `url`, or on a throwaway server."""
    with contextlib.ExitStack() as stack:
        if url is None:
            sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
            from postgres_server import server_binaries, throwaway_server

            binaries = server_binaries()
            if binaries is None:
                raise SystemExit("no PostgreSQL server binaries; pass --postgres URL")
            url = stack.enter_context(throwaway_server(binaries))
        name = f"ng_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield url.rsplit("/", 1)[0] + f"/{name}"
        finally:
            with psycopg.connect(url, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def size_of(db: str) -> int:
    if db.startswith("postgresql://"):
        with psycopg.connect(db, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")  # what autovacuum does soon after a bulk load
            return conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]
    return sum(path.stat().st_size for path in Path(db).parent.glob(Path(db).name + "*"))


def measure(name: str, db: str, args: argparse.Namespace, kb, kb_ids: list[str], bulk: bool = False) -> dict:
    seconds, indexing = build(db, args.articles, kb_ids, bulk)
    first, last, span = rates(seconds, args.articles)
    size = size_of(db)
    store = open_store(db, readonly=True)
    queries = {
        "search common word": lambda: search_articles(store, SearchQuery("kabinet", limit=20)),
        "search rare word": lambda: search_articles(store, SearchQuery(RARE, limit=20)),
        "search phrase": lambda: search_articles(store, SearchQuery('"handel heffingen"', limit=20)),
        "search date filter": lambda: search_articles(
            store, SearchQuery("kabinet", since="2018-01", until="2018-12", limit=20)),
        "entities --top 50": lambda: top_entities(store, None, 50),
        "entity Trump": lambda: entity_profile(store, "Donald Trump", kb),
        "quotes --speaker Trump": lambda: find_quotes(store, kb, speaker="Donald Trump", limit=50),
        "API search facets common": lambda: search_page(store, SearchQuery("kabinet", limit=20)),
        "API timeline Trump month": lambda: timeline(store, kb, TOP_PERSON, "month"),
    }
    latency = {}
    for query, call in queries.items():
        call()  # warm the caches
        latency[query] = timed(call, args.repeat)
    store.close()
    return {"name": name, "seconds": sum(seconds) + indexing, "indexing": indexing, "first": first, "last": last,
            "span": span, "size": size,
            "latency": latency}


def report(results: list[dict], articles: int) -> None:
    print(f"{articles:,} generated articles per store (no NLP), batches of {BATCH}; ingest speed over the first "
          f"and the last {results[0]['span']:,}")
    print(f"{'':26}" + "".join(f"{r['name']:>22}" for r in results))
    rows = [
        ("ingest total s", lambda r: f"{r['seconds']:.0f}"),
        ("of which indexes at end s", lambda r: f"{r['indexing']:.1f}"),
        ("articles/s first", lambda r: f"{r['first']:,.0f}"),
        ("articles/s last", lambda r: f"{r['last']:,.0f} ({r['last'] / r['first'] - 1:+.0%})"),
        ("KB per article", lambda r: f"{r['size'] / articles / 1024:.1f}"),
    ]
    for label, cell in rows:
        print(f"{label:26}" + "".join(f"{cell(r):>22}" for r in results))
    print(f"{'p50 / p95 ms':26}")
    for query in results[0]["latency"]:
        print(f"  {query:24}" + "".join(
            f"{r['latency'][query][0]:>11.1f} /{r['latency'][query][1]:>8.1f}" for r in results))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--postgres", help="postgresql:// URL of a server to create the bench database on")
    parser.add_argument("--only", choices=["sqlite", "postgres"], help="measure one store only")
    args = parser.parse_args()
    kb = load_knowledge_base()
    kb_ids = [TOP_PERSON, *sorted(a for a in kb.actors if a != TOP_PERSON)]
    results = []
    if args.only != "postgres":
        with tempfile.TemporaryDirectory() as tmp:
            results.append(measure("SQLite", str(Path(tmp) / "compare.db"), args, kb, kb_ids))
        with tempfile.TemporaryDirectory() as tmp:
            results.append(measure("SQLite --bulk", str(Path(tmp) / "bulk.db"), args, kb, kb_ids, bulk=True))
    if args.only != "sqlite":
        with postgres_database(args.postgres) as url:
            results.append(measure("PostgreSQL", url, args, kb, kb_ids))
    report(results, args.articles)


if __name__ == "__main__":
    main()
