"""Where a store lives: a SQLite file path or a PostgreSQL URL, and how to show it safely."""

from __future__ import annotations

from os import PathLike
from urllib.parse import urlsplit, urlunsplit

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(db: str | PathLike) -> bool:
    """Whether `db` names a PostgreSQL database (a postgresql:// or postgres:// URL), not a file."""
    return isinstance(db, str) and db.strip().lower().startswith(POSTGRES_SCHEMES)


def redact(url: str) -> str:
    """`url` with its password (if any) replaced by ***, for messages and reports."""
    try:
        parts = urlsplit(url)
        if parts.password is None:
            return url
        host = parts.netloc.rsplit("@", 1)[1]
        return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))
    except ValueError:  # a port that is not a number, a broken IPv6 address: keep the host part only
        return url.split("@", 1)[-1] if "@" in url else url


def password_of(url: str) -> str | None:
    try:
        return urlsplit(url).password
    except ValueError:
        return None
