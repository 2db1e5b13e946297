"""Accent-free lowercase forms of names: lookup keys and the stable local ids of unknown actors."""

from __future__ import annotations

import re
import unicodedata

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def strip_accents(text: str) -> str:
    """'Oekraïne' -> 'Oekraine', 'Máxima' -> 'Maxima'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slug(text: str) -> str:
    """'Jeroen de Jager' -> 'jeroen-de-jager'; never empty."""
    return _NOT_SLUG.sub("-", strip_accents(text).lower()).strip("-") or "x"


def local_id(kind: str, name: str) -> str:
    """The id of an actor the knowledge base does not know: same name and kind, same id."""
    return f"local:{kind.lower()}:{slug(name)}"
