"""The search syntax: what FTS5 gets for what users type, and what they find with it."""

from __future__ import annotations

import re

import pytest

from nieuwsgraaf.clean.normalize import article_id
from nieuwsgraaf.records import Analysis, Article, DateValue, SearchQuery
from nieuwsgraaf.store import SearchSyntaxError, StoreError, open_store
from nieuwsgraaf.store.sqlite.fts import Match, to_match

ARTICLES = {
    "top": ("NAVO-top in Vilnius", "De NAVO-top in Vilnius opende met een toespraak van de secretaris-generaal.",
            "2023-07-11"),
    "rutte": ("Rutte's laatste top", "Het was Rutte's laatste top als premier; hij sprak met NAVO-leiders.",
              "2023-07-12"),
    "kabinet": ("Kabinet kiest voor kerncentrales", "Het kabinet kiest voor twee nieuwe kerncentrales in Zeeland.",
                "2023-05"),
    "weer": ("Storm op komst", "Het KNMI waarschuwt om 10:30 voor zware windstoten langs de kust.", None),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = open_store(str(tmp_path_factory.mktemp("syntax") / "s.db"))
    store.add_analyses([
        Analysis(Article(id=article_id(text), text=text, title=title, url=None, source="nos.nl", agency=None,
                         published=DateValue(date, "day" if len(date) == 10 else "month") if date else None,
                         language="nl", language_score=1.0, origin=key, format="txt"))
        for key, (title, text, date) in ARTICLES.items()
    ])
    yield store
    store.close()


def found(store, text: str, **filters) -> list[str]:
    by_title = {title: key for key, (title, _, _) in ARTICLES.items()}
    return sorted(by_title[hit.title] for hit in store.search(SearchQuery(text, **filters)))


@pytest.mark.parametrize(("typed", "match"), [
    ("kabinet", Match("kabinet")),
    ("NAVO-top", Match('"NAVO-top"')),
    ("Rutte's", Match('"Rutte\'s"')),
    ("10:30", Match('"10:30"')),
    ("Rutte - NAVO", Match("Rutte NAVO")),
    ("kern*", Match("kern*")),
    ("NAVO-t*", Match('"NAVO-t"*')),
    ('"laatste top"', Match('"laatste top"')),
    ("Trump OR Poetin", Match("Trump OR Poetin")),
    ("NEAR(Rutte NAVO-leiders, 5)", Match('NEAR(Rutte "NAVO-leiders", 5)')),
    ("NEAR (Rutte NAVO)", Match("NEAR(Rutte NAVO)")),
    ("title:kabinet", Match("title : kabinet")),
    ("NOT NAVO", Match(None, "NAVO")),
    ("NOT NAVO kabinet", Match("kabinet", "NAVO")),
    ("NOT NAVO AND NOT storm", Match(None, "NAVO OR storm")),
    ("NOT (NAVO OR storm) kabinet", Match("kabinet", "( NAVO OR storm )")),
    ("", Match(None)),
    ("NEAR", Match('"NEAR"')),
])
def test_what_fts5_gets(typed, match):
    assert to_match(typed) == match


@pytest.mark.parametrize(("typed", "says"), [
    ('"laatste top', 'a " starts a phrase that is never closed'),
    ("(NAVO OR kabinet", "a ( is never closed"),
    ("NAVO)", "a ) has no ( before it"),
    ("-NAVO", "to leave words out, use NOT"),
    ("*", "a * must follow a word"),
    ("NOT", "NOT needs a word or phrase after it"),
    ("NOT NAVO OR kabinet", "OR is ambiguous"),
    ("NEAR(Rutte NAVO, vijf)", "NEAR takes a whole number"),
    ("NEAR(Rutte OR NAVO)", "NEAR(...) takes words"),
    ("- – ...", "it holds no words to search for"),
])
def test_mistakes_found_before_fts5(typed, says):
    with pytest.raises(SearchSyntaxError, match=re.escape(f"cannot read the search {typed!r}: ")) as caught:
        to_match(typed)
    assert says in str(caught.value)


@pytest.mark.parametrize(("typed", "says"), [
    ("NAVO AND", "it ends where a word or phrase should follow"),
    ("OR NAVO", "OR needs a word or phrase on each side"),
    ("(NOT NAVO)", "NOT needs a word or phrase on each side"),
    ("()", "unexpected ')'"),
    ("kabinet AND OR NAVO", "OR needs a word"),
    ("NOT NAVO AND", "AND needs a word or phrase on each side"),
])
def test_mistakes_fts5_finds_are_reported_not_rewritten(store, typed, says):
    with pytest.raises(SearchSyntaxError, match="see `nieuwsgraaf search --help`") as caught:
        store.search(SearchQuery(typed))
    assert says in str(caught.value)


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
    ("NEAR(Rutte NAVO, 1)", []),
    ("title:top", ["rutte", "top"]),
    ("title:Zeeland", []),
    ("secretaris-generaal", ["top"]),
    ("Rutte - premier", ["rutte"]),
    ("Trump: NAVO", []),
])
def test_what_users_find(store, typed, keys):
    assert found(store, typed) == keys


def test_a_leading_not_keeps_the_filters_and_lists_newest_first(store):
    hits = store.search(SearchQuery("NOT storm", since="2023"))
    assert [hit.title for hit in hits] == ["Rutte's laatste top", "NAVO-top in Vilnius",
                                           "Kabinet kiest voor kerncentrales"]


def test_a_database_error_in_search_is_not_taken_for_a_syntax_error(tmp_path):
    path = tmp_path / "s.db"
    store = open_store(str(path))
    store.db.execute("DROP TABLE articles_fts")
    with pytest.raises(StoreError, match="no such table: articles_fts"):
        store.search(SearchQuery("kabinet"))
    store.close()
