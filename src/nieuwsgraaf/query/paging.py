"""Pages of a longer list: the `limit` checked, and the opaque cursor that asks for the next page.

A cursor names the list it came from and how far into it the next page starts; the lists are in
a stable order (ties broken by id), so following cursors from the first page gives every item
once while the store does not change.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from typing import TypeVar

from ..records import Page
from .errors import QueryUsageError

MAX_PAGE = 200
T = TypeVar("T")


def check_limit(limit: int, maximum: int = MAX_PAGE) -> int:
    if not 1 <= limit <= maximum:
        raise QueryUsageError(f"limit takes a whole number from 1 to {maximum}, not {limit}")
    return limit


def make_cursor(listing: str, offset: int) -> str:
    return base64.urlsafe_b64encode(f"{listing}:{offset}".encode()).decode().rstrip("=")


def read_cursor(listing: str, cursor: str | None) -> int:
    """The offset a cursor of `listing` stands for (0 for no cursor); QueryUsageError for a
    cursor this list did not give out."""
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        text = ""
    name, _, offset = text.rpartition(":")
    if name != listing or not offset.isdigit() or not offset.isascii() or len(offset) > 9:
        raise QueryUsageError(f"cursor {cursor!r} is not one this list ({listing}) gave out; "
                              "leave it out to start at the first page")
    return int(offset)


def paged(listing: str, cursor: str | None, limit: int, fetch: Callable[[int, int], Sequence[T]]) -> Page[T]:
    """One page: `fetch(offset, count)` asked for one item more than the page holds, to know
    whether there is a next page."""
    limit = check_limit(limit)
    offset = read_cursor(listing, cursor)
    items = list(fetch(offset, limit + 1))
    more = len(items) > limit
    return Page(tuple(items[:limit]), make_cursor(listing, offset + limit) if more else None)
