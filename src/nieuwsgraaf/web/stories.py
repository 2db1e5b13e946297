"""/verhalen and /verhaal/{id}: story threads (one happening across outlets and days) and one
story with its articles and the timeline of its quotes and events."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..query.stories import stories_page, story_detail
from .params import period_range, text
from .render import ask, page_url, pages

router = APIRouter(include_in_schema=False)
STORIES_PER_PAGE = 20


@router.get("/verhalen", response_class=HTMLResponse)
def story_list(request: Request, van: str | None = None, tot: str | None = None, entiteit: str | None = None,
               cursor: str | None = None) -> HTMLResponse:
    (since, until), name = period_range(van, tot), text(entiteit)
    found = ask(request, lambda store, kb: stories_page(store, since, until, name, STORIES_PER_PAGE, text(cursor)))
    form = {"van": since, "tot": until, "entiteit": name}
    return pages(request).render(
        request, "verhalen.html", stories=found.items, form=form,
        next_url=page_url("/verhalen", **form, cursor=found.next_cursor) if found.next_cursor else None,
        first_url=page_url("/verhalen", **form) if cursor else None)


@router.get("/verhaal/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: str) -> HTMLResponse:
    found = ask(request, lambda store, kb: story_detail(store, story_id))
    return pages(request).render(request, "verhaal.html", story=found)
