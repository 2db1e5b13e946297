"""/api/stories (#17): pages of stories and one story, the same records the query layer gives."""

from __future__ import annotations

import json
from dataclasses import asdict

from nieuwsgraaf.query.stories import find_stories, story_detail
from nieuwsgraaf.store import open_store

from .test_read import PROBLEM, every_page


def as_json(record) -> object:
    """A record as the API writes it: tuples become lists."""
    return json.loads(json.dumps(asdict(record)))


def test_story_pages_give_every_story_once_latest_first(client, api_db):
    listed = every_page(client, "/api/stories", limit=4)
    store = open_store(api_db, readonly=True)
    try:
        expected = find_stories(store, limit=10_000)
    finally:
        store.close()
    assert len(expected) > 4, "the example articles should make several stories"
    assert listed == [as_json(story) for story in expected]


def test_one_story_is_its_articles_and_timeline(client, api_db):
    store = open_store(api_db, readonly=True)
    try:
        largest = max(find_stories(store, limit=10_000), key=lambda story: len(story.articles))
        expected = story_detail(store, largest.id)
    finally:
        store.close()
    assert len(expected.articles) > 1 and expected.timeline
    assert client.get(f"/api/stories/{largest.id}").json() == as_json(expected)
    assert client.get(f"/api/stories/{largest.id[:8]}").json()["id"] == largest.id


def test_stories_filter_by_entity_and_date(client):
    by_id = client.get("/api/stories", params={"entity": "per:mark-rutte"}).json()["items"]
    by_name = client.get("/api/stories", params={"entity": "Mark Rutte"}).json()["items"]
    assert by_id and by_id == by_name
    assert len(by_id) < len(client.get("/api/stories").json()["items"])
    late = client.get("/api/stories", params={"since": "2025-06"}).json()["items"]
    assert late and all(s["last"] >= "2025-06" for s in late)


def test_unknown_story_and_bad_dates_are_problems(client):
    missing = client.get("/api/stories/nope")
    assert missing.status_code == 404 and missing.headers["content-type"] == PROBLEM
    assert missing.json() == {"type": "about:blank", "title": "Not Found", "status": 404,
                              "detail": "no story with id 'nope' (or the prefix is not unique)"}
    bad = client.get("/api/stories", params={"since": "2025-13"})
    assert bad.status_code == 400 and bad.json()["detail"] == "--since 2025-13: there is no month 13 (months run 01 to 12)"
    unknown = client.get("/api/stories", params={"entity": "Niemand Bestaatniet"})
    assert unknown.status_code == 404
