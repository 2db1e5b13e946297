"""The search syntax users type, turned into PostgreSQL tsquery text.

The syntax is the SQLite store's (words, "phrases", AND, OR, NOT, prefix*, NEAR(a b, 5),
title:word, a leading NOT; see `store/sqlite/fts.py`), read by the same reader (`to_match`), so
both stores accept the same searches and refuse the same mistakes with the same words. Its
FTS5 expression is then parsed here (NOT binds tightest, then AND, then OR, as in FTS5) and
written as a tsquery over the words of `words.py`:

- a word or phrase is its words joined by `<->`; `kern*` is `'kern':*`;
- `title:x` restricts x to the title's words (weight A), `text:x` to the text's (weight D);
- `NEAR(a b, N)` is a before or after b with at most N words between them (two items at most,
  N at most 100 here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..base import SearchSyntaxError
from ..sqlite.fts import to_match
from .words import MAX_NEAR, TITLE_WEIGHT, quote_lexeme, words

_HELP = "see `nieuwsgraaf search --help`"
_NEAR = re.compile(r"NEAR\((.*?)(?:,\s*(\d+))?\)", re.DOTALL)
_WEIGHTS = {"title": TITLE_WEIGHT, "text": "D"}
_DEFAULT_NEAR = 10  # FTS5's


@dataclass(frozen=True)
class TsMatch:
    """What a search asks of the index: articles matching `include` (None: every article) and
    not matching `exclude` (None: leave none out); `terms`: the (word, is_prefix) pairs searched
    for, to mark in snippets."""

    include: str | None
    exclude: str | None = None
    terms: tuple[tuple[str, bool], ...] = ()


def _mistake(text: str, reason: str) -> SearchSyntaxError:
    return SearchSyntaxError(f"cannot read the search {text!r}: {reason} ({_HELP})")


def _chunks(expression: str) -> list[str]:
    """The FTS5 expression `to_match` wrote, split into terms, operators, brackets and columns."""
    chunks: list[str] = []
    i, n = 0, len(expression)
    while i < n:
        c = expression[i]
        if c.isspace():
            i += 1
        elif c == '"':
            end = expression.index('"', i + 1) + 1
            end += expression.startswith("*", end)
            chunks.append(expression[i:end])
            i = end
        elif c in "()":
            chunks.append(c)
            i += 1
        elif expression.startswith("NEAR(", i):
            end = expression.index(")", i) + 1
            chunks.append(expression[i:end])
            i = end
        else:
            end = i
            while end < n and not expression[end].isspace() and expression[end] not in "()":
                end += 1
            chunks.append(expression[i:end])
            i = end
    return chunks


class _Parser:
    """Recursive descent over the chunks; each method returns tsquery text."""

    def __init__(self, chunks: list[str]):
        self.chunks = chunks
        self.at = 0
        self.terms: list[tuple[str, bool]] = []
        self.negated = 0
        self.weight = ""

    def peek(self) -> str | None:
        return self.chunks[self.at] if self.at < len(self.chunks) else None

    def take(self) -> str:
        self.at += 1
        return self.chunks[self.at - 1]

    def parse(self) -> str:
        found = self.any_of()
        if self.peek() is not None:
            raise SearchSyntaxError(f"unexpected {self.peek()!r}")
        return found

    def any_of(self) -> str:
        found = self.all_of()
        while self.peek() == "OR":
            self.take()
            found = f"({found} | {self.all_of()})"
        return found

    def all_of(self) -> str:
        found = self.but_not()
        while self.peek() not in (None, "OR", ")"):
            if self.peek() == "AND":
                self.take()
            found = f"({found} & {self.but_not()})"
        return found

    def but_not(self) -> str:
        found = self.operand()
        while self.peek() == "NOT":
            self.take()
            self.negated += 1
            found = f"({found} & !{self.operand()})"
            self.negated -= 1
        return found

    def operand(self) -> str:
        chunk = self.peek()
        if chunk is None:
            raise SearchSyntaxError("it ends where a word or phrase should follow")
        if chunk in ("AND", "OR", "NOT"):
            raise SearchSyntaxError(f"{chunk} needs a word or phrase on each side "
                                    "(only a whole query may start with NOT)")
        if chunk == ")":
            raise SearchSyntaxError("unexpected ')'")
        self.take()
        if chunk == "(":
            found = self.any_of()
            self.take()  # the ")": brackets are balanced (checked by to_match)
            return found
        if chunk in _WEIGHTS and self.peek() == ":":
            self.take()
            outer, self.weight = self.weight, _WEIGHTS[chunk]
            try:
                return self.operand()
            finally:
                self.weight = outer
        if chunk.startswith("NEAR("):
            return self.near(chunk)
        return self.phrase(chunk)

    def phrase_words(self, chunk: str) -> tuple[list[str], bool]:
        prefix = chunk.endswith("*")
        body = chunk[:-1] if prefix else chunk
        found = words(body.strip('"'))
        if not found:
            raise SearchSyntaxError(f"{chunk} holds no words to search for")
        if not self.negated:
            self.terms.extend((word, prefix and at == len(found) - 1) for at, word in enumerate(found))
        return found, prefix

    def phrase(self, chunk: str) -> str:
        found, prefix = self.phrase_words(chunk)
        weight = self.weight
        marks = [f"{quote_lexeme(word)}:{weight}" if weight else quote_lexeme(word) for word in found]
        if prefix:
            marks[-1] = f"{quote_lexeme(found[-1])}:*{weight}"
        return marks[0] if len(marks) == 1 else "(" + " <-> ".join(marks) + ")"

    def near(self, chunk: str) -> str:
        body, distance = _NEAR.fullmatch(chunk).groups()
        items = _chunks(body)
        if len(items) > 2:
            raise SearchSyntaxError("NEAR(...) takes two words or phrases in the PostgreSQL store")
        limit = int(distance) if distance is not None else _DEFAULT_NEAR
        if limit > MAX_NEAR:
            raise SearchSyntaxError(f"NEAR allows at most {MAX_NEAR} words between in the PostgreSQL store")
        phrases = [self.phrase(item) for item in items]
        if len(phrases) == 1:
            return phrases[0]
        first, second = phrases
        ways = [f"{a} <{gap}> {b}" for gap in range(1, limit + 2) for a, b in ((first, second), (second, first))]
        return "(" + " | ".join(f"({way})" for way in ways) + ")"


def _parse(expression: str, terms: list[tuple[str, bool]], negated: bool) -> str:
    parser = _Parser(_chunks(expression))
    parser.negated = int(negated)
    found = parser.parse()
    terms.extend(parser.terms)
    return found


def to_tsquery(text: str) -> TsMatch:
    """The tsquery texts for what the user typed; TsMatch(None) when it holds no words.
    Raises SearchSyntaxError, worded as the SQLite store words it."""
    match = to_match(text)
    terms: list[tuple[str, bool]] = []
    try:
        include = _parse(match.include, terms, negated=False) if match.include else None
        exclude = _parse(match.exclude, terms, negated=True) if match.exclude else None
    except SearchSyntaxError as error:
        raise _mistake(text, str(error)) from None
    return TsMatch(include, exclude, tuple(dict.fromkeys(terms)))
