"""The shape of the code: stages do not import each other, everything is documented."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from nieuwsgraaf.settings import Settings, describe_settings

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "nieuwsgraaf"
STAGES = ("ingest", "clean", "nlp", "store", "query", "cli")
# Which of our own packages each part may import.
ALLOWED = {
    "records": set(),
    "ingest": {"records"},
    "clean": {"records", "resources"},
    "nlp": {"records", "resources", "time", "events", "pooling"},
    "time": {"records", "resources", "periods", "morphology"},
    "store": {"records", "document", "periods"},
    "query": {"records", "store", "entities", "periods"},
    "cli": {"records", "settings", "pipeline", "query", "store", "nlp", "document", "entities", "report",
            "cluster", "workers", "api", "stories", "span_dating"},
    "cluster": {"records", "settings", "ingest", "pipeline", "nlp", "document", "store", "report", "stories"},
    "api": {"records", "settings", "query", "store", "entities", "pipeline", "nlp", "report", "web"},
    "web": {"records", "query"},
    "pipeline": {"records", "settings", "ingest", "clean", "nlp", "store", "time", "entities", "quotes",
                 "events", "report", "stories"},
    "workers": {"records", "pipeline", "nlp"},
    "span_dating": {"records", "clean", "nlp", "events", "pipeline"},
    "report": {"records"},
    "entities": {"records", "resources", "slugs"},
    "quotes": {"records", "resources", "time"},
    "events": {"records", "resources", "time", "periods", "morphology"},
    "periods": set(),
    "morphology": set(),  # a word's features from the tagger's string, shared by time and events
    "pooling": set(),
    "stories": {"records", "resources", "store", "document", "nlp", "periods", "pooling"},
}


def _own_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            parts = path.relative_to(PACKAGE).parts
            depth = len(parts) - node.level
            base = list(parts[:depth]) if depth > 0 else []
            target = base + (node.module.split(".") if node.module else [])
            if target:
                found.add(target[0].removesuffix(".py"))
            else:
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("nieuwsgraaf."):
            found.add(node.module.split(".")[1])
    return found


@pytest.mark.parametrize("part", sorted(ALLOWED))
def test_parts_import_only_what_the_pipeline_order_allows(part):
    files = [PACKAGE / f"{part}.py"] if (PACKAGE / f"{part}.py").exists() else list((PACKAGE / part).rglob("*.py"))
    assert files
    for path in files:
        imported = _own_imports(path) - {part}
        assert imported <= ALLOWED[part], f"{path.relative_to(PACKAGE)} imports {imported - ALLOWED[part]}"


def test_no_sql_outside_the_store():
    for path in PACKAGE.rglob("*.py"):
        if "store" in path.parts:
            continue
        assert "import sqlite3" not in path.read_text("utf-8"), path


def test_every_setting_has_help_and_a_readme_mention():
    readme = (PACKAGE.parents[1] / "README.md").read_text("utf-8")
    for name, default, help_text in describe_settings():
        assert help_text and help_text.endswith("."), name
        assert getattr(Settings(), name) == default
    assert "`model`" in readme


def test_actor_patterns_are_built_from_the_current_knowledge_base():
    import subprocess
    import sys

    script = PACKAGE.parents[1] / "data" / "actors" / "build" / "make_patterns.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True)
    assert result.returncode == 0, "data/lexicons/actor_patterns.jsonl is stale: run make_patterns.py"
