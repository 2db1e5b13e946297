"""What every command shares: settings from flags, output consoles, JSON printing."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape

from ..query import QueryError, QueryUsageError
from ..settings import Settings, load_settings
from ..store import Store, StoreError, open_store
from .exit_codes import NOTHING, STORE, USAGE

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)

DbOption = typer.Option(None, "--db", help="SQLite database file, or a postgresql://user@host/database URL "
                                          "(default: setting 'db').")
JsonOption = typer.Option(False, "--json", help="Print JSON instead of a table.")
ConfigOption = typer.Option(None, "--config", help="TOML settings file (default: ./nieuwsgraaf.toml).")


def resolve_settings(config: Path | None = None, **flags: Any) -> Settings:
    try:
        return load_settings(config).with_overrides(**flags)
    except ValueError as error:
        fail(str(error), code=USAGE)
        raise  # unreachable: fail exits


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def fail(message: str, code: int = NOTHING) -> None:
    """Print `message` as one line on stderr (never wrapped, never read as markup) and exit."""
    err.print(f"[bold red]error:[/] {escape(message)}", soft_wrap=True)
    raise typer.Exit(code)


def answer(db: str | None, config: Path | None, ask: Callable[[Store], Any]) -> Any:
    """Run one query on the store, opened read-only (it is never created or changed).

    Exits, with a one-line message: STORE when the database cannot be used (missing, damaged, not
    a database, too new), USAGE for a malformed argument, NOTHING when the query finds nothing."""
    settings = resolve_settings(config, db=db)
    try:
        store = open_store(settings.db, readonly=True)
    except StoreError as error:
        fail(str(error), code=STORE)
    try:
        return ask(store)
    except StoreError as error:
        fail(str(error), code=STORE)
    except QueryUsageError as error:
        fail(str(error), code=USAGE)
    except QueryError as error:
        fail(str(error), code=NOTHING)
    finally:
        store.close()
