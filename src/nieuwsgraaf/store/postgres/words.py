"""The words of a text as the full-text index keeps them, matching SQLite's FTS5 `unicode61` tokenizer.

A word is a run of letters and digits; it is indexed lower-cased and without diacritics
(`remove_diacritics 2`), so `Oekraïense` is found by `oekraiense` and `NAVO-top` is the two words
`navo` and `top`, as in the SQLite store. The index is a `tsvector` built here, not by a
PostgreSQL text-search parser: the parser would read `NAVO-top` as three tokens and `10:30` as
a time, and both stores must find the same articles for the same search (see docs/scale.md).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

WORD = re.compile(r"[^\W_]+")
TITLE_WEIGHT = "A"  # the title's words; the text's carry no weight label (D)
# tsvector limits: positions 1..16383, at most 256 positions per word, a word under 2 KB.
MAX_POSITION = 16383
MAX_POSITIONS_PER_WORD = 256
MAX_WORD_BYTES = 2046
# Positions left free between the title and the text, so that neither a phrase nor NEAR (at most
# MAX_NEAR tokens apart) reaches from one into the other: FTS5 matches within one column.
COLUMN_GAP = 110
MAX_NEAR = 100


def fold(word: str) -> str:
    """`word` lower-cased, its diacritics removed (é -> e, ï -> i)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words_with_offsets(text: str) -> Iterator[tuple[str, int, int]]:
    """(folded word, start, end) for each word of `text`; offsets in characters, end exclusive."""
    for found in WORD.finditer(text):
        folded = fold(found.group())
        if folded:
            yield folded, found.start(), found.end()


def words(text: str) -> list[str]:
    """The folded words of `text`, in order."""
    return [word for word, _, _ in words_with_offsets(text)]


def quote_lexeme(word: str) -> str:
    """A word as a quoted tsvector/tsquery lexeme."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_literal(title: str | None, text: str) -> str:
    """The tsvector text of an article: title words weighted A, then the text's words after a gap."""
    positions: dict[tuple[str, str], list[int]] = {}
    title_words = words(title or "")
    for at, word in enumerate(title_words, start=1):
        positions.setdefault((word, TITLE_WEIGHT), []).append(min(at, MAX_POSITION))
    first = len(title_words) + COLUMN_GAP
    for at, word in enumerate(words(text), start=first):
        positions.setdefault((word, ""), []).append(min(at, MAX_POSITION))
    merged: dict[str, list[str]] = {}
    for (word, weight), found in positions.items():
        if len(word.encode("utf-8")) > MAX_WORD_BYTES:
            continue
        kept = sorted(set(found))[:MAX_POSITIONS_PER_WORD]
        merged.setdefault(word, []).extend(f"{position}{weight}" for position in kept)
    # A position holds one weight; a title position never equals a text position (the gap).
    return " ".join(f"{quote_lexeme(word)}:{','.join(marks[:MAX_POSITIONS_PER_WORD])}"
                    for word, marks in merged.items())
