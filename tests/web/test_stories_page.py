"""The stories list and one story with its articles and timeline (#17, on the web UI)."""

from __future__ import annotations

import pytest

expect = pytest.importorskip("playwright.sync_api", reason="playwright is not installed").expect


def test_a_story_lists_its_articles_and_its_timeline(visit, http, screenshots):
    stories = http.get("/api/stories", params={"limit": 200}).json()["items"]
    largest = max(stories, key=lambda story: len(story["articles"]))
    detail = http.get(f"/api/stories/{largest['id']}").json()
    visit.open("/verhalen")
    page = visit.page
    expect(page.locator("ol.verhalen > li")).to_have_count(min(len(stories), 20))
    page.locator(f"ol.verhalen a[href='/verhaal/{largest['id']}']").click()
    page.wait_for_url(f"**/verhaal/{largest['id']}")
    expect(page.locator("#verhaal-artikelen > li")).to_have_count(len(detail["articles"]))
    for article in detail["articles"]:
        expect(page.locator(f"#verhaal-artikelen a[href='/artikel/{article['id']}']")).to_have_count(1)
    expect(page.locator("ol.tijdlijn > li")).to_have_count(len(detail["timeline"]))
    page.screenshot(path=screenshots / "5-verhaal.png", full_page=True)
    page.locator("#verhaal-artikelen > li > a").first.click()
    expect(page.locator(".verhaal-link a")).to_have_attribute("href", f"/verhaal/{largest['id']}")
