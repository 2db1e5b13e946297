"""The CLI end to end against PostgreSQL: `ingest --db postgresql://…`, then the query commands
answer as they do on a SQLite file ingested from the same input."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import EXAMPLES, REPO

INPUT = str(EXAMPLES / "txt")
QUERIES = [
    ["search", "NAVO"],
    ["search", "heffing*", "--since", "2025"],
    ["search", '"code oranje"'],
    ["stats"],
    ["entities", "--top", "20"],
    ["entity", "Rutte"],
    ["quotes", "--speaker", "Rutte"],
    ["events", "--limit", "50"],
]


def nieuwsgraaf(*args: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    return subprocess.run([sys.executable, "-m", "nieuwsgraaf", *args], capture_output=True, text=True,
                          timeout=300, env=environment, check=False)


@pytest.fixture(scope="module")
def both(new_database, tmp_path_factory) -> tuple[str, str]:
    """(SQLite path, PostgreSQL URL with a password), each filled by `nieuwsgraaf ingest`."""
    # Trust authentication ignores the password; it is there to show that it is never printed.
    url = new_database("cli").replace("postgres@", "postgres:zeer-geheim@", 1)
    path = str(tmp_path_factory.mktemp("cli") / "cli.db")
    for db in (path, url):
        ran = nieuwsgraaf("ingest", INPUT, "--db", db, "--model", "nl_nieuwsgraaf_fast", "--json")
        assert ran.returncode == 0, ran.stderr
        assert "zeer-geheim" not in ran.stdout + ran.stderr
        assert json.loads(ran.stdout)["stored"] == 12
    return path, url


@pytest.mark.slow
@pytest.mark.parametrize("query", QUERIES, ids=" ".join)
def test_query_commands_answer_alike(both, query):
    path, url = both
    lite, postgres = (nieuwsgraaf(*query, "--db", db, "--json") for db in (path, url))
    assert postgres.returncode == lite.returncode == 0, postgres.stderr
    lite_rows, postgres_rows = json.loads(lite.stdout), json.loads(postgres.stdout)
    assert lite_rows
    if query[0] == "search":  # ranks and snippets differ; the articles found do not
        assert sorted(hit["id"] for hit in lite_rows) == sorted(hit["id"] for hit in postgres_rows)
    else:
        assert lite_rows == postgres_rows


@pytest.mark.slow
def test_a_store_error_names_the_url_without_its_password(both, new_database):
    empty = new_database("empty").replace("postgres@", "postgres:zeer-geheim@", 1)
    ran = nieuwsgraaf("search", "NAVO", "--db", empty)
    assert ran.returncode != 0
    assert "is an empty database" in ran.stderr and "postgres:***@" in ran.stderr
    assert "zeer-geheim" not in ran.stderr
    shown = nieuwsgraaf("settings", "--db", both[1], "--json")
    assert "zeer-geheim" not in shown.stdout and "postgres:***@" in shown.stdout
