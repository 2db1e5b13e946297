"""/api/articles: search with facets, one article with its facts as offsets, and adding one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from ..query import article_view, search_page
from ..query.records import ArticleView, SearchResults
from ..records import SearchQuery
from .params import Cursor, Limit, Since, Source, Store, Undated, Until
from .problems import responses
from .writes import WRITE_BODY, WriteResult, add_article

router = APIRouter(prefix="/api/articles", tags=["articles"])


@router.get("", response_model=SearchResults, responses=responses(400, 422))
def search(
    read: Store,
    q: Annotated[str, Query(description="Words to find (the syntax of `nieuwsgraaf search --help`); "
                                   "leave out to list articles newest first (then give a filter).")] = "",
    since: Since = None, until: Until = None, source: Source = None,
    language: Annotated[str | None, Query(description="Language code, e.g. nl.")] = None,
    include_undated: Undated = False, limit: Limit = 50, cursor: Cursor = None,
) -> SearchResults:
    """Full-text search, best first, with counts by source, by month and of the top entities
    over every match."""
    query = SearchQuery(q, since, until, source, language, limit)
    return read.ask(lambda store: search_page(store, query, cursor, include_undated))


@router.get("/{article_id}", response_model=ArticleView, responses=responses(404, 422))
def article(article_id: str, read: Store) -> ArticleView:
    """The cleaned text with every mention, quote, time expression and event as character
    offsets (end exclusive); a unique id prefix of 6+ characters works too."""
    return read.ask(lambda store: article_view(store, article_id))


@router.post("", response_model=WriteResult, status_code=201, openapi_extra=WRITE_BODY,
             responses={200: {"description": "Already stored", "model": WriteResult},
                        **responses(400, 401, 403, 413, 415, 422)})
async def post_article(request: Request) -> WriteResult | JSONResponse:
    """Add one article through the ingest pipeline: JSON {text, title?, url?, published?, source?}
    or a file upload (multipart field `file`) in any format `ingest` reads. Off unless the
    `api_token` setting is set; then send `Authorization: Bearer <token>`."""
    return await add_article(request)
