"""The bundled sample articles against their hand-written expectations."""

from __future__ import annotations

import json

import pytest

from conftest import EXAMPLES, FIXTURES
from nieuwsgraaf.clean import clean_document, load_clean_rules
from nieuwsgraaf.records import RawDocument

EXPECTATIONS = sorted((FIXTURES / "expectations").glob("*.json"))


@pytest.mark.parametrize("path", EXPECTATIONS, ids=lambda p: p.stem)
def test_sample_article_is_cleaned_as_expected(path):
    expected = json.loads(path.read_text("utf-8"))
    source = EXAMPLES / "txt" / expected["file"]
    raw = RawDocument(origin=str(source), text=source.read_text("utf-8"), format="txt")
    article = clean_document(raw, load_clean_rules()).article
    published = article.published.to_json() if article.published else None
    assert published == expected["published"]
    assert article.title == expected["title"]
    assert article.agency == expected["agency"]
    assert article.dateline == expected["dateline"]
    for sentence in expected["must_contain"]:
        assert sentence in article.text
    for chrome in expected["must_not_contain"]:
        assert chrome not in article.text, f"{chrome!r} left in"
