"""A body the knowledge base lacks keeps its name as the text gives it: 'het Poolse ministerie van
Defensie' is 'poolse-ministerie-van-defensie', as the annotators write it (invented sentences)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "quotes"))
from test_quotes import quotes_of_fixture  # noqa: E402,F401  (the quotes_of fixture)


def test_a_foreign_ministry_keeps_its_inflected_adjective(quotes_of):
    text = ("Meer dan duizend gezinnen zijn ondergebracht in scholen, meldt het ministerie van Landbouw. "
            "Aan de Poolse kant zijn 4000 mensen geëvacueerd, aldus het Poolse ministerie van Defensie.")
    speakers = {q.speaker for q in quotes_of(text)}
    assert "local:org:poolse-ministerie-van-defensie" in speakers
    assert "local:org:pools-ministerie-van-defensie" not in speakers
