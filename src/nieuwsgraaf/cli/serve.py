"""`serve`: the REST API (and later the web UI) over a store, on uvicorn."""

from __future__ import annotations

from pathlib import Path

import typer

from ..store import StoreError, is_postgres_url, open_store, redact
from .common import ConfigOption, DbOption, err, fail, resolve_settings
from .exit_codes import STORE, USAGE


def serve_command(
    db: str = DbOption,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (default: this machine only)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    config: Path = ConfigOption,
) -> None:
    """Serve the store over HTTP: the API under /api, its OpenAPI at /openapi.json, docs at /docs.

    Reads only, unless the api_token setting is set: then POST /api/articles adds articles
    through the ingest pipeline (send 'Authorization: Bearer <token>').
    """
    settings = resolve_settings(config, db=db)
    try:
        # Fail now, not on the first request: with writes on, a new file is created and migrated.
        open_store(settings.db, readonly=not settings.api_token).close()
    except StoreError as error:
        fail(str(error), code=STORE)
    # Imported here so that the other commands do not pay for loading the web stack.
    import uvicorn

    from ..api import create_app

    app = create_app(settings.db, settings)
    writes = "on (POST /api/articles with the api_token)" if settings.api_token else "off"
    shown = redact(settings.db) if is_postgres_url(settings.db) else settings.db  # never a password
    err.print(f"serving {shown} on http://{host}:{port}/ (docs at /docs; writes {writes})")
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    except SystemExit as error:  # uvicorn exits when it cannot bind the address
        fail(f"cannot listen on {host}:{port} (in use, or not an address of this machine)", code=USAGE)
        raise error
