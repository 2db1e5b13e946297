"""API latency on a large store: p50/p95 of each endpoint over HTTP, beside the same query through
the Python query layer (query/), in one run.

The store is built by bench/query_latency.py's generator (no NLP: generated records written
through the store interface), the server is `nieuwsgraaf serve` in its own process, and the
client asks one request at a time. Targets (#16): p95 <= 100 ms per endpoint, <= 300 ms for a
one-year graph. Usage: python bench/api_latency.py [--articles N] [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from nieuwsgraaf.entities import load_knowledge_base
from nieuwsgraaf.query import (
    article_view,
    entity_profile,
    event_query,
    events_page,
    graph,
    list_entities,
    quote_query,
    quotes_page,
    search_page,
    stats,
    timeline,
)
from nieuwsgraaf.records import SearchQuery
from nieuwsgraaf.store import open_store
from query_latency import RARE, build, timed

TRUMP = "per:donald-trump"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serve(db: str) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("NIEUWSGRAAF_API_TOKEN", None)
    process = subprocess.Popen([sys.executable, "-m", "nieuwsgraaf", "serve", "--db", db, "--port", str(port)],
                               env=env, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(f"{url}/api/stats", timeout=5)
            return process, url
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the server did not start") from None
            time.sleep(0.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    kb = load_knowledge_base()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.db"
        seconds = build(path, args.articles, [TRUMP, *sorted(a for a in kb.actors if a != TRUMP)])
        store = open_store(str(path), readonly=True)
        article = store.search(SearchQuery("", since="2018", limit=1))[0].id
        # The generator's entities are Zipf-distributed: Trump is in half the articles (the worst
        # case); the 50th most frequent one is in about 1% of them.
        typical = store.top_entities(limit=50)[-1].id
        year = {"since": "2018", "until": "2018"}
        # name: (HTTP path and parameters, the same question through the query layer)
        cases = {
            "search common word + facets": ("/api/articles", {"q": "kabinet", "limit": 20},
                                            lambda: search_page(store, SearchQuery("kabinet", limit=20))),
            "search rare word + facets": ("/api/articles", {"q": RARE},
                                          lambda: search_page(store, SearchQuery(RARE, limit=50))),
            "search one year + facets": ("/api/articles", {"q": "kabinet", **year, "limit": 20},
                                         lambda: search_page(store, SearchQuery("kabinet", "2018", "2018", limit=20))),
            "article view": (f"/api/articles/{article}", {}, lambda: article_view(store, article)),
            "entities page": ("/api/entities", {"limit": 50}, lambda: list_entities(store, limit=50)),
            "entities q=Pers": ("/api/entities", {"q": "Pers", "limit": 50},
                                lambda: list_entities(store, q="Pers", limit=50)),
            "entity Trump": (f"/api/entities/{TRUMP}", {"date": "2018"},
                             lambda: entity_profile(store, TRUMP, kb, "2018")),
            "entity ranked 50th": (f"/api/entities/{typical}", {}, lambda: entity_profile(store, typical, kb)),
            "quotes by Trump": ("/api/quotes", {"speaker": TRUMP},
                                lambda: quotes_page(store, quote_query(store, kb, TRUMP))),
            "events of Trump": ("/api/events", {"actor": TRUMP},
                                lambda: events_page(store, event_query(store, kb, source=TRUMP))),
            "graph one year": ("/api/graph", year, lambda: graph(store, kb, since="2018", until="2018")),
            "graph Trump one year": ("/api/graph", {"entity": TRUMP, **year},
                                     lambda: graph(store, kb, TRUMP, "2018", "2018")),
            "graph all years": ("/api/graph", {}, lambda: graph(store, kb)),
            "timeline Trump by month": ("/api/timeline", {"entity": TRUMP, "by": "month"},
                                        lambda: timeline(store, kb, TRUMP, "month")),
            "timeline 50th by month": ("/api/timeline", {"entity": typical, "by": "month"},
                                       lambda: timeline(store, kb, typical, "month")),
            "stats": ("/api/stats", {}, lambda: stats(store)),
        }
        process, url = _serve(str(path))
        size = path.stat().st_size
        print(f"store: {args.articles:,} generated articles (no NLP), built in {seconds:.0f} s, "
              f"{size / 2**20:.0f} MB; server: nieuwsgraaf serve (one process), client: one request at a time")
        print(f"{'endpoint':30} {'HTTP p50':>9} {'HTTP p95':>9} {'query p50':>10} {'query p95':>10}  (ms)")
        try:
            with httpx.Client(base_url=url, timeout=60) as client:
                for name, (route, params, direct) in cases.items():
                    response = client.get(route, params=params)  # warm the page cache
                    assert response.status_code == 200, (name, response.text)
                    direct()
                    http = timed(lambda route=route, params=params: client.get(route, params=params), args.repeat)
                    python = timed(direct, args.repeat)
                    print(f"{name:30} {http[0]:9.1f} {http[1]:9.1f} {python[0]:10.1f} {python[1]:10.1f}")
        finally:
            process.terminate()
            process.wait(timeout=10)
            store.close()


if __name__ == "__main__":
    main()
