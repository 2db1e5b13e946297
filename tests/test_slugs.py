"""Slugs of local ids (invented names)."""

from __future__ import annotations

import pytest

from nieuwsgraaf.slugs import slug


@pytest.mark.parametrize("name, expected", [
    ("Jeroen de Jager", "jeroen-de-jager"),
    ("Els D’Hooghe", "els-dhooghe"),  # an apostrophe inside a name joins it
    ("Sean O'Leary", "sean-oleary"),
    ("de 'groene' partij", "de-groene-partij"),  # marks around a word are no part of it
    ("Zoë Ébert", "zoe-ebert"),
    ("’", "x"),
])
def test_slug(name, expected):
    assert slug(name) == expected
