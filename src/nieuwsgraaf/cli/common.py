"""What every command shares: settings from flags, output consoles, JSON printing."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from ..query import QueryError, QueryUsageError
from ..settings import Settings, load_settings
from ..store import Store, StoreError, open_store

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)

DbOption = typer.Option(None, "--db", help="SQLite database file (default: setting 'db').")
JsonOption = typer.Option(False, "--json", help="Print JSON instead of a table.")
ConfigOption = typer.Option(None, "--config", help="TOML settings file (default: ./nieuwsgraaf.toml).")


def resolve_settings(config: Path | None = None, **flags: Any) -> Settings:
    try:
        return load_settings(config).with_overrides(**flags)
    except ValueError as error:
        fail(str(error), code=2)
        raise  # unreachable: fail exits


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def fail(message: str, code: int = 1) -> None:
    err.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


def answer(db: str | None, config: Path | None, ask: Callable[[Store], Any]) -> Any:
    """Run one query on the store, opened read-only. A malformed argument exits with 2,
    a query that finds nothing with 1, each with its message."""
    settings = resolve_settings(config, db=db)
    try:
        store = open_store(settings.db, readonly=True)
    except StoreError as error:
        fail(str(error))
    try:
        return ask(store)
    except QueryUsageError as error:
        fail(str(error), code=2)
    except QueryError as error:
        fail(str(error))
    finally:
        store.close()
