"""Office holders the knowledge base gained in 2026-12 (kb21: US cabinet and White House staff,
Russian, Chinese, Ukrainian and Israeli officials, heads of international bodies, EU commissioners)
link by name, surname and transliteration (invented sentences)."""

from __future__ import annotations

import json
from pathlib import Path

from linking_support import run_linker

PATTERNS = Path(__file__).resolve().parents[2] / "data" / "lexicons" / "actor_patterns.jsonl"


def links(text, spans, published, home="gpe:nl"):
    mentions, _ = run_linker(text, spans, published, home)
    return {m.text: m.entity for m in mentions}


def test_a_spokeswoman_links_by_dutch_and_english_transliteration():
    found = links("Maria Zacharova sprak. Later zei Zakharova meer.", [("Maria Zacharova", "PER"),
                                                                       ("Zakharova", "PER")], "2023-03-02")
    assert found["Maria Zacharova"] == "per:maria-zacharova"
    assert found["Zakharova"] == "per:maria-zacharova"


def test_a_head_of_an_international_body_links_by_surname():
    found = links("Rafael Grossi reisde af. Grossi wil inspecteurs sturen.", [("Rafael Grossi", "PER"),
                                                                             ("Grossi", "PER")], "2024-06-01")
    assert found["Grossi"] == "per:rafael-grossi"


def test_a_defence_minister_links_by_hyphenated_surname():
    found = links("Ben-Gvir en Gallant waren het oneens.", [("Ben-Gvir", "PER"), ("Gallant", "PER")], "2023-08-01")
    assert found == {"Ben-Gvir": "per:itamar-ben-gvir", "Gallant": "per:yoav-gallant"}


def test_surnames_that_are_dutch_words_are_no_patterns():
    """'Noem' (a verb) and 'Kast' (a cupboard) would tag ordinary words as these people."""
    patterns = {json.loads(line)["pattern"] for line in PATTERNS.read_text(encoding="utf-8").splitlines()
                if isinstance(json.loads(line)["pattern"], str)}
    assert "Kristi Noem" in patterns and "Noem" not in patterns
    assert "José Antonio Kast" in patterns and "Kast" not in patterns
