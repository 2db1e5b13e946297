"""Rendering a page: the Jinja2 templates with their Dutch filters, and reading the store for a request.

The app's `Reader` (api/reading.py, on `app.state.reader`) is used as it is handed over: the web
package asks it questions (`ask`) and never opens the store itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from . import labels

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
T = TypeVar("T")


def entity_url(entity_id: str) -> str:
    return "/entiteit/" + quote(entity_id, safe=":")


def article_url(article_id: str) -> str:
    return "/artikel/" + quote(article_id, safe="")


def story_url(story_id: str) -> str:
    return "/verhaal/" + quote(story_id, safe="")


def page_url(path: str, **params: Any) -> str:
    """`path` with the given query parameters; empty ones left out, lists repeated."""
    pairs = []
    for name, value in params.items():
        values = value if isinstance(value, list | tuple) else [value]
        pairs += [(name, str(v)) for v in values if v not in (None, "")]
    return path + ("?" + urlencode(pairs) if pairs else "")


def fact_date(date: Any) -> str:
    """A FactDate (or a DateValue) as shown: its value, or 'onbekend'."""
    value = getattr(date, "value", None) if date is not None else None
    return value or "onbekend"


def make_environment() -> Environment:
    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                              trim_blocks=True, lstrip_blocks=True)
    environment.globals.update(entity_url=entity_url, article_url=article_url, story_url=story_url,
                               page_url=page_url, labels=labels, named=labels.named)
    environment.filters.update(fact_date=fact_date)
    return environment


class Pages:
    """What every page route needs: the templates, and the app's reader of the store."""

    def __init__(self, environment: Environment):
        self.environment = environment

    def render(self, request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        page = self.environment.get_template(template)
        html = page.render(request=request, path=request.url.path, **context)
        return HTMLResponse(html, status_code=status)


def pages(request: Request) -> Pages:
    return request.app.state.web_pages


def ask(request: Request, question: Callable[[Any, Any], T]) -> T:
    """`question(store, kb)` answered over a read-only store opened for it (page routes are plain
    functions, so FastAPI runs them, and this, in its worker threads)."""
    reader = request.app.state.reader
    return reader.ask(lambda store: question(store, reader.kb))
