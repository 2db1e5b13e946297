"""What a query can fail with, apart from the store itself (StoreError)."""

from __future__ import annotations


class QueryError(ValueError):
    """A query the user gave cannot be answered as asked (nothing matches)."""


class QueryUsageError(QueryError):
    """A query argument is malformed (a date, a type, search syntax); the message says what is wrong."""
