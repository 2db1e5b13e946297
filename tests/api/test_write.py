"""POST /api/articles: off without a token, 401 with a wrong one, stored and readable with the right one."""

from __future__ import annotations

from pathlib import Path

import httpx

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TOKEN = "test-token-0123456789abcdef"  # the writable server's (conftest.py)

ARTICLE = {
    "title": "Gemeenteraad Zwolle stemt in met nieuwe fietsbrug",
    "text": ("Gemeenteraad Zwolle stemt in met nieuwe fietsbrug\n\nDe gemeenteraad van Zwolle heeft dinsdag "
             "ingestemd met de bouw van een nieuwe fietsbrug over het Zwarte Water. Wethouder Jansen zei dat "
             "de brug in 2027 klaar moet zijn. \"Dit is een grote stap voor de stad\", aldus Jansen."),
    "published": "2024-05-14",
    "source": "zwolsekrant.example.nl",
}


def test_writes_are_off_without_a_token(client):
    response = client.post("/api/articles", json=ARTICLE)
    assert response.status_code == 403 and response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"].startswith("writes are off")


def test_a_missing_or_wrong_token_is_refused(writable_server):
    for headers in ({}, {"Authorization": "Bearer wrong-token-0123456789"}, {"Authorization": TOKEN}):
        response = httpx.post(f"{writable_server.url}/api/articles", json=ARTICLE, headers=headers)
        assert response.status_code == 401, headers
        assert response.headers["www-authenticate"] == "Bearer"
        assert response.json()["title"] == "Unauthorized"


def test_the_right_token_stores_the_article_and_it_can_be_read(writable_server):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=writable_server.url, headers=auth, timeout=60) as client:
        before = client.get("/api/stats").json()["articles"]
        created = client.post("/api/articles", json=ARTICLE)
        assert created.status_code == 201, created.text
        [written] = created.json()["articles"]
        assert written["new"] and written["title"] == ARTICLE["title"]
        view = client.get(f"/api/articles/{written['id']}").json()
        assert "fietsbrug over het Zwarte Water" in view["text"] and view["published"]["value"] == "2024-05-14"
        assert client.get("/api/stats").json()["articles"] == before + 1
        again = client.post("/api/articles", json=ARTICLE)
        assert again.status_code == 200 and again.json()["articles"][0] == {**written, "new": False}
        found = client.get("/api/articles", params={"q": "fietsbrug Zwolle"}).json()["hits"]
        assert [hit["id"] for hit in found] == [written["id"]]


def test_a_file_upload_goes_through_the_readers(writable_server):
    html = next((EXAMPLES / "html").glob("*.html"))
    with httpx.Client(base_url=writable_server.url, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        response = client.post("/api/articles", files={"file": (html.name, html.read_bytes(), "text/html")})
        assert response.status_code in (200, 201), response.text  # the examples are stored already
        [written] = response.json()["articles"]
        assert client.get(f"/api/articles/{written['id']}").status_code == 200


def test_bad_write_bodies_get_problems(writable_server):
    with httpx.Client(base_url=writable_server.url, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        empty = client.post("/api/articles", json={"text": ""})
        assert empty.status_code == 422 and empty.json()["detail"].startswith("text: String should have at least")
        unknown = client.post("/api/articles", json={"text": "Tekst", "auteur": "x"})
        assert unknown.status_code == 422 and "auteur" in unknown.json()["detail"]
        plain = client.post("/api/articles", content=b"hallo", headers={"Content-Type": "text/plain"})
        assert plain.status_code == 415
        short = client.post("/api/articles", json={"text": "Te kort."})
        assert short.status_code == 422 and "nothing stored" in short.json()["detail"]
        binary = client.post("/api/articles", files={"file": ("x.txt", b"\x00\x01\x02" * 50, "text/plain")})
        assert binary.status_code == 422 and binary.headers["content-type"] == "application/problem+json"


def test_the_servers_pipeline_is_loaded_anew_after_worker_max_articles(tmp_path):
    from nieuwsgraaf.api.writes import Writer
    from nieuwsgraaf.settings import Settings

    settings = Settings(db=str(tmp_path / "news.db"), model="none", worker_max_articles=1, api_token=TOKEN)
    writer = Writer(settings.db, settings)
    texts = (" date 2024-06-03 Brug in Kampen\n\nDe brug in Kampen gaat maandag dicht voor onderhoud, "
             "zei wethouder Gerrit Oldebroek.\n",
             " date 2024-06-04 Haven van Urk\n\nIn de haven van Urk lagen dinsdag minder kotters dan vorig "
             "jaar, zei havenmeester Lammert Kapteijn.\n")
    for number, text in enumerate(texts):
        writer.write(f"{number}.txt", text.encode("utf-8"))
    # one source for the server's life, so its count goes on across writes: one article each, limit one
    assert writer._pipeline.renewals == 2
    assert "Kapteijn" not in writer._pipeline.current().nlp.vocab.strings
