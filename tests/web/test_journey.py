"""A reader clicks from the search page to an article, to an actor's page, to the actor network
and on to another actor, seeing on each page what it promises (#16 §3)."""

from __future__ import annotations

import re

import pytest

expect = pytest.importorskip("playwright.sync_api", reason="playwright is not installed").expect


def search_for_rutte(visit, screenshots):
    page = visit.page
    visit.open("/")
    page.get_by_label("Zoekwoorden").fill("Rutte NAVO")
    page.get_by_role("button", name="Zoeken").click()
    expect(page).to_have_url(re.compile(r"/zoeken\?q=Rutte\+NAVO"))
    expect(page.locator("#kop-resultaten")).to_contain_text("voor ‘Rutte NAVO’")
    expect(page.locator("#facet-maanden + ul")).to_contain_text("2025-06")
    page.screenshot(path=screenshots / "1-zoeken.png")
    page.get_by_role("link", name=re.compile(r"^Rutte wil 'geloofwaardig pad'")).click()


def read_the_article(visit, screenshots):
    page = visit.page
    expect(page).to_have_url(re.compile(r"/artikel/[0-9a-f]{16}$"))
    page.wait_for_load_state()
    expect(page.locator("h1")).to_have_text(re.compile(r"^Rutte wil 'geloofwaardig pad'"))
    quote = page.locator(".tekst .citaat", has_text="Landen moeten ook uitleggen")
    expect(quote).to_have_count(1)
    speaker = page.locator(".tekst .citaat:has-text('Landen moeten ook uitleggen') + a.spreker")
    expect(speaker).to_have_text("Mark Rutte")
    expect(speaker).to_have_attribute("href", "/entiteit/per:mark-rutte")
    expect(page.locator(".tekst .tijd", has_text="gisteren")).to_have_attribute("title", "datum: 2025-06-11")
    expect(page.locator(".tekst mark.gebeurtenis").first).to_be_visible()
    expect(page.locator(".verhaal-link a")).to_have_attribute("href", re.compile(r"^/verhaal/"))
    page.screenshot(path=screenshots / "2-artikel.png")
    page.locator(".tekst a.entiteit", has_text="Mark Rutte").first.click()


def open_the_entity(visit, screenshots):
    page = visit.page
    expect(page).to_have_url(re.compile(r"/entiteit/per:mark-rutte$"))
    page.wait_for_load_state()
    expect(page.locator("h1")).to_have_text("Mark Rutte")
    expect(page.get_by_role("link", name="Q57792")).to_have_attribute("href", "https://www.wikidata.org/wiki/Q57792")
    expect(page.locator("#rol-op-datum")).to_contain_text("secretaris-generaal van NAVO")
    page.wait_for_function("() => typeof Chart !== 'undefined' && Chart.getChart('tijdlijn') !== undefined")
    expect(page.locator("#kop-citaten-door + ol.feiten li").first).to_contain_text("Mark Rutte")
    page.screenshot(path=screenshots / "3-entiteit.png", full_page=True)
    page.get_by_role("link", name="netwerk", exact=True).click()


def click_a_node(visit, screenshots) -> None:
    page = visit.page
    expect(page).to_have_url(re.compile(r"/graaf\?entiteit=per%3Amark-rutte$"))
    page.wait_for_load_state()
    page.wait_for_function("() => window.nieuwsgraafNetwerk !== undefined")
    drawn = page.evaluate("() => window.nieuwsgraafNetwerk.nodes().map(n => n.id())")
    listed = page.locator("#knopen tbody tr").count()
    assert "per:mark-rutte" in drawn and len(drawn) == listed > 2
    page.screenshot(path=screenshots / "4-graaf.png")
    target = page.evaluate("""() => {
        const cy = window.nieuwsgraafNetwerk, nodes = cy.nodes().filter(n => n.id() !== 'per:mark-rutte');
        const apart = nodes.filter(n => cy.nodes().every(o => o === n ||
            Math.hypot(o.renderedPosition().x - n.renderedPosition().x, o.renderedPosition().y - n.renderedPosition().y) > 30));
        const n = apart.length ? apart[0] : nodes[0];
        return {id: n.id(), name: n.data('label'), x: n.renderedPosition().x, y: n.renderedPosition().y};
    }""")
    box = page.locator("#graaf").bounding_box()
    page.mouse.click(box["x"] + target["x"], box["y"] + target["y"])
    expect(page).to_have_url(re.compile("/entiteit/" + re.escape(target["id"]) + "$"))
    expect(page.locator("h1")).to_have_text(target["name"])


def test_a_reader_clicks_from_search_to_article_to_entity_to_graph(visit, screenshots):
    search_for_rutte(visit, screenshots)
    read_the_article(visit, screenshots)
    open_the_entity(visit, screenshots)
    click_a_node(visit, screenshots)
