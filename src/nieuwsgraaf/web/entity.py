"""/entiteit/{id}?datum=: one actor's page: who it is, its role on a date, its timeline per
month (the data of /api/timeline), quotes by and about it, its events, neighbours and aliases."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..query import entity_profile, roles_held, timeline
from .params import period
from .render import ask, entity_url, page_url, pages

router = APIRouter(include_in_schema=False)


def _entity(store, kb, name: str, day: str | None):
    profile = entity_profile(store, name, kb, day)
    months = timeline(store, kb, profile.entity.id, "month")
    held_now = roles_held(kb, profile.entity.id, None) if day is None else None
    return profile, months, held_now


@router.get("/entiteit/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str, datum: str | None = None) -> Response:
    day = period("datum", datum)
    profile, months, held_now = ask(request, lambda store, kb: _entity(store, kb, entity_id, day))
    if profile.entity.id != entity_id:  # a name or Wikidata id: send to the page's stable URL
        return RedirectResponse(page_url(entity_url(profile.entity.id), datum=day), status_code=307)
    chart = {"periods": [b.period for b in months.buckets], "mentions": [b.mentions for b in months.buckets],
             "quotes": [b.quotes for b in months.buckets], "events": [b.events for b in months.buckets]}
    return pages(request).render(request, "entiteit.html", profile=profile, entity=profile.entity, day=day,
                                 held_now=held_now, months=months, chart=chart)
