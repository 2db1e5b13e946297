"""Slices of a Doc's text without building the whole of it: `doc.text` joins every token of the
article on each access, which a look at the few characters between two offsets does not need."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token


def _start_of(token: Token) -> int:
    return token.idx


def text_between(doc: Doc, start: int, end: int) -> str:
    """`doc.text[start:end]`, from the tokens that hold those characters only (found by bisection)."""
    if start >= end or not len(doc):
        return ""
    first = max(bisect_right(doc, start, key=_start_of) - 1, 0)  # the token holding `start`
    stop = bisect_right(doc, end - 1, key=_start_of)  # past the token holding `end - 1`
    offset = doc[first].idx
    return "".join(t.text_with_ws for t in doc[first:stop])[start - offset:end - offset]
