"""SQLite errors as StoreErrors: one line that says what is wrong with the database."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from ..base import StoreError
from .opening import explain

_Method = TypeVar("_Method", bound=Callable[..., Any])


def guarded(method: _Method) -> _Method:
    """Any SQLite error inside `method` becomes a StoreError that explains it in one line."""

    @functools.wraps(method)
    def translated(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as error:
            raise StoreError(explain(self.path, error)) from error

    return translated  # type: ignore[return-value]
