"""Tokens of Dutch news that later stages rely on (issue 4 lists them)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, tokens", [
    ("'s avonds met zo'n auto's bij d'r moeder", ["'s", "avonds", "met", "zo'n", "auto's", "bij", "d'r", "moeder"]),
    ("om 14u53 op de NAVO-top", ["om", "14u53", "op", "de", "NAVO-top"]),
    ("Noord-Korea en de Trump-regering", ["Noord-Korea", "en", "de", "Trump-regering"]),
    ("''Het werkt'', zei hij", ["''", "Het", "werkt", "''", ",", "zei", "hij"]),
    (",,Veel landen.” „Rode lijn”", [",,", "Veel", "landen", ".", "”", "„", "Rode", "lijn", "”"]),
    ("Peter R. de Vries en mr. Jansen o.a. in Den Haag", ["Peter", "R.", "de", "Vries", "en", "mr.", "Jansen", "o.a.",
                                                        "in", "Den", "Haag"]),
])
def test_dutch_news_tokens(pipeline, text, tokens):
    assert [t.text for t in pipeline.nlp.tokenizer(text)] == tokens
