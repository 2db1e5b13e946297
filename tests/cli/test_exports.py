"""`export` of articles, entities, quotes, edges and the graph, over a store of the examples made
by the fast pipeline: each table read back with a real reader (csv, json, pyarrow, networkx)."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from itertools import combinations
from pathlib import Path

import networkx
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from nieuwsgraaf.cli import app
from nieuwsgraaf.pipeline import ingest
from nieuwsgraaf.settings import Settings
from nieuwsgraaf.store import open_store

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, fast_pipeline) -> str:
    path = tmp_path_factory.mktemp("exports") / "exports.db"
    store = open_store(str(path))
    ingest([str(EXAMPLES / "txt"), str(EXAMPLES / "html")], store, Settings(), fast_pipeline)
    store.close()
    return str(path)


@pytest.fixture(scope="module")
def documents(store_path) -> list[dict]:
    """Every stored document JSON, read through the store (the truth the exports are checked on)."""
    store = open_store(store_path, readonly=True)
    try:
        return [store.get_document(a.id) for a in store.iter_articles(include_undated=True)]
    finally:
        store.close()


def _export(*args: str) -> str:
    result = runner.invoke(app, ["export", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_articles_in_every_format_carry_the_stored_text(store_path, documents, tmp_path):
    rows = list(csv.DictReader(io.StringIO(_export("articles", "--db", store_path))))
    assert len(rows) == len(documents) >= 10
    texts = {d["id"]: d["text"] for d in documents}
    assert all(row["text"] == texts[row["article_id"]] for row in rows)
    dated = [row["published"] for row in rows if row["published"]]
    assert dated == sorted(dated)  # oldest first
    lines = [json.loads(line) for line in _export("articles", "--db", store_path, "--format", "jsonl").splitlines()]
    assert [line["article_id"] for line in lines] == [row["article_id"] for row in rows]
    out = tmp_path / "articles.parquet"
    _export("articles", "--db", store_path, "--format", "parquet", "--out", str(out))
    table = pq.read_table(out)
    assert table.num_rows == len(rows) and table.column("text").to_pylist() == [row["text"] for row in rows]


def test_articles_of_a_period(store_path, documents):
    year = max(d["published"]["value"][:4] for d in documents if d.get("published"))
    rows = list(csv.DictReader(io.StringIO(_export("articles", "--db", store_path, "--since", year))))
    want = {d["id"] for d in documents if d.get("published") and d["published"]["value"][:4] >= year}
    assert {row["article_id"] for row in rows} == want and 0 < len(want) < len(documents)


def test_entities_with_their_counts_and_knowledge_base_fields(store_path, documents):
    rows = list(csv.DictReader(io.StringIO(_export("entities", "--db", store_path))))
    per_entity = Counter(e["id"] for d in documents for e in d["entities"])
    assert {row["entity_id"]: int(row["articles"]) for row in rows} == dict(per_entity)
    counts = [int(row["articles"]) for row in rows]
    assert counts == sorted(counts, reverse=True)
    known = [row for row in rows if row["wikidata"]]
    assert known and all(row["kind"] for row in known)


def test_quotes_slice_their_article(store_path, documents):
    lines = [json.loads(line) for line in _export("quotes", "--db", store_path, "--format", "jsonl").splitlines()]
    assert len(lines) == sum(len(d["quotes"]) for d in documents) > 0
    texts = {d["id"]: d["text"] for d in documents}
    for quote in lines:
        assert texts[quote["article_id"]][quote["start"]:quote["end"]] == quote["text"]


def test_co_mention_edges_count_the_articles_naming_both(store_path, documents):
    rows = list(csv.DictReader(io.StringIO(_export("edges", "--db", store_path, "--type", "co-mention"))))
    pairs = Counter(pair for d in documents for pair in combinations(sorted({e["id"] for e in d["entities"]}), 2))
    assert rows and {(r["source_id"], r["target_id"]): int(r["weight"]) for r in rows} == dict(pairs)
    assert {r["directed"] for r in rows} == {"False"}


def test_min_weight_and_node_limit(store_path):
    rows = list(csv.DictReader(io.StringIO(_export("edges", "--db", store_path, "--min-weight", "2"))))
    assert rows and all(int(r["weight"]) >= 2 for r in rows)
    few = list(csv.DictReader(io.StringIO(_export("edges", "--db", store_path, "--nodes", "3"))))
    assert len({r["source_id"] for r in few} | {r["target_id"] for r in few}) <= 3


@pytest.mark.parametrize("fmt, read", [("graphml", networkx.read_graphml), ("gexf", networkx.read_gexf)])
def test_graph_files_open_in_networkx(store_path, tmp_path, fmt, read):
    rows = list(csv.DictReader(io.StringIO(_export("edges", "--db", store_path))))
    out = tmp_path / f"graph.{fmt}"
    _export("graph", "--db", store_path, "--format", fmt, "--out", str(out))
    graph = read(out)
    assert graph.number_of_edges() == len(rows)
    directed = Counter(str(data["directed"]).lower() for _, _, data in graph.edges(data=True))
    assert directed == Counter(r["directed"].lower() for r in rows)
    assert {r["source_id"] for r in rows} | {r["target_id"] for r in rows} <= set(graph.nodes)
    trump = "per:donald-trump"
    if trump in graph.nodes:
        name = graph.nodes[trump].get("name") or graph.nodes[trump].get("label")
        assert name == "Donald Trump"


@pytest.mark.parametrize("args, message", [
    (["articles", "--format", "xlsx"], "unknown format"),
    (["graph", "--format", "csv"], "unknown format"),
    (["edges", "--type", "hug"], "unknown edge type"),
    (["articles", "--since", "2018-13"], "2018-13"),
])
def test_bad_arguments_are_usage_errors(store_path, args, message):
    result = runner.invoke(app, ["export", *args, "--db", store_path])
    assert result.exit_code == 2 and message in result.output
