"""LIKE patterns both stores read the same way: the user's words literally, not as wildcards."""

from __future__ import annotations

LIKE_ESCAPE = "\\"


def contains_pattern(words: str) -> str:
    """A LIKE pattern (with ESCAPE LIKE_ESCAPE) matching any text that contains `words`, so that
    '%', '_' and the escape character in them are themselves ('50%' is not '50' + anything)."""
    escaped = words.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%").replace("_", LIKE_ESCAPE + "_")
    return f"%{escaped}%"
