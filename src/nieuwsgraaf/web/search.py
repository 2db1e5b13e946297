"""The start page and /zoeken: full-text search with date and outlet filters, facets as links
that narrow the search, and pages of hits by the query layer's cursor."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..query import search_page, stats, top_entities
from ..query.paging import read_cursor
from ..records import SearchQuery
from .params import period_range, text
from .render import ask, page_url, pages

router = APIRouter(include_in_schema=False)
HITS_PER_PAGE = 20
START_ENTITIES = 15


@router.get("/", response_class=HTMLResponse)
def start(request: Request) -> HTMLResponse:
    """The search box, what the store holds (outlets and months as links) and its main actors."""
    counts, top = ask(request, lambda store, kb: (stats(store), top_entities(store, None, START_ENTITIES)))
    return pages(request).render(request, "start.html", stats=counts, top=top, form={})


def refine_with_entity(words: str, name: str) -> str:
    """The search words and the entity's name as a phrase (its quotes dropped: they end a phrase)."""
    phrase = '"' + name.replace('"', " ").strip() + '"'
    return f"{words} {phrase}".strip()


@router.get("/zoeken", response_class=HTMLResponse)
def search(request: Request, q: str | None = None, van: str | None = None, tot: str | None = None,
           bron: str | None = None, cursor: str | None = None) -> HTMLResponse:
    words, source = text(q) or "", text(bron)
    since, until = period_range(van, tot)
    form = {"q": words, "van": since, "tot": until, "bron": source}
    if not (words or since or until or source):
        return start(request)
    query = SearchQuery(words, since, until, source, None, HITS_PER_PAGE)
    results = ask(request, lambda store, kb: search_page(store, query, text(cursor)))
    first = read_cursor("articles", text(cursor)) + 1
    return pages(request).render(
        request, "zoeken.html", form=form, results=results, first=first,
        next_url=page_url("/zoeken", **form, cursor=results.next_cursor) if results.next_cursor else None,
        first_url=page_url("/zoeken", **form) if cursor else None,
        refine_with_entity=refine_with_entity)
