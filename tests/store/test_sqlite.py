"""The SQLite store: migrations, idempotent writes, search filters, round trips."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nieuwsgraaf.clean.normalize import article_id
from nieuwsgraaf.records import Analysis, Article, DateValue, Mention, SearchQuery
from nieuwsgraaf.store import SearchSyntaxError, StoreError, open_store
from nieuwsgraaf.store.sqlite.migrations import MIGRATIONS


def make_article(text: str, published: str | None = "2018-07-11", source: str = "nos.nl",
                 origin: str = "test") -> Article:
    return Article(
        id=article_id(text), text=text, title=text.split("\n")[0][:80], url=None, source=source,
        agency=None, published=DateValue(published, "day" if len(published) == 10 else "month") if published else None,
        language="nl", language_score=1.0, origin=origin, format="txt",
    )


def test_new_database_records_every_migration_and_uses_wal(tmp_path):
    store = open_store(str(tmp_path / "a.db"))
    names = [row[0] for row in store.db.execute("SELECT name FROM schema_migrations ORDER BY name")]
    assert names == [name for name, _ in MIGRATIONS]
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()
    reopened = open_store(str(tmp_path / "a.db"))  # no migration runs twice
    assert reopened.db.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(MIGRATIONS)


def test_a_partial_old_schema_is_migrated_forward(tmp_path):
    path = str(tmp_path / "old.db")
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    db.executescript(MIGRATIONS[0][1])
    db.execute("INSERT INTO schema_migrations VALUES (?, 'x')", (MIGRATIONS[0][0],))
    db.commit()
    db.close()
    store = open_store(path)
    store.add_analyses([Analysis(make_article("Eerste bericht over de NAVO-top in Brussel."))])
    assert [h.title for h in store.search(SearchQuery("NAVO"))] == ["Eerste bericht over de NAVO-top in Brussel."]


def test_storing_twice_adds_nothing_and_records_a_sighting(tmp_path):
    store = open_store(str(tmp_path / "a.db"))
    article = make_article("De NAVO-top begint morgen in Brussel.")
    mention = Mention(3, 7, "NAVO", "ORG")
    assert store.add_analyses([Analysis(article, mentions=(mention,))]) == [True]
    again = Analysis(make_article("De NAVO-top begint morgen in Brussel.", origin="other.txt"))
    assert store.add_analyses([again]) == [False]
    assert store.stats().articles == 1 and store.stats().mentions == 1
    assert [s["origin"] for s in store.sightings(article.id)] == ["other.txt", "test"]


def test_search_filters_by_date_source_and_language(tmp_path):
    store = open_store(str(tmp_path / "a.db"))
    store.add_analyses([
        Analysis(make_article("Handelsoorlog tussen VS en China escaleert.", "2018-07-02", "nu.nl")),
        Analysis(make_article("Nieuwe handelsoorlog dreigt met Europa.", "2019-01", "nos.nl")),
        Analysis(make_article("Handelsoorlog voorbij, zegt minister.", None, "nu.nl")),
    ])
    ids = lambda **kw: sorted(h.title for h in store.search(SearchQuery("handelsoorlog", **kw)))  # noqa: E731
    assert len(ids()) == 3
    assert ids(since="2018-01", until="2018-12") == ["Handelsoorlog tussen VS en China escaleert."]
    assert ids(until="2019-01") == ["Handelsoorlog tussen VS en China escaleert.",
                                    "Nieuwe handelsoorlog dreigt met Europa."]
    assert ids(source="nu.nl") == ["Handelsoorlog tussen VS en China escaleert.",
                                   "Handelsoorlog voorbij, zegt minister."]
    assert ids(language="fy") == []


def test_invalid_search_syntax_is_reported_not_rewritten(tmp_path):
    store = open_store(str(tmp_path / "a.db"))
    store.add_analyses([Analysis(make_article("Trump: \"NAVO is achterhaald\" zei hij."))])
    with pytest.raises(SearchSyntaxError, match="never closed"):
        store.search(SearchQuery('NAVO" AND ('))
    with pytest.raises(SearchSyntaxError, match=r"a \( is never closed"):
        store.search(SearchQuery("(("))
    assert len(store.search(SearchQuery('"NAVO is achterhaald"'))) == 1


def test_source_filter_ignores_case_and_www(tmp_path):
    store = open_store(str(tmp_path / "a.db"))
    store.add_analyses([
        Analysis(make_article("Koers van de euro daalt verder.", source="www.nu.nl")),
        Analysis(make_article("Euro op laagste punt in jaren.", source="NU.nl")),
        Analysis(make_article("Menu van de week: euro-maaltijden.", source="menu.nl")),
    ])
    for outlet in ("nu.nl", "NU.nl", "www.nu.nl", "https://www.nu.nl/economie"):
        assert len(store.search(SearchQuery("euro", source=outlet))) == 2, outlet
    assert [h.source for h in store.search(SearchQuery("euro", source="menu.nl"))] == ["menu.nl"]


def test_search_ignores_accents(tmp_path):
    store = open_store(str(tmp_path / "a.db"))
    store.add_analyses([Analysis(make_article("Oekraïense hoofdstad Kyiv getroffen."))])
    assert len(store.search(SearchQuery("oekraiense"))) == 1


def test_document_by_unique_prefix(tmp_path):
    store = open_store(str(tmp_path / "a.db"))
    article = make_article("Een bericht over de gemeenteraad.")
    store.add_analyses([Analysis(article)])
    assert store.get_document(article.id[:8])["id"] == article.id
    assert store.get_document(article.id[:3]) is None


def test_readonly_open_of_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no database at"):
        open_store(str(tmp_path / "missing.db"), readonly=True)


def test_garbage_file_is_a_clear_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="not a SQLite database"):
        open_store(str(path))


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=300), st.data())
def test_text_and_offsets_round_trip(tmp_path_factory, text, data):
    store = open_store(str(tmp_path_factory.mktemp("rt") / "rt.db"))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    mention = Mention(start, end, text[start:end], "MISC")
    article = make_article(text)
    store.add_analyses([Analysis(article, mentions=(mention,))])
    document = store.get_document(article.id)
    assert document["text"] == text
    stored = document["mentions"][0]
    assert document["text"][stored["start"]:stored["end"]] == mention.text
    assert store.integrity_problems() == []
    store.close()
