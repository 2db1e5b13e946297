"""The whitespace of printed Dutch, for token lists that lost it (CoNLL-2002 keeps none)."""

from __future__ import annotations

NO_SPACE_BEFORE = frozenset(",.;:!?)]}%\u201d")
NO_SPACE_AFTER = frozenset("([{\u201e\u201c")


def printed_spacing(words: list[str]) -> list[bool]:
    """Whether a space follows each word: none before , . ) etc., none after ( „ etc., none at the end."""
    return [i + 1 < len(words) and words[i + 1] not in NO_SPACE_BEFORE and word not in NO_SPACE_AFTER
            for i, word in enumerate(words)]
