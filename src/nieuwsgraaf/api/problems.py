"""Errors as RFC 9457 problem details (application/problem+json): type, title, status, detail.

Every 4xx the API gives, whether from a query (a bad parameter, nothing found), from request
validation or from routing, has this body; a broken store is a 503 with the same shape.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from ..query import QueryError, QueryUsageError
from ..store import StoreError

MEDIA_TYPE = "application/problem+json"


class Problem(BaseModel):
    """What went wrong, for people (title, detail) and programs (status, type)."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str


def problem(status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    body = Problem(title=HTTPStatus(status).phrase, status=status, detail=detail)
    return JSONResponse(body.model_dump(), status_code=status, media_type=MEDIA_TYPE, headers=headers)


def _content() -> dict[str, Any]:
    return {MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The problem responses of a route, for its OpenAPI description."""
    return {status: {"description": HTTPStatus(status).phrase, "content": _content()} for status in statuses}


def _validation_detail(error: RequestValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {item.get('msg', 'invalid')}")
    return "; ".join(parts) or "the request is not valid"


def install_handlers(app: FastAPI) -> None:
    """Turn every error the app can meet into a problem response."""

    @app.exception_handler(QueryUsageError)
    async def bad_parameter(request: Request, error: QueryUsageError) -> JSONResponse:
        return problem(400, str(error))

    @app.exception_handler(QueryError)
    async def not_found(request: Request, error: QueryError) -> JSONResponse:
        return problem(404, str(error))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        return problem(422, _validation_detail(error))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> JSONResponse:
        return problem(error.status_code, str(error.detail), getattr(error, "headers", None))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, error: StoreError) -> JSONResponse:
        return problem(503, str(error))
