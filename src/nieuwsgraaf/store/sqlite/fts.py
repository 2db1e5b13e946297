"""The search syntax users type, turned into FTS5 MATCH expressions.

The syntax is FTS5's own (words, "phrases", AND, OR, NOT, prefix*, NEAR(a b, 5), title:word),
read with three kindnesses, none of which hides a mistake:

- a word with punctuation inside (NAVO-top, Rutte's, 10:30) is searched as the phrase of its
  parts, which is how the index stores it; punctuation standing alone is ignored;
- a query may start with NOT: `NOT NAVO` is every article without NAVO, `NOT NAVO Trump` the
  Trump articles without NAVO;
- `-word` is refused with a pointer to NOT rather than searched for `word`.

Anything else FTS5 cannot read is a SearchSyntaxError that says what is wrong.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from ..base import SearchSyntaxError

OPERATORS = ("AND", "OR", "NOT")
COLUMNS = ("title", "text")
_HELP = "see `nieuwsgraaf search --help`"
_NEAR = re.compile(r"(.*?)(?:,\s*(\S*))?\s*", re.DOTALL)


@dataclass(frozen=True)
class Match:
    """What a search asks of the full-text index: articles matching `include` (None: every
    article) and not matching `exclude` (None: leave none out)."""

    include: str | None
    exclude: str | None = None


def _is_bareword(word: str) -> bool:
    """FTS5 reads these characters unquoted: ASCII letters, digits, '_', and anything non-ASCII."""
    return all(not c.isascii() or c.isalnum() or c in "_\x1a" for c in word)


def _term(word: str) -> str | None:
    """One bare word as FTS5: itself, a quoted phrase of its parts, or None for punctuation alone."""
    core = word.rstrip("*")
    prefix = "*" if core != word else ""
    if not core:
        raise SearchSyntaxError("a * must follow a word, as in kabinet*")
    if not re.search(r"\w", core):
        return None
    if core.startswith("-"):
        raise SearchSyntaxError(f"{word!r}: to leave words out, use NOT, as in `Trump NOT NAVO`")
    if _is_bareword(core) and core not in (*OPERATORS, "NEAR"):
        return core + prefix
    return f'"{core}"{prefix}'


def _near(inner: str) -> str:
    body, distance = _NEAR.fullmatch(inner).groups()
    if distance is not None and not distance.isdigit():
        raise SearchSyntaxError(f"NEAR takes a whole number after the comma, as in NEAR(Rutte NAVO, 5), "
                                f"not {distance!r}")
    terms = _tokens(body)
    if not terms or any(kind != "term" for kind, _ in terms):
        raise SearchSyntaxError('NEAR(...) takes words and "phrases" only, as in NEAR(Rutte NAVO, 5)')
    return f"NEAR({' '.join(text for _, text in terms)}{', ' + distance if distance else ''})"


def _tokens(text: str) -> list[tuple[str, str]]:
    """(kind, FTS5 text) pairs; kinds: term, op, open, close, column."""
    tokens: list[tuple[str, str]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c == '"':
            end = text.find('"', i + 1)
            if end < 0:
                raise SearchSyntaxError('a " starts a phrase that is never closed')
            phrase, i = text[i:end + 1], end + 1
            if text.startswith("*", i):
                phrase, i = phrase + "*", i + 1
            tokens.append(("term", phrase))
        elif c in "()":
            tokens.append(("open" if c == "(" else "close", c))
            i += 1
        else:
            end = i
            while end < n and not text[end].isspace() and text[end] not in '"()':
                end += 1
            word, i = text[i:end], end
            after = len(text) - len(text[i:].lstrip())
            if word == "NEAR" and text.startswith("(", after):
                close = text.find(")", after)
                if close < 0:
                    raise SearchSyntaxError("NEAR( is never closed")
                tokens.append(("term", _near(text[after + 1:close])))
                i = close + 1
                continue
            if word in OPERATORS:
                tokens.append(("op", word))
                continue
            column, colon, rest = word.partition(":")
            if colon and column.lower() in COLUMNS:
                tokens.append(("column", f"{column.lower()} :"))
                word = rest
            term = _term(word) if word else None
            if term:
                tokens.append(("term", term))
    return tokens


def _operand(tokens: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The first operand of `tokens` (a term, a column filter with its term, or a bracketed group)."""
    if not tokens or tokens[0][0] in ("op", "close"):
        return [], tokens
    kind = tokens[0][0]
    if kind == "column":
        inner, rest = _operand(tokens[1:])
        return [tokens[0], *inner], rest
    if kind == "term":
        return tokens[:1], tokens[1:]
    depth = 0
    for at, (kind, _) in enumerate(tokens):
        depth += {"open": 1, "close": -1}.get(kind, 0)
        if depth == 0:
            return tokens[:at + 1], tokens[at + 1:]
    return tokens, []  # unbalanced: checked before


def _join(tokens: list[tuple[str, str]]) -> str:
    return " ".join(text for _, text in tokens)


def _mistake(text: str, reason: str) -> SearchSyntaxError:
    return SearchSyntaxError(f"cannot read the search {text!r}: {reason} ({_HELP})")


def to_match(text: str) -> Match:
    """The FTS5 expressions for what the user typed; Match(None) when it holds no words.
    Raises SearchSyntaxError."""
    try:
        return _to_match(text)
    except SearchSyntaxError as error:
        raise _mistake(text, str(error)) from None


def _to_match(text: str) -> Match:
    tokens = _tokens(text)
    depth = 0
    for kind, _ in tokens:
        depth += {"open": 1, "close": -1}.get(kind, 0)
        if depth < 0:
            raise SearchSyntaxError("a ) has no ( before it")
    if depth > 0:
        raise SearchSyntaxError("a ( is never closed")
    excluded = []
    while tokens[:1] == [("op", "NOT")]:
        operand, tokens = _operand(tokens[1:])
        if not operand:
            raise SearchSyntaxError("NOT needs a word or phrase after it, as in `NOT NAVO`")
        excluded.append(_join(operand))
        if tokens[:1] == [("op", "AND")] and len(tokens) > 1:
            tokens = tokens[1:]
    if excluded and tokens[:1] == [("op", "OR")]:
        raise SearchSyntaxError("after a leading NOT, OR is ambiguous: use parentheses, "
                                "as in `(Trump OR Poetin) NOT NAVO`")
    if not tokens and not excluded and text.strip():
        raise SearchSyntaxError("it holds no words to search for")
    return Match(_join(tokens) or None, " OR ".join(excluded) or None)


def syntax_error(text: str, error: sqlite3.Error) -> SearchSyntaxError | None:
    """The user's mistake behind an FTS5 error, or None when `error` is not about query syntax."""
    message = str(error)
    if getattr(error, "sqlite_errorname", "SQLITE_ERROR") != "SQLITE_ERROR":  # damage, locks, I/O
        return None
    if found := re.fullmatch(r'fts5: syntax error near "(.*)"', message, re.DOTALL):
        near = found[1]
        if not near:
            reason = "it ends where a word or phrase should follow"
        elif near in OPERATORS:
            reason = f"{near} needs a word or phrase on each side (only a whole query may start with NOT)"
        else:
            reason = f"unexpected {near!r}"
    elif message.startswith(("fts5:", "expected integer", "unknown special query")):
        reason = message.removeprefix("fts5: ")
    else:
        return None
    return _mistake(text, reason)
