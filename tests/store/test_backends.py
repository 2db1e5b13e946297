"""SQLite and PostgreSQL answer every query of the CLI the same, over the same analyses.

Both stores are filled once per test run with what the fast pipeline makes of examples/ (real
entities, quotes and events; the WARC repeats three HTML pages, so sightings too) plus a few
hand-made articles for the date and search edge cases. Each test asks both and compares.
"""

from __future__ import annotations

import multiprocessing
from dataclasses import replace

import pytest

from conftest import EXAMPLES
from nieuwsgraaf.clean.normalize import article_id
from nieuwsgraaf.pipeline import extract
from nieuwsgraaf.records import (
    Analysis,
    Article,
    DateValue,
    EventQuery,
    FactDate,
    Quote,
    SearchQuery,
)
from nieuwsgraaf.settings import Settings
from nieuwsgraaf.store import SearchSyntaxError, open_store

INPUTS = [str(EXAMPLES / kind) for kind in ("txt", "html", "jsonl", "feeds", "warc")]
BATCH = 8

# title: (text, published, source); the edge cases the examples lack
HANDMADE = {
    "Kabinet valt over asiel": ("Het kabinet is gevallen over de asielplannen, meldt de premier. "
                                "De Oekraïense ambassadeur reageerde niet.", "2023-07", "NU.nl"),
    "Stormschade in Zeeland 2023": ("Storm Poly richtte schade aan in Zeeland; het KNMI gaf om 10:30 code oranje.",
                                    "2023", "www.omroepzeeland.nl"),
    "Markt verhuist": ("De weekmarkt in Venlo verhuist naar de Maaskade, zei wethouder Jansen.", None, "menu.nl"),
    "NAVO-top in Vilnius": ("De NAVO-top in Vilnius begon met ruzie over munitie. Rutte's laatste top.",
                            "2023-07-11", "m.nu.nl"),
}


def _handmade() -> list[Analysis]:
    made = []
    for title, (text, published, source) in HANDMADE.items():
        precision = {10: "day", 7: "month", 4: "year"}.get(len(published or ""))
        quote = Quote(0, 30, text[:30], "direct", None, "woordvoerder", "zei", None,
                      FactDate("2023-W28", "week", "explicit") if title.startswith("Kabinet") else None)
        made.append(Analysis(Article(
            id=article_id(text), text=text, title=title, url=None, source=source, agency=None,
            published=DateValue(published, precision) if published else None, language="nl",
            language_score=1.0, origin=title, format="txt"), quotes=(quote,)))
    return made


@pytest.fixture(scope="session")
def analyses(fast_pipeline) -> list[Analysis]:
    found = [item for item in extract(INPUTS, Settings(model="nl_nieuwsgraaf_fast"), pipeline=fast_pipeline)
             if isinstance(item, Analysis)]
    assert len(found) > 25
    return found + _handmade()


def _fill(db: str, analyses: list[Analysis]) -> None:
    store = open_store(db)
    for start in range(0, len(analyses), BATCH):
        store.add_analyses(analyses[start:start + BATCH])
    store.close()


@pytest.fixture(scope="session")
def sqlite_db(analyses, tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("backends") / "store.db")
    _fill(path, analyses)
    return path


@pytest.fixture(scope="session")
def postgres_db(analyses, new_database) -> str:
    url = new_database("backends")
    _fill(url, analyses)
    return url


@pytest.fixture(scope="session")
def stores(sqlite_db, postgres_db):
    """(SQLite, PostgreSQL), both opened read-only as the query commands open them."""
    pair = open_store(sqlite_db, readonly=True), open_store(postgres_db, readonly=True)
    yield pair
    for store in pair:
        store.close()


def same(stores, ask):
    """The answer of both stores to `ask`, asserted equal."""
    lite, postgres = (ask(store) for store in stores)
    assert lite == postgres
    return lite


def ids(hits) -> list[str]:
    return [hit.id for hit in hits]


# -- search -------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", [
    "NAVO",                      # common
    "heffing*",                  # prefix
    '"code oranje"',             # phrase
    "Poetin OR Zelensky",        # OR
    "NAVO NOT Rutte",            # NOT inside
    "NOT NAVO kabinet",          # leading NOT
    "oekraiense",                # accents ignored
    "NAVO-top",                  # hyphen as phrase
    "Rutte's",
    "10:30",
    "title:kabinet",
    "NEAR(code oranje, 2)",
    "(Trump OR Poetin) NOT heffingen",
    "zeldzaamheidsbeginsel",     # nowhere
])
def test_search_finds_the_same_articles(stores, typed):
    lite, postgres = (store.search(SearchQuery(typed, limit=100)) for store in stores)
    assert sorted(ids(lite)) == sorted(ids(postgres))
    if typed != "zeldzaamheidsbeginsel":
        assert lite, typed
    # Scores differ (bm25 against ts_rank); when SQLite's best hit is clearly best, so is PostgreSQL's.
    if len(lite) > 1 and lite[0].score > 1.5 * lite[1].score:
        assert postgres[0].id == lite[0].id


def test_rare_word_finds_one_article(stores):
    hits = same(stores, lambda store: ids(store.search(SearchQuery("containeroverslag"))))
    assert len(hits) >= 1


@pytest.mark.parametrize("filters", [
    {"since": "2025-01"},
    {"since": "2023-07-11", "until": "2023-07-11"},  # a month-precision article overlaps the day
    {"until": "2023"},
    {"since": "2024-03-14", "until": "2024-03-15"},
    {"source": "nu.nl"},
    {"source": "https://www.voorbeeldkrant.nl/binnenland"},
    {"language": "fy"},
])
def test_filters_without_words_list_the_same_articles_newest_first(stores, filters):
    found = same(stores, lambda store: ids(store.search(SearchQuery("", limit=100, **filters))))
    assert found


@pytest.mark.parametrize("include_undated", [False, True])
def test_date_filters_with_words_and_undated(stores, include_undated):
    ask = lambda store: sorted(ids(store.search(SearchQuery("de", since="2024", limit=100),  # noqa: E731
                                                include_undated=include_undated)))
    assert same(stores, ask)


def test_the_no_words_snippet_and_order_are_the_same(stores):
    same(stores, lambda store: store.search(SearchQuery("", limit=100)))


@pytest.mark.parametrize("typed", ['"code oranje', "NAVO AND", "OR NAVO", "()", "-NAVO", "(NOT NAVO)"])
def test_the_same_mistakes_are_refused_with_the_same_words(stores, typed):
    messages = []
    for store in stores:
        with pytest.raises(SearchSyntaxError) as caught:
            store.search(SearchQuery(typed))
        messages.append(str(caught.value))
    assert messages[0] == messages[1]


# -- counts and entities ------------------------------------------------------------------------

def test_stats(stores):
    lite, postgres = (store.stats() for store in stores)
    assert replace(lite, by_language=()) == replace(postgres, by_language=())
    assert dict(lite.by_language) == dict(postgres.by_language)  # ties in any order
    assert lite.sightings > lite.articles  # the WARC repeats three pages


@pytest.mark.parametrize("label", [None, "PER", "LOC", "ORG"])
def test_top_entities(stores, label):
    assert same(stores, lambda store: store.top_entities(label=label, limit=50))


@pytest.mark.parametrize("name", ["Rutte", "rutte", "Mark Rutte", "NAVO", "navo", "Oekraïne", "niemand"])
def test_find_entities_ignores_ascii_case(stores, name):
    lite, postgres = (store.find_entities(name) for store in stores)
    assert sorted(lite, key=lambda e: e.id) == sorted(postgres, key=lambda e: e.id)
    assert [e.articles for e in lite] == [e.articles for e in postgres]


def test_entity_rows(stores):
    for entity in stores[0].top_entities(limit=8):
        same(stores, lambda store, entity=entity: store.entity_rows(entity.id, limit=20))


# -- quotes and events --------------------------------------------------------------------------

@pytest.mark.parametrize("ask", [
    dict(speakers=None, about=None, about_text=None, since=None, until=None),
    dict(speakers=["per:mark-rutte"], about=None, about_text=None, since=None, until=None),
    dict(speakers=[], about=None, about_text=None, since=None, until=None),
    dict(speakers=None, about=["org:navo"], about_text="navo", since=None, until=None),
    dict(speakers=None, about=None, about_text="KABINET", since=None, until=None),
    dict(speakers=None, about=None, about_text=None, since="2023-07-12", until="2023-07-12"),  # a week-dated quote
    dict(speakers=None, about=None, about_text=None, since="2025", until=None),
])
def test_find_quotes(stores, ask):
    same(stores, lambda store: store.find_quotes(**ask, limit=200))


@pytest.mark.parametrize("query", [
    EventQuery(limit=None),
    EventQuery(type="consult"),
    EventQuery(sources=("gov:ru",)),
    EventQuery(targets=("gpe:ua",), since="2024"),
    EventQuery(since="2025-02", until="2025-03", include_undated=True),
    EventQuery(min_confidence=0.6, limit=5),
])
def test_find_and_iter_events(stores, query):
    found = same(stores, lambda store: store.find_events(query))
    assert found == list(stores[1].iter_events(query))


# -- documents and writing ----------------------------------------------------------------------

def test_documents_by_id_and_prefix(stores, analyses):
    for analysis in analyses[:5]:
        article = analysis.article
        document = same(stores, lambda store, article=article: store.get_document(article.id[:8]))
        assert document["id"] == article.id
        assert all(store.has_article(article.id) for store in stores)
    assert same(stores, lambda store: store.get_document("abc")) is None
    assert not any(store.has_article("0" * 16) for store in stores)


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_adding_twice_adds_nothing_but_a_sighting(kind, analyses, tmp_path, new_database):
    db = str(tmp_path / "twice.db") if kind == "sqlite" else new_database("twice")
    store = open_store(db)
    sample = analyses[:6]
    first = store.add_analyses(sample)
    before = store.stats()
    again = [replace(a, article=replace(a.article, origin="elders.txt")) for a in sample]
    assert store.add_analyses(again) == [False] * len(sample)
    after = store.stats()
    assert replace(after, sightings=0) == replace(before, sightings=0)
    assert after.sightings == before.sightings + len({a.article.id for a in sample})
    assert first.count(True) == len({a.article.id for a in sample})
    assert "elders.txt" in [s["origin"] for s in store.sightings(sample[0].article.id)]
    store.close()


def _ingest(url: str, analyses: list[Analysis], barrier) -> None:
    store = open_store(url)
    barrier.wait()
    for start in range(0, len(analyses), 4):
        store.add_analyses(analyses[start:start + 4])
    store.close()


def test_two_writers_at_once_store_each_article_once(analyses, new_database):
    url = new_database("race")
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    # The second writer takes the articles in the opposite order: the worst case for locks.
    writers = [context.Process(target=_ingest, args=(url, order, barrier))
               for order in (analyses, analyses[::-1])]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(120)
        assert writer.exitcode == 0
    store = open_store(url, readonly=True)
    stats = store.stats()
    unique = {a.article.id: a for a in analyses}
    assert stats.articles == len(unique)
    assert stats.mentions == sum(len(a.mentions) for a in unique.values())
    counts = {e.id: e.articles for e in store.top_entities(limit=10_000)}
    expected: dict[str, int] = {}
    for analysis in unique.values():
        for entity in analysis.entities:
            expected[entity.id] = expected.get(entity.id, 0) + 1
    assert counts == expected
    store.close()
