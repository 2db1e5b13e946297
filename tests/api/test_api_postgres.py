"""The API answers the same from PostgreSQL as from SQLite: the examples ingested into both with
the same pipeline, a live server over each, the main endpoints' JSON compared whole (searches
with words: their facets and the articles found, since ranks and snippets differ by design)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from nieuwsgraaf.api import create_app
from nieuwsgraaf.pipeline import ingest
from nieuwsgraaf.settings import Settings
from nieuwsgraaf.store import open_store

from .conftest import EXAMPLES, INPUTS, LiveServer

SRC = str(Path(__file__).resolve().parents[2] / "src")

SAME_JSON = [
    ("/api/stats", {}),
    ("/api/articles", {"since": "2025", "limit": 200}),
    ("/api/articles", {"source": "voorbeeldkrant.nl", "limit": 5}),
    ("/api/entities", {"limit": 200}),
    ("/api/entities", {"label": "PER", "limit": 7}),
    ("/api/entities", {"q": "mark r"}),
    ("/api/entities/per:mark-rutte", {"date": "2020"}),
    ("/api/entities/Q57792", {}),
    ("/api/quotes", {"limit": 200}),
    ("/api/quotes", {"speaker": "Rutte", "limit": 200}),
    ("/api/quotes", {"since": "2025-03", "limit": 13}),
    ("/api/events", {"limit": 200}),
    ("/api/graph", {"limit": 15}),
    ("/api/graph", {"since": "2025", "until": "2025"}),
    ("/api/graph", {"entity": "per:mark-rutte", "types": "quoted-about,co-mention"}),
    ("/api/timeline", {"entity": "per:mark-rutte", "by": "month"}),
    ("/api/timeline", {"entity": "per:mark-rutte", "by": "week", "since": "2024"}),
    ("/api/articles", {"since": "2018-13"}),  # problems too
    ("/api/entities/per:niemand", {}),
]


@pytest.fixture(scope="module")
def postgres_api_db(new_database, fallback_pipeline) -> str:
    """The examples ingested into PostgreSQL exactly as `api_db` ingests them into SQLite."""
    url = new_database("api")
    store = open_store(url)
    try:
        report = ingest([str(EXAMPLES / name) for name in INPUTS], store, Settings(db=url, model="none"),
                        fallback_pipeline)
    finally:
        store.close()
    assert report.stored > 20
    return url


@pytest.fixture(scope="module")
def postgres_client(postgres_api_db):
    with LiveServer(create_app(postgres_api_db, Settings(db=postgres_api_db, model="none"))) as live, \
            httpx.Client(base_url=live.url, timeout=30) as http:
        yield http


@pytest.mark.parametrize(("path", "params"), SAME_JSON, ids=[f"{p} {q}" for p, q in SAME_JSON])
def test_the_same_json_from_both_stores(client, postgres_client, path, params):
    lite, postgres = client.get(path, params=params), postgres_client.get(path, params=params)
    assert lite.status_code == postgres.status_code
    assert lite.json() == postgres.json()


@pytest.mark.parametrize("words", ["de", "NAVO", '"code oranje"', "kabinet NOT NAVO"])
def test_searches_find_the_same_articles_and_facets(client, postgres_client, words):
    lite, postgres = (http.get("/api/articles", params={"q": words, "limit": 200}).json()
                      for http in (client, postgres_client))
    assert lite["facets"] == postgres["facets"] and lite["facets"]["total"] > 0
    assert sorted(hit["id"] for hit in lite["hits"]) == sorted(hit["id"] for hit in postgres["hits"])


def test_every_article_view_is_the_same(client, postgres_client):
    ids = [hit["id"] for hit in client.get("/api/articles", params={"since": "1900", "limit": 200}).json()["hits"]]
    assert len(ids) > 20
    for article_id in ids:
        assert client.get(f"/api/articles/{article_id}").json() == \
            postgres_client.get(f"/api/articles/{article_id}").json()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.slow
def test_serve_answers_from_postgresql_without_showing_the_password(postgres_api_db):
    url = postgres_api_db.replace("postgres@", "postgres:zeer-geheim@", 1)  # trust authentication ignores it
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": SRC}
    env.pop("NIEUWSGRAAF_API_TOKEN", None)
    process = subprocess.Popen([sys.executable, "-m", "nieuwsgraaf", "serve", "--db", url, "--port", str(port)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                answers = [httpx.get(f"http://127.0.0.1:{port}{path}", timeout=5)
                           for path in ("/api/stats", "/api/entities/per:mark-rutte", "/api/graph")]
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read()
                assert time.monotonic() < deadline, "serve did not answer within 30 s"
                time.sleep(0.2)
        assert [a.status_code for a in answers] == [200, 200, 200]
        assert answers[0].json()["articles"] > 20
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    assert "serving postgresql://postgres:***@127.0.0.1" in stderr and "zeer-geheim" not in stderr
