"""The entity page: the timeline chart drawn from /api/timeline's numbers, the role held on a
chosen date, quotes and neighbours (#16 §3)."""

from __future__ import annotations

import json

import pytest

expect = pytest.importorskip("playwright.sync_api", reason="playwright is not installed").expect


def test_timeline_chart_is_drawn_from_the_timeline_api(visit, http):
    buckets = http.get("/api/timeline", params={"entity": "per:mark-rutte", "by": "month"}).json()["buckets"]
    visit.open("/entiteit/per:mark-rutte")
    page = visit.page
    page.wait_for_function("() => typeof Chart !== 'undefined' && Chart.getChart('tijdlijn') !== undefined")
    drawn = page.evaluate("""() => { const c = Chart.getChart('tijdlijn');
        return {labels: c.data.labels, series: c.data.datasets.map(d => [d.label, d.data])}; }""")
    assert drawn["labels"] == [b["period"] for b in buckets]
    assert drawn["series"] == [["Artikelen", [b["mentions"] for b in buckets]],
                               ["Citaten", [b["quotes"] for b in buckets]],
                               ["Gebeurtenissen", [b["events"] for b in buckets]]]
    painted = page.evaluate("""() => { const canvas = document.getElementById('tijdlijn');
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0; for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) inked++; }
        return inked; }""")
    assert painted > 1000, "the chart canvas is blank"
    assert json.loads(page.locator("#tijdlijn-data").text_content())["periods"] == drawn["labels"]


def test_role_follows_the_chosen_date(visit):
    visit.open("/entiteit/per:mark-rutte")
    page = visit.page
    expect(page.locator("#rol-op-datum")).to_contain_text("Nu: secretaris-generaal van NAVO")
    page.get_by_label("Op datum").fill("2015-03-01")
    page.get_by_role("button", name="Toon rol").click()
    page.wait_for_url("**/entiteit/per:mark-rutte?datum=2015-03-01")
    expect(page.locator("#rol-op-datum")).to_contain_text("Op 2015-03-01:")
    expect(page.locator("#rol-op-datum")).to_contain_text("premier van Nederland")
    expect(page.locator("#rol-op-datum")).not_to_contain_text("secretaris-generaal")


def test_quotes_neighbours_and_aliases_are_listed_with_links(visit, http):
    profile = http.get("/api/entities/per:mark-rutte").json()
    visit.open("/entiteit/per:mark-rutte")
    page = visit.page
    expect(page.locator("#kop-citaten-door + ol > li")).to_have_count(len(profile["quotes_by"]))
    neighbours = page.locator("#kop-buren + ul a")
    expect(neighbours).to_have_count(len(profile["co_mentioned"]))
    expect(neighbours.first).to_have_attribute("href", f"/entiteit/{profile['co_mentioned'][0]['id']}")
    for alias in profile["aliases_seen"]:
        expect(page.locator("#kop-namen + ul")).to_contain_text(f"‘{alias['text']}’")


def test_a_name_redirects_to_the_stable_entity_url(visit):
    visit.open("/entiteit/Q57792")
    assert visit.page.url.endswith("/entiteit/per:mark-rutte")
