"""Bad ids and bad parameters get a Dutch HTML error page with the right 4xx status, never a 500;
the API keeps its problem+json errors (#16 §3)."""

from __future__ import annotations

import pytest

expect = pytest.importorskip("playwright.sync_api", reason="playwright is not installed").expect


def test_a_bad_article_id_shows_the_dutch_404_page(visit):
    response = visit.open("/artikel/bestaat-niet")
    assert response.status == 404
    expect(visit.page.locator("h1")).to_have_text("Niet gevonden (404)")
    assert visit.page.evaluate("document.documentElement.lang") == "nl"
    visit.page.get_by_role("link", name="Naar de zoekpagina").click()
    expect(visit.page.get_by_label("Zoekwoorden")).to_be_visible()
    visit.errors.remove("Failed to load resource: the server responded with a status of 404 (Not Found)")  # the page itself


@pytest.mark.parametrize("path", ["/entiteit/per:niemand-bestaat-niet", "/verhaal/bestaat-niet", "/nergens",
                                  "/static/bestaat-niet.css"])
def test_what_does_not_exist_is_a_dutch_404(http, path):
    response = http.get(path)
    assert response.status_code == 404 and response.headers["content-type"].startswith("text/html")
    assert "<h1>Niet gevonden" in response.text and '<html lang="nl">' in response.text


@pytest.mark.parametrize("path", ["/zoeken?van=2025-13", "/zoeken?q=NAVO&tot=2025-02-30", "/zoeken?van=2025&tot=2024",
                                  "/zoeken?q=%22NAVO", "/zoeken?q=NAVO&cursor=onzin", "/graaf?min=0",
                                  "/graaf?min=veel", "/graaf?type=vriendschap", "/entiteit/per:mark-rutte?datum=gisteren",
                                  "/verhalen?van=2025-00"])
def test_a_bad_parameter_is_a_dutch_400(http, path):
    response = http.get(path)
    assert response.status_code == 400 and "<h1>Ongeldige vraag" in response.text, response.text[:300]


def test_the_api_keeps_problem_details_beside_the_pages(http):
    response = http.get("/api/articles/bestaat-niet")
    assert response.status_code == 404 and response.headers["content-type"] == "application/problem+json"
