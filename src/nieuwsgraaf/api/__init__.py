"""The REST API (`nieuwsgraaf serve`): FastAPI over the query layer, OpenAPI at /openapi.json."""

from .app import create_app

__all__ = ["create_app"]
