"""The article page: quotes marked with their speaker, time expressions with their value on hover
and on keyboard focus, events marked at their trigger and listed (#16 §3)."""

from __future__ import annotations

import pytest

expect = pytest.importorskip("playwright.sync_api", reason="playwright is not installed").expect


def test_every_quote_is_marked_and_its_speaker_linked(visit, rutte_article, http):
    view = http.get(f"/api/articles/{rutte_article}").json()
    visit.open(f"/artikel/{rutte_article}")
    marked = visit.page.locator(".tekst .citaat")
    expect(marked).to_have_count(len(view["quotes"]))
    for number, quote in enumerate(view["quotes"]):
        shown = visit.page.locator(f"#citaat-{number}").evaluate(
            "el => { const copy = el.cloneNode(true); copy.querySelectorAll('a.spreker').forEach(a => a.remove());"
            " return copy.textContent; }")
        assert shown == quote["text"]
        if quote["speaker"]:  # named after it, or after the quote of the same speaker that holds it
            speaker = visit.page.locator(f"#citaat-{number}").evaluate(
                "el => { for (let q = el; q; q = q.parentElement.closest('.citaat')) {"
                " const next = q.nextElementSibling; if (next && next.matches('a.spreker')) return next.getAttribute('href'); }"
                " return null; }")
            assert speaker == f"/entiteit/{quote['speaker']}"


def test_time_expression_shows_its_value_on_hover_and_on_focus(visit, rutte_article):
    visit.open(f"/artikel/{rutte_article}")
    yesterday = visit.page.locator(".tekst .tijd", has_text="gisteren")
    expect(yesterday).to_have_attribute("title", "datum: 2025-06-11")
    yesterday.focus()  # tabindex=0: reachable with Tab, and its value shows beside it
    shown = yesterday.evaluate("el => getComputedStyle(el, '::after').content")
    assert shown == '"datum: 2025-06-11"'
    yesterday.blur()
    assert yesterday.evaluate("el => getComputedStyle(el, '::after').content") == "none"


def test_events_are_marked_at_their_trigger_and_listed(visit, rutte_article, http):
    events = http.get(f"/api/articles/{rutte_article}").json()["events"]
    assert events
    visit.open(f"/artikel/{rutte_article}")
    listed = visit.page.locator("#kop-gebeurtenissen + ol > li")
    expect(listed).to_have_count(len(events))
    marked = visit.page.locator(".tekst mark.gebeurtenis")
    assert 0 < marked.count() <= len(events)
    first = marked.first
    number = int(first.get_attribute("id").removeprefix("gebeurtenis-"))
    expect(first).to_have_text(events[number]["text"])
    assert first.get_attribute("title").startswith(events[number]["type"] + " (")
    visit.page.locator(f"#kop-gebeurtenissen + ol a[href='#gebeurtenis-{number}']").click()
    assert visit.page.evaluate("location.hash") == f"#gebeurtenis-{number}"


def test_mentions_link_to_their_entity_pages(visit, rutte_article):
    visit.open(f"/artikel/{rutte_article}")
    links = visit.page.locator(".tekst a.entiteit")
    hrefs = set(links.evaluate_all("els => els.map(a => a.getAttribute('href'))"))
    assert {"/entiteit/per:mark-rutte", "/entiteit/loc:den-haag", "/entiteit/per:jens-stoltenberg"} <= hrefs
    # a link is never nested in a link
    assert visit.page.locator(".tekst a a").count() == 0
