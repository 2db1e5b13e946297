"""The read endpoints of a live server, checked against the store itself."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

PROBLEM = "application/problem+json"


def rows(db: str, sql: str, *params) -> list[tuple]:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute(sql, params).fetchall()


def every_page(client, path: str, **params) -> list[dict]:
    """Follow the cursors from the first page to the last."""
    items, cursor, pages = [], None, 0
    while True:
        body = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})}).json()
        items += body["items"] if "items" in body else body["hits"]
        cursor, pages = body["next_cursor"], pages + 1
        if cursor is None:
            return items
        assert pages < 500


def test_stats_count_what_the_store_holds(client, api_db):
    stats = client.get("/api/stats").json()
    assert stats["articles"] == rows(api_db, "SELECT count(*) FROM articles")[0][0]
    assert stats["quotes"] == rows(api_db, "SELECT count(*) FROM quotes")[0][0] > 0
    assert stats["events"] == rows(api_db, "SELECT count(*) FROM events")[0][0] > 0
    assert sum(s["count"] for s in stats["by_source"]) == stats["articles"]


def test_search_pages_give_every_hit_once_and_facets_count_them_all(client):
    first = client.get("/api/articles", params={"q": "de", "limit": 3}).json()
    hits = every_page(client, "/api/articles", q="de", limit=3)
    ids = [hit["id"] for hit in hits]
    assert len(ids) == len(set(ids)) == first["facets"]["total"] > 3
    assert sum(s["count"] for s in first["facets"]["sources"]) == len(ids)
    months = {m["period"] for m in first["facets"]["months"]}
    assert {hit["published"]["value"][:7] for hit in hits if hit["published"]} == months
    assert all(e["articles"] <= len(ids) for e in first["facets"]["entities"])


def test_search_filters_by_source_and_date(client):
    hits = every_page(client, "/api/articles", source="voorbeeldkrant.nl", limit=200)
    assert hits and all(hit["source"].endswith("voorbeeldkrant.nl") for hit in hits)
    dated = every_page(client, "/api/articles", since="2025-01", until="2025-12", limit=2)
    assert dated and all(hit["published"]["value"].startswith("2025") for hit in dated)


def test_article_view_offsets_slice_the_text(client, api_db):
    article_id = rows(api_db, "SELECT article_id FROM quotes GROUP BY article_id ORDER BY count(*) DESC")[0][0]
    view = client.get(f"/api/articles/{article_id}").json()
    text = view["text"]
    assert view["mentions"] and view["quotes"] and view["timexes"]
    for span in view["mentions"] + view["quotes"] + view["timexes"] + view["events"]:
        assert text[span["start"]:span["end"]] == span["text"]
    names = {entity["id"]: entity["name"] for entity in view["entities"]}
    assert all(m["entity_name"] == names[m["entity"]] for m in view["mentions"] if m["entity"])
    stored = rows(api_db, 'SELECT start, "end", speaker FROM quotes WHERE article_id = ? ORDER BY idx', article_id)
    assert [(q["start"], q["end"], q["speaker"]) for q in view["quotes"]] == stored


def test_entities_page_through_every_entity_once(client, api_db):
    listed = every_page(client, "/api/entities", limit=7)
    assert len(listed) == len({e["id"] for e in listed}) == rows(
        api_db, "SELECT count(*) FROM entity_counts WHERE articles > 0")[0][0]
    assert [e["articles"] for e in listed] == sorted((e["articles"] for e in listed), reverse=True)
    people = every_page(client, "/api/entities", label="PER", limit=200)
    assert people and all(e["label"] == "PER" for e in people)
    named = client.get("/api/entities", params={"q": "mark r"}).json()["items"]
    assert "per:mark-rutte" in [e["id"] for e in named]
    assert all(e["name"].lower().startswith("mark r") for e in named)


def test_entity_profile(client, api_db):
    profile = client.get("/api/entities/per:mark-rutte", params={"date": "2020"}).json()
    entity = profile["entity"]
    assert (entity["id"], entity["wikidata"]) == ("per:mark-rutte", "Q57792")
    assert sum(a["count"] for a in profile["aliases_seen"]) == entity["mentions"]
    assert any(r["role"] == "premier" for r in profile["roles_at"])
    assert all(q["speaker"] == "per:mark-rutte" for q in profile["quotes_by"])
    said = rows(api_db, "SELECT count(*) FROM quotes WHERE speaker = 'per:mark-rutte'")[0][0]
    assert len(profile["quotes_by"]) == min(said, 20) > 0
    assert all(e["source"]["id"] == "per:mark-rutte" for e in profile["events_as_actor"])
    # a name and a Wikidata id find the same entity
    assert client.get("/api/entities/Q57792").json()["entity"]["id"] == "per:mark-rutte"


def test_quotes_page_filters_and_cursors(client, api_db):
    every = every_page(client, "/api/quotes", limit=13)
    keys = [(q["article_id"], q["start"], q["end"], q["text"]) for q in every]
    assert len(keys) == len(set(keys)) == rows(api_db, "SELECT count(*) FROM quotes")[0][0]
    by = every_page(client, "/api/quotes", speaker="Rutte", limit=200)
    assert by and all(q["speaker"] == "per:mark-rutte" for q in by)
    recent = every_page(client, "/api/quotes", since="2025-03", limit=200)
    assert recent and all(max(q["date"] or "", q["published"] or "") >= "2025" for q in recent)


def test_events_filter_by_type_and_actor(client, api_db):
    kind = rows(api_db, "SELECT type FROM events GROUP BY type ORDER BY count(*) DESC")[0][0]
    events = every_page(client, "/api/events", type=kind.lower(), limit=5)
    assert len(events) == rows(api_db, "SELECT count(*) FROM events WHERE type = ?", kind)[0][0]
    assert all(e["type"] == kind for e in events)


def test_graph_contract_and_weights(client, api_db):
    graph = client.get("/api/graph", params={"limit": 15}).json()
    assert set(graph) == {"nodes", "edges"}
    assert all(set(node) == {"id", "name", "label", "qid", "weight"} for node in graph["nodes"])
    assert all(set(edge) == {"source", "target", "type", "weight"} for edge in graph["edges"])
    ids = {node["id"] for node in graph["nodes"]}
    assert len(ids) == 15 and all(e["source"] in ids and e["target"] in ids for e in graph["edges"])
    co = next(e for e in graph["edges"] if e["type"] == "co-mention")
    both = rows(api_db, """SELECT count(*) FROM article_entities x JOIN article_entities y
                           ON x.article_id = y.article_id WHERE x.entity_id = ? AND y.entity_id = ?""",
                co["source"], co["target"])[0][0]
    assert co["weight"] == both
    assert {e["type"] for e in graph["edges"]} - {"co-mention"}  # quoted-about or event edges too


def test_graph_ego_network_and_type_filter(client):
    ego = client.get("/api/graph", params={"entity": "per:mark-rutte", "types": "quoted-about,co-mention"}).json()
    assert ego["edges"] and all("per:mark-rutte" in (e["source"], e["target"]) for e in ego["edges"])
    assert {e["type"] for e in ego["edges"]} <= {"quoted-about", "co-mention"}
    heavy = client.get("/api/graph", params={"entity": "per:mark-rutte", "min_weight": 2}).json()
    assert all(e["weight"] >= 2 for e in heavy["edges"])


def test_timeline_contract_and_counts(client, api_db):
    entity = rows(api_db, "SELECT entity_id FROM entity_counts ORDER BY articles DESC LIMIT 1")[0][0]
    timeline = client.get("/api/timeline", params={"entity": entity, "by": "month"}).json()
    assert set(timeline) == {"entity", "by", "buckets"} and (timeline["entity"], timeline["by"]) == (entity, "month")
    assert all(set(b) == {"period", "mentions", "quotes", "events"} for b in timeline["buckets"])
    periods = [b["period"] for b in timeline["buckets"]]
    assert periods == sorted(periods) and len(periods) == len(set(periods))
    dated = rows(api_db, """SELECT count(*) FROM article_entities ae JOIN articles a ON a.id = ae.article_id
                            WHERE ae.entity_id = ? AND length(a.published) >= 7""", entity)[0][0]
    assert sum(b["mentions"] for b in timeline["buckets"]) == dated
    weeks = client.get("/api/timeline", params={"entity": entity, "by": "week"}).json()["buckets"]
    assert all("-W" in b["period"] for b in weeks)


@pytest.mark.parametrize(("path", "status", "detail"), [
    ("/api/articles?since=2018-13", 400, "--since 2018-13: there is no month 13 (months run 01 to 12)"),
    ("/api/articles?q=%22NAVO", 400, "cannot read the search '\"NAVO': a \" starts a phrase that is never "
                                      "closed (see `nieuwsgraaf search --help`)"),
    ("/api/articles?limit=0", 422, "limit: Input should be greater than or equal to 1"),
    ("/api/articles/doesnotexist", 404, "no article with id 'doesnotexist' (or the prefix is not unique)"),
    ("/api/entities/per:niemand", 404, "no stored entity is called 'per:niemand'"),
    ("/api/entities?label=XYZ", 422, "label: Input should be 'PER', 'ORG', 'LOC' or 'MISC'"),
    ("/api/quotes?cursor=bm9wZQ", 400, "cursor 'bm9wZQ' is not one this list (quotes) gave out; leave it out "
                                       "to start at the first page"),
    ("/api/events?type=PARTY", 400, "unknown event type 'PARTY'; one of AGREE, CONSULT, SUPPORT, CONCEDE, "
                                    "COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, SANCTION, "
                                    "PROTEST, MOBILIZE, COERCE, ASSAULT"),
    ("/api/graph?types=friends", 400, "unknown edge type 'friends'; one of co-mention, quoted-about, AGREE, "
                                      "CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, "
                                      "REJECT, THREATEN, SANCTION, PROTEST, MOBILIZE, COERCE, ASSAULT"),
    ("/api/timeline?entity=per:mark-rutte&since=2020&until=2019", 400,
     "--since 2020 is after --until 2019: nothing can match"),
    ("/api/timeline", 422, "entity: Field required"),
    ("/api/nowhere", 404, "Not Found"),
])
def test_bad_requests_get_problem_bodies(client, path, status, detail):
    response = client.get(path)
    assert response.headers["content-type"] == PROBLEM
    titles = {400: "Bad Request", 404: "Not Found", 422: "Unprocessable Entity"}
    assert response.json() == {"type": "about:blank", "title": titles[status], "status": status, "detail": detail}
    assert response.status_code == status


def test_openapi_and_docs_are_served(client):
    schema = client.get("/openapi.json").json()
    assert {"/api/articles", "/api/graph", "/api/timeline", "/api/stats"} <= set(schema["paths"])
    assert "Problem" in schema["components"]["schemas"]
    assert "swagger" in client.get("/docs").text.lower()
