"""Where a name stands on its own in a text (entities/grouping.py): the plain string search must find
exactly what the regular expression `(?<![\\w-])NAME(?![\\w-])` finds."""

from __future__ import annotations

import re

import pytest

from nieuwsgraaf.entities.grouping import _standalone


def _by_regex(text: str, surface: str) -> list[tuple[int, int]]:
    pattern = r"(?<![\w-])" + re.escape(surface) + (r"(?![\w-])" if surface[-1].isalnum() else "")
    return [m.span() for m in re.finditer(pattern, text)]


@pytest.mark.parametrize("text, surface", [
    ("Rutte sprak. Rutte-fans juichten, anti-Rutte ook; Ruttes beleid en Rutte.", "Rutte"),
    ("De Vries, de Vries en DeVries: De Vries_2 en De Vries", "De Vries"),
    ("Krystian M. en Gerower M. zagen M.M. niet", "M."),
    ("ÉÉn Ödön, Ödönke en Ödön-achtig; Ödön", "Ödön"),
    ("aaaa aa aaa", "aaa"),
    ("NAVO NAVO-top NAVO2 _NAVO NAVO", "NAVO"),
    ("", "Rutte"),
])
def test_the_string_search_finds_what_the_regex_finds(text, surface):
    assert list(_standalone(text, surface)) == _by_regex(text, surface)
