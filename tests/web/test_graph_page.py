"""The network page: the drawn actors are the listed ones, the edge-type filter narrows the
edges, and the lists under the drawing reach every actor by keyboard (#16 §3)."""

from __future__ import annotations

import re

import pytest

expect = pytest.importorskip("playwright.sync_api", reason="playwright is not installed").expect


def drawn(page) -> dict:
    page.wait_for_function("() => window.nieuwsgraafNetwerk !== undefined")
    return page.evaluate("""() => { const cy = window.nieuwsgraafNetwerk;
        return {nodes: cy.nodes().map(n => n.id()).sort(), edges: cy.edges().map(e => e.data('type'))}; }""")


def test_drawing_and_tables_show_the_graph_of_the_api(visit, http, screenshots):
    graph = http.get("/api/graph", params={"limit": 50}).json()
    visit.open("/graaf")
    shown = drawn(visit.page)
    assert shown["nodes"] == sorted(n["id"] for n in graph["nodes"]) and len(shown["nodes"]) > 10
    assert len(shown["edges"]) == len(graph["edges"])
    expect(visit.page.locator("#knopen tbody tr")).to_have_count(len(graph["nodes"]))
    expect(visit.page.locator("#verbindingen tbody tr")).to_have_count(len(graph["edges"]))
    visit.page.screenshot(path=screenshots / "4-graaf-alle-actoren.png")


def test_edge_type_filter_keeps_only_that_type(visit):
    visit.open("/graaf")
    page = visit.page
    page.locator("summary", has_text="Soort verbinding").click()
    page.get_by_label("uitspraak over").check()
    page.get_by_role("button", name="Toon netwerk").click()
    page.wait_for_url(re.compile(r"/graaf\?.*type=quoted-about"))
    shown = drawn(page)
    assert shown["edges"] and set(shown["edges"]) == {"quoted-about"}
    types = page.locator("#verbindingen tbody td:nth-child(3)").all_text_contents()
    assert set(types) == {"uitspraak over"}
    expect(page.get_by_label("uitspraak over")).to_be_checked()


def test_an_actor_in_the_table_opens_its_page_with_the_keyboard(visit):
    visit.open("/graaf?entiteit=per:mark-rutte")
    page = visit.page
    link = page.locator("#knopen tbody tr th a").nth(1)
    name, href = link.text_content(), link.get_attribute("href")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**" + href)
    expect(page.locator("h1")).to_have_text(name)
