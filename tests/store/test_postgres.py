"""The PostgreSQL store on its own: opening, migrations, refusals, the search syntax, passwords."""

from __future__ import annotations

import re

import psycopg
import pytest

from nieuwsgraaf.clean.normalize import article_id
from nieuwsgraaf.records import Analysis, Article, DateValue, SearchQuery
from nieuwsgraaf.store import StoreError, open_store
from nieuwsgraaf.store.postgres.migrations import MIGRATIONS
from nieuwsgraaf.store.postgres.syntax import to_tsquery

ARTICLES = {  # the articles of test_search_syntax.py
    "top": ("NAVO-top in Vilnius", "De NAVO-top in Vilnius opende met een toespraak van de secretaris-generaal.",
            "2023-07-11"),
    "rutte": ("Rutte's laatste top", "Het was Rutte's laatste top als premier; hij sprak met NAVO-leiders.",
              "2023-07-12"),
    "kabinet": ("Kabinet kiest voor kerncentrales", "Het kabinet kiest voor twee nieuwe kerncentrales in Zeeland.",
                "2023-05"),
    "weer": ("Storm op komst", "Het KNMI waarschuwt om 10:30 voor zware windstoten langs de kust.", None),
}


def _analyses() -> list[Analysis]:
    return [
        Analysis(Article(id=article_id(text), text=text, title=title, url=None, source="nos.nl", agency=None,
                         published=DateValue(date, "day" if len(date) == 10 else "month") if date else None,
                         language="nl", language_score=1.0, origin=key, format="txt"))
        for key, (title, text, date) in ARTICLES.items()
    ]


@pytest.fixture(scope="module")
def syntax_url(new_database) -> str:
    url = new_database("syntax")
    store = open_store(url)
    store.add_analyses(_analyses())
    store.close()
    return url


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def syntax_store(request, syntax_url, tmp_path_factory):
    if request.param == "sqlite":
        path = str(tmp_path_factory.mktemp("syntax") / "s.db")
        writer = open_store(path)
        writer.add_analyses(_analyses())
        writer.close()
        store = open_store(path, readonly=True)
    else:
        store = open_store(syntax_url, readonly=True)
    yield store
    store.close()


@pytest.mark.parametrize(("typed", "keys"), [
    ("NAVO-top", ["top"]),
    ("navo-TOP", ["top"]),
    ("Rutte's", ["rutte"]),
    ("Ruttes", []),
    ("10:30", ["weer"]),
    ("kerncentrale*", ["kabinet"]),
    ('"laatste top"', ["rutte"]),
    ("kabinet OR Vilnius", ["kabinet", "top"]),
    ("top NOT Vilnius", ["rutte"]),
    ("NOT NAVO", ["kabinet", "weer"]),
    ("NOT NAVO kabinet", ["kabinet"]),
    ("NOT NAVO NOT storm", ["kabinet"]),
    ("NEAR(Rutte top, 2)", ["rutte"]),
    ("NEAR(Rutte top, 1)", []),
    ("NEAR(top Rutte, 2)", ["rutte"]),
    ('NEAR("laatste top" premier, 1)', ["rutte"]),
    ("NEAR(Rutte NAVO, 1)", []),
    ("title:top", ["rutte", "top"]),
    ("title:Zeeland", []),
    ("title:(Zeeland OR storm)", ["weer"]),
    ("text:kabinet", ["kabinet"]),
    ('"komst het"', []),  # the end of the title and the start of the text are no phrase
    ("secretaris-generaal", ["top"]),
    ("Rutte - premier", ["rutte"]),
    ("Trump: NAVO", []),
])
def test_what_users_find_in_both_stores(syntax_store, typed, keys):
    by_title = {title: key for key, (title, _, _) in ARTICLES.items()}
    assert sorted(by_title[hit.title] for hit in syntax_store.search(SearchQuery(typed))) == keys


def test_the_tsquery_for_a_search():
    match = to_tsquery("title:kabinet* NOT (NAVO-top OR storm)")
    assert match.include == "('kabinet':*A & !(('navo' <-> 'top') | 'storm'))"
    assert match.terms == (("kabinet", True),)
    assert to_tsquery("NOT NAVO kabinet").exclude == "'navo'"


def test_near_with_three_items_is_refused_in_words():
    with pytest.raises(ValueError, match=re.escape("cannot read the search 'NEAR(a b c)': NEAR(...) takes two")):
        to_tsquery("NEAR(a b c)")


def test_a_new_database_records_every_migration_once(new_database):
    url = new_database()
    open_store(url).close()
    open_store(url).close()
    with psycopg.connect(url) as db:
        names = [row[0] for row in db.execute("SELECT name FROM schema_migrations ORDER BY name")]
    assert names == [name for name, _ in MIGRATIONS]


def test_reading_an_empty_database_says_to_ingest_first(new_database):
    with pytest.raises(StoreError, match=r"is an empty database; run `nieuwsgraaf ingest"):
        open_store(new_database(), readonly=True)


def test_a_database_with_other_tables_is_refused(new_database):
    url = new_database()
    with psycopg.connect(url) as db:
        db.execute("CREATE TABLE payroll (id int)")
    with pytest.raises(StoreError, match="but not nieuwsgraaf's"):
        open_store(url)


def test_a_database_from_a_newer_version_is_refused(new_database):
    url = new_database()
    open_store(url).close()
    with psycopg.connect(url) as db:
        db.execute("INSERT INTO schema_migrations VALUES ('9999_future', 'x')")
    for readonly in (False, True):
        with pytest.raises(StoreError, match="written by a newer nieuwsgraaf"):
            open_store(url, readonly=readonly)


def test_a_read_only_store_does_not_write(new_database):
    url = new_database()
    open_store(url).close()
    store = open_store(url, readonly=True)
    with pytest.raises(StoreError, match="read-only"):
        store.add_analyses(_analyses()[:1])
    store.close()


def _login(url: str, user: str, password: str) -> str:
    return url.replace("postgres@", f"{user}:{password}@", 1)


def test_a_user_without_rights_gets_one_line_without_the_password(postgres_url, new_database):
    url = new_database()
    open_store(url).close()  # migrated by the owner
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute("DROP ROLE IF EXISTS visitor")
        admin.execute("CREATE ROLE visitor LOGIN PASSWORD 'geheim-wachtwoord'")
    visitor = _login(url, "visitor", "geheim-wachtwoord")
    for readonly in (False, True):
        with pytest.raises(StoreError) as caught:
            open_store(visitor, readonly=readonly)
        message = str(caught.value)
        assert "permission denied" in message and "\n" not in message
        assert "geheim-wachtwoord" not in message and "visitor:***@" in message
    # On a new database the visitor may not even create the tables (PostgreSQL 15: no CREATE on public).
    with pytest.raises(StoreError, match="permission denied"):
        open_store(_login(new_database(), "visitor", "geheim-wachtwoord"))


@pytest.mark.parametrize(("url", "says"), [
    ("postgresql://ng:geheim@127.0.0.1:1/nieuws", "cannot reach PostgreSQL at postgresql://ng:***@127.0.0.1:1/nieuws"),
    ("postgresql://ng:geheim@127.0.0.1:poort/nieuws", "is not a usable PostgreSQL URL"),
    ("postgres://ng:geheim@127.0.0.1:1/nieuws?sslmode=bestaatniet", "is not a usable PostgreSQL URL"),
])
def test_a_server_that_cannot_be_reached_or_a_wrong_url_is_one_line(url, says):
    with pytest.raises(StoreError) as caught:
        open_store(url)
    message = str(caught.value)
    assert says in message and "geheim" not in message and "\n" not in message


def test_a_missing_database_is_named(postgres_url):
    with pytest.raises(StoreError, match="no such database"):
        open_store(postgres_url.rsplit("/", 1)[0] + "/bestaat_niet")
