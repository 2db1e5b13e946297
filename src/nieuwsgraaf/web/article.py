"""/artikel/{id}: the cleaned text with its facts marked, and lists of its quotes, events,
time expressions and entities; the story it belongs to, if any."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..query import QueryError
from ..query.articles import article_document, document_to_view
from ..query.stories import story_detail
from .marking import marked_text, timex_title
from .render import ask, pages

router = APIRouter(include_in_schema=False)


def _article(store, article_id: str):
    document = article_document(store, article_id)
    story = None
    if document.get("story"):
        try:
            story = story_detail(store, document["story"])
        except QueryError:
            story = None  # threaded but since rebuilt without it: the article still shows
    return document_to_view(document), story, document.get("duplicate_of")


@router.get("/artikel/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    view, story, duplicate_of = ask(request, lambda store, kb: _article(store, article_id))
    return pages(request).render(request, "artikel.html", view=view, story=story, duplicate_of=duplicate_of,
                                 body=marked_text(view), timex_title=timex_title)
