"""SQLite and PostgreSQL answer every question of the Store interface the same, over the same analyses.

Both stores are filled once per test run with what the fast pipeline makes of examples/ (real
entities, quotes and events; the WARC repeats three HTML pages, so sightings too) plus a few
hand-made articles for the date and search edge cases, each batch threaded into stories by the
stories stage as an ingest does. Each test asks both and compares.
"""

from __future__ import annotations

import multiprocessing
from dataclasses import replace

import pytest

from conftest import EXAMPLES
from nieuwsgraaf.clean.normalize import article_id
from nieuwsgraaf.pipeline import extract
from nieuwsgraaf.records import (
    EVENT_TYPES,
    GRAPH_CO_MENTION,
    GRAPH_EDGE_TYPES,
    GRAPH_QUOTED_ABOUT,
    Analysis,
    Article,
    DateValue,
    EventQuery,
    FactDate,
    GraphQuery,
    Quote,
    QuoteQuery,
    SearchQuery,
    StoryQuery,
)
from nieuwsgraaf.settings import Settings
from nieuwsgraaf.store import SearchSyntaxError, open_store
from nieuwsgraaf.stories import open_story_stage

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
    """Store the analyses in batches and thread each batch into stories, as `ingest` does."""
    store = open_store(db)
    stories = open_story_stage(store)
    for start in range(0, len(analyses), BATCH):
        batch = analyses[start:start + BATCH]
        store.add_analyses(batch)
        stories.add(store, batch)
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


def test_entity_facts(stores):
    for entity in stores[0].top_entities(limit=8):
        facts = same(stores, lambda store, entity=entity: store.entity_facts(entity.id, limit=20))
        assert sum(a.count for a in facts.aliases) == entity.mentions
        assert facts.articles and facts.co_mentioned


@pytest.mark.parametrize(("label", "prefix"), [(None, None), ("PER", None), (None, "m"), (None, "NAV"),
                                               ("ORG", "n"), (None, "Oek"), (None, "zzz")])
def test_entity_pages_follow_one_order(stores, label, prefix):
    every = same(stores, lambda store: store.list_entities(label, prefix, 0, 10_000))
    pages = [same(stores, lambda store, at=at: store.list_entities(label, prefix, at, 7)) for at in range(0, 70, 7)]
    assert [e for page in pages for e in page] == every[:70]
    if prefix and every:
        assert all(e.name.lower().startswith(prefix.lower()) for e in every)


def test_entities_by_id_and_get_entity(stores):
    top = stores[0].top_entities(limit=30)
    ids = [e.id for e in top] + ["per:niemand"]
    found = same(stores, lambda store: sorted(store.entities_by_id(ids), key=lambda e: e.id))
    assert len(found) == len(top)
    for entity in top[:5]:
        assert same(stores, lambda store, entity=entity: store.get_entity(entity.id)) == entity
    assert same(stores, lambda store: store.get_entity("per:niemand")) is None


def test_fact_counts(stores):
    counts = same(stores, lambda store: store.fact_counts())
    assert counts.entities and counts.quotes and counts.events


# -- search facets and pages --------------------------------------------------------------------

@pytest.mark.parametrize("query", [
    SearchQuery("de"), SearchQuery("NAVO"), SearchQuery("", since="2024"), SearchQuery("de", source="nu.nl"),
    SearchQuery('"code oranje"'), SearchQuery("zeldzaamheidsbeginsel"), SearchQuery("NOT NAVO kabinet"),
])
def test_search_facets(stores, query):
    facets = same(stores, lambda store: store.search_facets(query, top=10))
    assert facets.total == len(stores[0].search(replace(query, limit=1000)))
    assert sum(s.count for s in facets.sources) == facets.total


@pytest.mark.parametrize("text", ["", "de"])
def test_search_pages_give_every_hit_once(stores, text):
    query = SearchQuery(text, since=None if text else "2000", limit=1000)
    for store in stores:
        every = [hit.id for hit in store.search(query)]
        paged = [hit.id for at in range(0, len(every) + 5, 5)
                 for hit in store.search(replace(query, limit=5, offset=at))]
        assert paged == every and len(set(every)) == len(every) > 5


# -- quotes and events --------------------------------------------------------------------------

@pytest.mark.parametrize("query", [
    QuoteQuery(),
    QuoteQuery(speakers=("per:mark-rutte",)),
    QuoteQuery(speakers=()),
    QuoteQuery(about=("org:navo",), about_text="navo"),
    QuoteQuery(about=("org:navo",)),
    QuoteQuery(about=()),
    QuoteQuery(about_text="KABINET"),
    QuoteQuery(since="2023-07-12", until="2023-07-12"),  # a week-dated quote
    QuoteQuery(since="2025"),
    QuoteQuery(since="2025", include_undated=True),
    QuoteQuery(outlet="nu.nl"),
    QuoteQuery(limit=7, offset=7),
    QuoteQuery(speakers=("per:mark-rutte",), limit=3, offset=2),   # one speaker: read from its index
    QuoteQuery(speakers=("per:mark-rutte",), since="2024"),
    QuoteQuery(speakers=("per:mark-rutte", "org:navo")),
    QuoteQuery(about=("org:navo",), limit=3, offset=2),            # one entity inside: read from its index
    QuoteQuery(about=("gpe:ua",), since="2024", outlet="nu.nl"),
    QuoteQuery(about=("org:navo", "gpe:ua")),
    QuoteQuery(speakers=("per:mark-rutte",), about=("org:navo",)),
])
def test_find_quotes(stores, query):
    found = same(stores, lambda store: store.find_quotes(replace(query, limit=min(query.limit, 200))))
    if query in (QuoteQuery(), QuoteQuery(speakers=("per:mark-rutte",)), QuoteQuery(since="2025")):
        assert found


@pytest.mark.parametrize("query", [
    EventQuery(limit=None),
    EventQuery(type="consult"),
    EventQuery(sources=("gov:ru",)),
    EventQuery(targets=("gpe:ua",), since="2024"),
    EventQuery(since="2025-02", until="2025-03", include_undated=True),
    EventQuery(min_confidence=0.6, limit=5),
    EventQuery(outlet="nu.nl"),
    EventQuery(limit=5, offset=5),
    EventQuery(sources=("gov:ru",), limit=3, offset=1),   # one actor in one role: read from its index
    EventQuery(targets=("gpe:ua",), type="consult"),
    EventQuery(sources=("gov:ru", "gov:ua")),
    EventQuery(sources=("gov:ru",), targets=("gpe:ua",)),
])
def test_find_and_iter_events(stores, query):
    found = same(stores, lambda store: store.find_events(query))
    assert found == list(stores[1].iter_events(query))


# -- graph and timeline -------------------------------------------------------------------------

def _sorted_edges(edges):
    return sorted(edges, key=lambda e: (e.type, e.source, e.target, e.weight))


@pytest.mark.parametrize(("since", "until"), [(None, None), ("2025", None), ("2024-03", "2025-02"), (None, "2023")])
def test_graph_nodes_and_edges(stores, since, until):
    nodes = same(stores, lambda store: store.graph_nodes(since, until, None, 30))
    assert nodes or until == "2023"
    among = [node.id for node in nodes]
    assert same(stores, lambda store: store.graph_nodes(since, until, among[:5], 5)) == nodes[:5]
    query = GraphQuery(None, since, until, 1, GRAPH_EDGE_TYPES, 30)
    edges = same(stores, lambda store: _sorted_edges(store.graph_edges(query, among)))
    if not since and not until:
        assert {e.type for e in edges} & set(EVENT_TYPES) and GRAPH_QUOTED_ABOUT in {e.type for e in edges}
    everything = same(stores, lambda store: _sorted_edges(store.graph_edges(query)))
    assert set(edges) <= set(everything)


@pytest.mark.parametrize(("since", "until", "min_weight"), [(None, None, 1), (None, None, 2), ("2025", "2025", 1)])
def test_ego_graph_edges(stores, since, until, min_weight):
    for entity in stores[0].top_entities(limit=5):
        query = GraphQuery(entity.id, since, until, min_weight)
        edges = same(stores, lambda store, query=query: _sorted_edges(store.graph_edges(query)))
        assert all(entity.id in (e.source, e.target) and e.weight >= min_weight for e in edges)
    co = GraphQuery(stores[0].top_entities(limit=1)[0].id, types=(GRAPH_CO_MENTION,))
    assert same(stores, lambda store: _sorted_edges(store.graph_edges(co)))


@pytest.mark.parametrize(("by", "since", "until"), [
    ("month", None, None), ("year", None, None), ("day", None, None), ("week", None, None),
    ("month", "2025-01", "2025-03"),      # whole months: the running counts answer
    ("month", "2025-01-15", "2025-03"),   # a window cutting a month: the articles answer
    ("week", "2024", "2025"), ("day", "2025-03-01", "2025-03-31"),
])
def test_timelines(stores, by, since, until):
    for entity in stores[0].top_entities(limit=6):
        buckets = same(stores, lambda store, entity=entity: store.timeline(entity.id, by, since, until))
        if not since:
            dated = [a for a in stores[0].entity_facts(entity.id, 10_000).articles if a.published]
            assert buckets and sum(b.mentions for b in buckets) <= entity.articles
            assert sum(b.mentions for b in buckets) <= len(dated)


def test_timeline_counts_whole_months_as_the_articles_do(stores):
    """The running counts per month answer what counting the articles answers."""
    for store in stores:
        for entity in store.top_entities(limit=6):
            by_month = store.timeline(entity.id, "month", "2024-01", "2025-12")
            by_day = store.timeline(entity.id, "day", "2024-01", "2025-12")
            months: dict[str, int] = {}
            for bucket in by_day:
                months[bucket.period[:7]] = months.get(bucket.period[:7], 0) + bucket.mentions
            assert {b.period: b.mentions for b in by_month if b.mentions} == \
                {m: n for m, n in months.items() if n} | _month_only(store, entity.id)


def _month_only(store, entity_id: str) -> dict[str, int]:
    """Articles dated to a month only (no day), which a day timeline cannot place."""
    found: dict[str, int] = {}
    for article in store.entity_facts(entity_id, 10_000).articles:
        if article.published and len(article.published) == 7 and "2024" <= article.published <= "2025-12":
            found[article.published] = found.get(article.published, 0) + 1
    return found


# -- stories ------------------------------------------------------------------------------------

def test_stories_are_threaded_alike(stores):
    states = same(stores, lambda store: sorted(store.iter_story_states(), key=lambda s: s.id))
    assert states
    members = same(stores, lambda store: sorted(store.iter_story_members(), key=lambda m: m.article_id))
    assert len(members) == stores[0].stats().articles
    same(stores, lambda store: [s.article_id for s in store.iter_signatures()])
    same(stores, lambda store: store.duplicate_links())
    assert same(stores, lambda store: store.unthreaded_documents()) == []
    same(stores, lambda store: list(store.iter_thread_inputs()))


@pytest.mark.parametrize("query", [StoryQuery(), StoryQuery(since="2025"), StoryQuery(entities=("org:navo",)),
                                   StoryQuery(limit=3)])
def test_find_and_get_stories(stores, query):
    found = same(stores, lambda store: store.find_stories(query))
    assert found
    for story in found[:5]:
        full = same(stores, lambda store, story=story: store.get_story(story.id[:8]))
        assert full.id == story.id and len(full.articles) == len(story.articles)


def test_documents_name_their_story(stores, analyses):
    for analysis in analyses[:10]:
        document = same(stores, lambda store, analysis=analysis: store.get_document(analysis.article.id))
        assert document["story"]


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


# -- bounds (store/bounds.py) -------------------------------------------------------------------

def test_a_huge_match_set_is_ranked_among_its_newest_matches(stores, monkeypatch):
    """With the bound at 4, a word in many articles is ranked among the 4 most recently stored of
    them, in both stores; the facets' total still counts every match."""
    from nieuwsgraaf.store.postgres import search as postgres_search
    from nieuwsgraaf.store.sqlite import search as sqlite_search

    everything = {hit.id for hit in stores[0].search(SearchQuery("de", limit=1000))}
    for module in (sqlite_search, postgres_search):
        monkeypatch.setattr(module, "RANKED_MATCHES", 4)
    lite, postgres = (store.search(SearchQuery("de", limit=100)) for store in stores)
    assert sorted(ids(lite)) == sorted(ids(postgres)) and len(lite) == 4 and set(ids(lite)) < everything
    facets = same(stores, lambda store: store.search_facets(SearchQuery("de"), top=10))
    assert facets.total == len(everything) and sum(s.count for s in facets.sources) == 4
    assert same(stores, lambda store: sorted(ids(store.search(SearchQuery("zeldzaamheidsbeginsel"))))) == []


# -- exports ------------------------------------------------------------------------------------

@pytest.mark.parametrize("since, until, include_undated", [
    (None, None, False), ("2025", None, False), ("2025-06", "2025-06", True), (None, "2018", False)])
def test_iter_articles_streams_the_same_articles(stores, since, until, include_undated):
    found = same(stores, lambda store: list(store.iter_articles(since, until, include_undated)))
    if since is None and until is None:
        assert len(found) == stores[0].stats().articles
    assert all(article.text for article in found)


# -- migration 0011 on a store written before it ------------------------------------------------

_BEFORE_0011 = {
    "sqlite": """
        DROP TRIGGER mentions_alias; DROP TRIGGER mentions_unalias; DROP TABLE entity_aliases;
        DROP TABLE quote_entities; DROP INDEX quotes_speaker_newest; DROP INDEX event_actors_newest;
        ALTER TABLE quotes DROP COLUMN sort_date; ALTER TABLE event_actors DROP COLUMN sort_date;
        CREATE INDEX mentions_text ON mentions (text); CREATE INDEX mentions_text_nocase ON mentions (text COLLATE NOCASE);
        CREATE INDEX quotes_speaker ON quotes (speaker); CREATE INDEX event_actors_entity ON event_actors (entity, role);
        CREATE INDEX quotes_date ON quotes (date); CREATE INDEX events_date ON events (date);
        DROP INDEX events_type; CREATE INDEX events_type_date ON events (type, date);
        DELETE FROM schema_migrations WHERE name = '0011_names_and_newest_quotes';""",
    "postgres": """
        DROP TABLE entity_aliases; DROP TABLE quote_entities;
        ALTER TABLE quotes DROP COLUMN sort_date; ALTER TABLE event_actors DROP COLUMN sort_date;
        CREATE INDEX mentions_text_nocase ON mentions (lower(text)); CREATE INDEX quotes_speaker ON quotes (speaker);
        CREATE INDEX event_actors_entity ON event_actors (entity, role);
        CREATE INDEX quotes_date ON quotes (date); CREATE INDEX events_date ON events (date);
        DROP INDEX events_type; CREATE INDEX events_type_date ON events (type, date);
        DELETE FROM schema_migrations WHERE name = '0011_names_and_newest_quotes';""",
}


def _answers(store) -> list:
    top = [e.id for e in store.top_entities(limit=8)]
    return ([store.entity_facts(i, limit=20) for i in top] + [store.find_entities(n) for n in ("rutte", "NAVO")]
            + [store.find_quotes(QuoteQuery(speakers=(i,))) for i in top]
            + [store.find_quotes(QuoteQuery(about=(i,))) for i in top]
            + [store.find_events(EventQuery(**{role: (i,)})) for i in top for role in ("sources", "targets")])


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_migration_0011_backfills_a_store_written_before_it(kind, analyses, tmp_path, new_database):
    """A store written before 0011 (its tables and columns taken away by hand) answers the same
    once the next opening for writing has migrated it."""
    db = str(tmp_path / "old.db") if kind == "sqlite" else new_database("before0011")
    store = open_store(db)
    store.add_analyses(analyses)
    expected = _answers(store)
    if kind == "sqlite":
        store.db.executescript(_BEFORE_0011[kind])
    else:
        with store.pool.connection() as connection:
            connection.execute(_BEFORE_0011[kind])
    store.close()
    store = open_store(db)
    assert _answers(store) == expected
    store.close()


@pytest.mark.parametrize("words", ["%", "_", "\\", "NAVO"])
def test_words_a_quote_is_about_are_literal_not_wildcards(stores, words):
    found = same(stores, lambda store: store.find_quotes(QuoteQuery(about_text=words, limit=500)))
    assert all(words.lower() in quote.text.lower() for quote in found)
