"""Shared fixtures: paths to ../shared, the Dutch pipeline (loaded once), temporary stores, and a
throwaway PostgreSQL server (postgres_server.py)."""

from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

from nieuwsgraaf.nlp import load_pipeline
from nieuwsgraaf.settings import Settings
from postgres_server import new_database, postgres_url  # noqa: F401  (fixtures: a throwaway PostgreSQL)

# Ingests in tests analyse in the test process (and its subprocesses), as fast small runs should:
# a worker process per core costs seconds of start-up per run. tests/cli/test_workers.py asks for workers.
os.environ.setdefault("NIEUWSGRAAF_WORKERS", "1")

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NG_SHARED", REPO.parent / "shared")).resolve()
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus" / "nl-news-dev.jsonl"
EXAMPLES = REPO / "examples"
FIXTURES = REPO / "tests" / "fixtures"


def need_shared() -> None:
    if not CORPUS.is_file() or not SEEDS.is_dir():
        pytest.skip(f"../shared is not beside the checkout ({SHARED})")


def load_bench(name: str):
    """A module of bench/ (the evaluations the quality floors reuse)."""
    bench = str(REPO / "bench")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    spec = importlib.util.spec_from_file_location(name, REPO / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus_records() -> list[dict]:
    if not CORPUS.is_file():
        return []
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def pipeline():
    """The default Dutch pipeline, loaded once per test run."""
    return load_pipeline(Settings().model, default=Settings().model)


@pytest.fixture(scope="session")
def fallback_pipeline():
    return load_pipeline("none")


@pytest.fixture(scope="session")
def fast_pipeline():
    """The fast pipeline for bulk runs (CNN only)."""
    return load_pipeline("nl_nieuwsgraaf_fast")


@pytest.fixture()
def settings(tmp_path) -> Settings:
    return Settings(db=str(tmp_path / "test.db"))


def page_size(path: Path) -> int:
    """The page size of a SQLite file."""
    with closing(sqlite3.connect(path)) as db, db:
        return db.execute("PRAGMA page_size").fetchone()[0]


def damage_pages(path: Path) -> None:
    """Overwrite the head and the middle of every page after the first with garbage: a database
    whose header still reads but whose tables do not."""
    size, data = page_size(path), bytearray(path.read_bytes())
    for start in range(size, len(data), size):
        data[start + size // 4:start + 3 * size // 4] = b"\x5a" * (size // 2)
        data[start:start + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
