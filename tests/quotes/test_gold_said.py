"""The `said` field of the gold quote files: when each quote was said, checked by check_gold.py's rules."""

from __future__ import annotations

import importlib.util
import json

import pytest

from conftest import REPO

DATA = REPO / "tests" / "quotes" / "data"
GOLD_FILES = (DATA / "gold_quotes.jsonl", DATA / "heldout" / "heldout_quotes.jsonl")


def check_gold():
    spec = importlib.util.spec_from_file_location("quotes_check_gold", DATA / "check_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def said(value, precision, basis):
    return {"value": value, "precision": precision, "basis": basis}


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_every_gold_quote_has_a_valid_said(path):
    said_errors = check_gold().said_errors
    problems = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for quote in record["quotes"]:
            assert "said" in quote, (record["url"], quote["text"][:40])
            problems += [(record["url"], quote["text"][:40], msg)
                         for msg in said_errors(quote["said"], record["published"])]
    assert problems == []


@pytest.mark.parametrize("value, precision, published", [
    ("2023-01-18", "day", "2023-01-19"),   # 'zei woensdag' before a Thursday article
    ("2023-12-31", "day", "2023-12"),      # a day inside a month-only publication date
    ("2021-W46", "week", "2021-11-18"),    # 'eerder deze week': the week has days after publication
    ("2018", "year", "2025-09-29"),
    ("2025", "year", None),                # an undated article whose text fixes the year
])
def test_said_on_or_before_publication_is_accepted(value, precision, published):
    assert check_gold().said_errors(said(value, precision, "clause"), published) == []


@pytest.mark.parametrize("quote_said, published, complaint", [
    (said("2023-01-20", "day", "clause"), "2023-01-19", "after the publication date"),
    (said("2024-01", "month", "narrative"), "2023-12", "after the publication date"),
    (said("2021-W47", "week", "clause"), "2021-11-18", "after the publication date"),
    (said("2023-05", "day", "clause"), "2023-05", "does not match"),
    (said("2021-W46", "month", "clause"), "2021-11-18", "does not match"),
    (said("2023-05", "month", "guess"), "2023-05", "not in"),
    (said("2023-05-12", "day", "publication"), "2023-05", "is not the published date"),
    (said("2023-02-30", "day", "clause"), "2023-03", "is not YYYY-MM-DD"),
    (said("2021-W54", "week", "clause"), "2021-12", "is not YYYY-MM-DD"),
    ({"value": "2023-05", "precision": "month"}, "2023-05", "must be null or"),
    (None, "2023-05", "null although the article is dated"),
])
def test_malformed_or_late_said_is_reported(quote_said, published, complaint):
    errors = check_gold().said_errors(quote_said, published)
    assert any(complaint in e for e in errors), errors
