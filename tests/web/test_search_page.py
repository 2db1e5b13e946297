"""The search page: facets that narrow the search, pages by cursor, and the keyboard (#16 §3)."""

from __future__ import annotations

import re

import pytest

expect = pytest.importorskip("playwright.sync_api", reason="playwright is not installed").expect


def test_a_source_facet_narrows_the_search_to_that_source(visit, http):
    visit.open("/zoeken?q=de")
    page = visit.page
    source = page.locator("#facet-bronnen + ul a").first
    outlet, count = source.text_content(), int(source.locator("xpath=..").locator(".getal").text_content())
    source.click()
    page.wait_for_url(re.compile(r"bron="))
    expect(page.locator("#kop-resultaten")).to_have_text(re.compile(rf"^{count} artikel"))
    metas = page.locator(".treffers .meta").all_text_contents()
    assert metas and all(m.startswith(outlet) for m in metas)
    expect(page.locator("#bron")).to_have_value(outlet)


def test_pages_follow_the_cursor_to_the_last_hit(visit, http):
    total = http.get("/api/articles", params={"since": "1900"}).json()["facets"]["total"]
    assert total > 20, "the example store should fill more than one page"
    visit.open("/zoeken?van=1900")
    page = visit.page
    titles = page.locator(".treffers h3 a").all_text_contents()
    page.get_by_role("link", name="Volgende pagina »").click()
    expect(page.locator(".resultaten > .hulp")).to_have_text(f"Resultaat 21–{total}")
    titles += page.locator(".treffers h3 a").all_text_contents()
    assert len(titles) == total
    expect(page.get_by_role("link", name="Volgende pagina »")).to_have_count(0)
    page.get_by_role("link", name="« Eerste pagina").click()
    expect(page.locator(".resultaten > .hulp")).to_have_text("Resultaat 1–20")


def test_tab_reaches_the_search_box_and_the_results_and_enter_follows_a_link(visit):
    visit.open("/")
    page = visit.page
    for _ in range(15):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "q":
            break
    else:
        pytest.fail("Tab never reached the search box")
    page.keyboard.type("NAVO")
    page.keyboard.press("Enter")
    page.wait_for_url("**/zoeken?q=NAVO**")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.treffers') !== null"):
            break
    else:
        pytest.fail("Tab never reached a result")
    focused = page.evaluate("""() => { const a = document.activeElement;
        return {href: a.getAttribute('href'), outline: getComputedStyle(a).outlineStyle}; }""")
    assert focused["outline"] == "solid", "keyboard focus must be visible"
    page.keyboard.press("Enter")
    page.wait_for_url("**" + focused["href"])
    expect(page.locator(".tekst")).to_be_visible()


def test_skip_link_is_the_first_stop_and_jumps_to_the_content(visit):
    visit.open("/zoeken?q=NAVO")
    page = visit.page
    page.keyboard.press("Tab")
    skip = page.locator(".overslaan")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0, "the focused skip link is on screen"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#inhoud"
    expect(page.locator("main")).to_be_focused()
