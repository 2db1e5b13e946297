"""Accent-free lowercase forms of names: lookup keys, and the slugs local ids are made of
(entities/local_ids.py makes the ids)."""

from __future__ import annotations

import re
import unicodedata

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_APOSTROPHE_IN_WORD = re.compile(r"(?<=\w)['’‘`](?=\w)")  # 'D’Haese', "O'Neill": one word


def strip_accents(text: str) -> str:
    """'Oekraïne' -> 'Oekraine', 'Máxima' -> 'Maxima'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slug(text: str) -> str:
    """'Jeroen de Jager' -> 'jeroen-de-jager', 'Jos D’Haese' -> 'jos-dhaese'; never empty."""
    return _NOT_SLUG.sub("-", strip_accents(_APOSTROPHE_IN_WORD.sub("", text)).lower()).strip("-") or "x"
