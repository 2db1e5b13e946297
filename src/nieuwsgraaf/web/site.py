"""Putting the UI into the app: the page routes, the static files, and Dutch HTML error pages for
every path outside the API (the API keeps its problem+json errors)."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import WebSocketRequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.responses import Response

from . import article, entity, network, search, stories
from .render import STATIC, Pages, make_environment

API_PATHS = ("/api", "/openapi.json", "/docs", "/redoc")


def is_api_path(path: str) -> bool:
    return any(path == prefix or path.startswith(prefix + "/") for prefix in API_PATHS)


def install(app: FastAPI) -> None:
    """Add the pages under / and the static files under /static to `app` (the API's, see
    api/app.py); call it after the API's error handlers are in place."""
    app.state.web_pages = Pages(make_environment())
    for module in (search, article, entity, network, stories):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _html_errors(app)


def _html_errors(app: FastAPI) -> None:
    """Wrap each error handler the API installed: outside the API its answer (status and detail)
    is shown as a Dutch page."""
    for kind, handler in list(app.exception_handlers.items()):
        if isinstance(kind, type) and not issubclass(kind, WebSocketRequestValidationError):
            app.add_exception_handler(kind, _as_page(handler))


def _as_page(handler: Callable[..., Any]) -> Callable[..., Any]:
    async def handle(request: Request, error: Exception) -> Response:
        response = handler(request, error)
        if inspect.isawaitable(response):
            response = await response
        if is_api_path(request.url.path):
            return response
        try:
            detail = json.loads(response.body).get("detail", "")
        except (ValueError, AttributeError):
            detail = ""
        pages: Pages = request.app.state.web_pages
        return pages.render(request, "fout.html", status=response.status_code, status_code=response.status_code,
                            detail=detail)

    return handle
