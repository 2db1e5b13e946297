"""Reaching the server: connections, and one-line reasons (password hidden) for what goes wrong."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

import psycopg
from psycopg import errors

from ..base import StoreError
from ..locations import password_of, redact

CONNECT_TIMEOUT = 10  # seconds: a server that does not answer is an error, not a hang


def _hidden(url: str, error: BaseException) -> str:
    """The error's message on one line, the URL's password (if it shows) replaced by ***."""
    detail = " ".join(str(error).split()) or type(error).__name__
    if (password := password_of(url)) and password in detail:
        detail = detail.replace(password, "***")
    return detail


def explain(url: str, error: BaseException) -> str:
    """One line for a psycopg error on the database at `url`, its password never shown."""
    where = redact(url)
    detail = _hidden(url, error).removeprefix("connection failed: ")
    if isinstance(error, errors.InsufficientPrivilege):
        return f"{where}: permission denied ({detail}); ask the database's owner for the rights it needs"
    if isinstance(error, errors.ReadOnlySqlTransaction):
        return f"{where}: the database is read-only here ({detail})"
    if isinstance(error, errors.InvalidCatalogName):
        return f"{where}: no such database ({detail}); create it first (createdb)"
    if isinstance(error, errors.InvalidPassword | errors.InvalidAuthorizationSpecification):
        return f"{where}: the server refused the login ({detail})"
    if isinstance(error, psycopg.OperationalError):
        # Errors while connecting carry no SQLSTATE: libpq's words tell them apart.
        if detail.startswith("connection is bad:"):  # libpq refused the URL before connecting
            return f"{where} is not a usable PostgreSQL URL ({detail.removeprefix('connection is bad: ')})"
        if re.search(r'database ".*" does not exist', detail):
            return f"{where}: no such database ({detail}); create it first (createdb)"
        if "password authentication failed" in detail or "no password supplied" in detail:
            return f"{where}: the server refused the login ({detail})"
        return f"cannot reach PostgreSQL at {where} ({detail})"
    return f"{where}: {detail}"


def connect(url: str, readonly: bool) -> psycopg.Connection:
    """A connection to `url` (read-only sessions for queries); StoreError when it cannot be made."""
    options = "-c default_transaction_read_only=on" if readonly else ""
    try:
        return psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT, options=options)
    except (psycopg.ProgrammingError, ValueError) as error:  # the URL itself cannot be read
        raise StoreError(f"{redact(url)} is not a usable PostgreSQL URL ({_hidden(url, error)})") from None
    except psycopg.Error as error:
        raise StoreError(explain(url, error)) from None


@contextlib.contextmanager
def translated(url: str) -> Iterator[None]:
    """Any psycopg error inside the block becomes a StoreError that explains it in one line."""
    try:
        yield
    except psycopg.Error as error:
        raise StoreError(explain(url, error)) from error
