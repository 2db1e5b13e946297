"""The FastAPI app: one router per resource over the query layer, problem details for errors.

The store is only read here (`reading.Reader`: a read-only SQLite connection per request, or a
pool of PostgreSQL connections for the app); writes (POST /api/articles) go through
`writes.Writer`, which is off unless the `api_token` setting is set.
"""

from __future__ import annotations

from fastapi import FastAPI

from .. import web
from ..entities import load_knowledge_base
from ..settings import Settings
from . import articles, entities, facts, network, stories
from .problems import Problem, install_handlers
from .reading import Reader
from .writes import Writer


def create_app(db_path: str, settings: Settings) -> FastAPI:
    """The app serving the store at `db_path`, a file or a postgresql:// URL (which must hold a
    store; see `cli/serve.py`)."""
    app = FastAPI(title="nieuwsgraaf", version="1", description=(
        "Dutch news as a searchable, time-anchored knowledge graph: articles, entities, quotes, "
        "PLOVER events, the actor network and timelines. Errors are RFC 9457 problem details."))
    app.state.reader = Reader(db_path, load_knowledge_base())
    app.router.add_event_handler("shutdown", app.state.reader.close)
    app.state.writer = Writer(db_path, settings)
    install_handlers(app)
    for module in (articles, entities, facts, network, stories):
        app.include_router(module.router)
    _add_problem_schema(app)
    web.install(app)
    return app


def _add_problem_schema(app: FastAPI) -> None:
    """Put the Problem schema, which the error responses refer to, into the OpenAPI document."""
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = build()
            schema.setdefault("components", {}).setdefault("schemas", {})["Problem"] = Problem.model_json_schema()
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
