"""Every page fits a 375 px wide phone without sideways scrolling, and loads (navigation timing,
after one warm-up load) in under a second on the test store (#16 §3)."""

from __future__ import annotations

import json

import pytest

PAGES = ["/", "/zoeken?q=NAVO", "/artikel/{rutte}", "/entiteit/per:mark-rutte", "/graaf",
         "/graaf?entiteit=per:mark-rutte", "/verhalen", "/verhaal/{story}"]
LOAD_TIMES: dict[str, float] = {}


@pytest.fixture(scope="module")
def paths(rutte_article, http):
    first_story = http.get("/api/stories").json()["items"][0]["id"]
    return {page: page.format(rutte=rutte_article, story=first_story) for page in PAGES}


@pytest.fixture(scope="module", autouse=True)
def keep_load_times(screenshots):
    yield
    (screenshots / "load-times.json").write_text(json.dumps(LOAD_TIMES, indent=1))


@pytest.mark.parametrize("page_path", PAGES)
def test_page_fits_a_375px_screen(browser, server, paths, page_path):
    context = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True, locale="nl-NL")
    try:
        page = context.new_page()
        page.goto(server.url + paths[page_path])
        widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    finally:
        context.close()
    assert widths[0] <= widths[1], f"{page_path} scrolls sideways at 375 px: {widths}"


@pytest.mark.parametrize("page_path", PAGES)
def test_page_loads_within_a_second(visit, paths, page_path):
    visit.open(paths[page_path])  # warm-up: the first load also fills the OS and SQLite caches
    visit.open(paths[page_path])
    visit.page.wait_for_function("performance.getEntriesByType('navigation')[0].loadEventEnd > 0")
    took = visit.page.evaluate("(() => { const t = performance.getEntriesByType('navigation')[0];"
                               " return t.loadEventEnd - t.startTime; })()")
    LOAD_TIMES[page_path] = round(took, 1)
    assert took < 1000, f"{page_path} took {took:.0f} ms to load"
