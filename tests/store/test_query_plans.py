"""The entity queries use their indexes (EXPLAIN QUERY PLAN), so they stay fast as the store grows."""

from __future__ import annotations

import pytest

from nieuwsgraaf.records import (
    Analysis,
    Article,
    DateValue,
    Entity,
    Event,
    EventArgument,
    EventQuery,
    FactDate,
    Mention,
    Quote,
    QuoteQuery,
    SearchQuery,
    Trigger,
)
from nieuwsgraaf.store import open_store


def generated_analysis(number: int) -> Analysis:
    # Two people in every article and one of many others, so the planner has tables worth indexing.
    other = f"Persoon {number}"
    text = f"Bericht {number:03d}: Mark Rutte sprak met Dilan Yesilgoz en {other} over de begroting."
    spans = [(text.index(name), text.index(name) + len(name)) for name in ("Mark Rutte", "Dilan Yesilgoz", other)]
    mentions = (Mention(*spans[0], "Mark Rutte", "PER", "per:mark-rutte"),
                Mention(*spans[1], "Dilan Yesilgoz", "PER", "per:dilan-yesilgoz"),
                Mention(*spans[2], other, "PER", f"local:per:persoon-{number}"))
    entities = (Entity("per:mark-rutte", "Mark Rutte", "PER", "Q57792", (0,)),
                Entity("per:dilan-yesilgoz", "Dilan Yesilgöz", "PER", None, (1,)),
                Entity(f"local:per:persoon-{number}", other, "PER", None, (2,)))
    article = Article(id=f"{number:016x}", text=text, title=None, url=None, source="nu.nl", agency=None,
                      published=DateValue(f"2024-05-{number % 28 + 1:02d}", "day"), language="nl", language_score=1.0,
                      origin="test", format="txt")
    # A quote by Rutte about Yesilgoz, and Rutte meeting Yesilgoz; half of them dated by the text.
    date = FactDate(f"2024-05-{number * 7 % 28 + 1:02d}", "day", "explicit") if number % 2 else None
    quote = Quote(0, len(text), text, "indirect", "per:mark-rutte", "Mark Rutte", "sprak", None, date)
    event = Event("CONSULT", "meet", Trigger(spans[0][1] + 1, spans[0][1] + 6, "sprak"), (0, len(text)),
                  (EventArgument("source", *spans[0], "Mark Rutte", "per:mark-rutte"),
                   EventArgument("target", *spans[1], "Dilan Yesilgoz", "per:dilan-yesilgoz")),
                  False, "asserted", date or FactDate(None, None, "publication"), None, 0.7)
    return Analysis(article=article, mentions=mentions, entities=entities, quotes=(quote,), events=(event,))


@pytest.fixture
def store(tmp_path):
    store = open_store(str(tmp_path / "plans.db"))
    store.add_analyses([generated_analysis(n) for n in range(300)])
    store.db.execute("ANALYZE")
    yield store
    store.close()


def _plans(store, call) -> str:
    """The query plans of every statement `call` runs on the store, as one text."""
    statements: list[str] = []
    store.db.set_trace_callback(statements.append)
    try:
        call()
    finally:
        store.db.set_trace_callback(None)
    rows = [row for sql in statements if sql.lstrip().upper().startswith("SELECT")
            for row in store.db.execute(f"EXPLAIN QUERY PLAN {sql}")]
    return "\n".join(str(row[-1]) for row in rows)


def test_the_top_list_reads_the_running_counts_in_index_order(store):
    top = store.top_entities(limit=1)
    assert (top[0].articles, top[0].mentions) == (300, 300)
    plan = _plans(store, lambda: store.top_entities(limit=50))
    assert "entity_counts" in plan and "article_entities" not in plan


def test_lookups_by_name_ignore_case_through_an_index(store):
    assert [e.id for e in store.find_entities("mark rutte")] == ["per:mark-rutte"]
    plan = _plans(store, lambda: store.find_entities("MARK RUTTE"))
    assert "entities_name_nocase" in plan and "entity_aliases_text_nocase" in plan
    assert "mentions" not in plan.replace("entity_aliases", "")


def test_counts_follow_deleted_articles(store):
    store.db.execute("DELETE FROM articles WHERE id = ?", (f"{0:016x}",))
    assert store.top_entities(limit=1)[0].articles == 299


def test_an_entity_s_newest_articles_and_neighbours_come_from_its_date_index(store):
    facts = store.entity_facts("per:mark-rutte", limit=5)
    assert len(facts.articles) == 5 and facts.co_mentioned[0].id == "per:dilan-yesilgoz"
    plan = _plans(store, lambda: store.entity_facts("per:mark-rutte", limit=5))
    assert "article_entities_newest" in plan and "entity_months" in plan
    assert "SCAN article_entities" not in plan and "SCAN articles" not in plan


def test_a_monthly_timeline_reads_the_running_counts(store):
    assert [(b.period, b.mentions) for b in store.timeline("per:mark-rutte", "month", None, None)] == [("2024-05", 300)]
    plan = _plans(store, lambda: store.timeline("per:mark-rutte", "month", "2024-01", "2024-12"))
    assert "entity_months" in plan
    assert "SCAN article_entities" not in plan


def test_counts_per_month_follow_deleted_articles(store):
    store.db.execute("DELETE FROM articles WHERE id = ?", (f"{1:016x}",))
    assert store.timeline("per:mark-rutte", "month", None, None)[0].mentions == 299


def test_aliases_are_running_counts_per_mention_text(store):
    facts = store.entity_facts("per:mark-rutte", limit=5)
    assert [(a.text, a.count) for a in facts.aliases] == [("Mark Rutte", 300)]
    plan = _plans(store, lambda: store.entity_facts("per:mark-rutte", limit=5))
    assert "entity_aliases" in plan and "mentions" not in plan.replace("entity_aliases", "")


def test_aliases_follow_deleted_articles(store):
    store.db.execute("DELETE FROM articles WHERE id = ?", (f"{2:016x}",))
    assert store.entity_facts("per:dilan-yesilgoz", limit=5).aliases[0].count == 299
    assert store.find_entities("persoon 2") == []
    assert [e.id for e in store.find_entities("PERSOON 3")] == ["local:per:persoon-3"]


def _newest_first(found, date_of) -> None:
    dates = [date_of(item) for item in found]
    assert dates == sorted(dates, reverse=True)


def test_a_speaker_s_newest_quotes_are_an_index_range(store):
    found = store.find_quotes(QuoteQuery(speakers=("per:mark-rutte",), limit=50))
    assert len(found) == 50
    _newest_first(found, lambda q: q.date or q.published)
    plan = _plans(store, lambda: store.find_quotes(QuoteQuery(speakers=("per:mark-rutte",), limit=50)))
    assert "quotes_speaker_newest" in plan and "TEMP B-TREE" not in plan


def test_quotes_about_an_entity_are_an_index_range(store):
    found = store.find_quotes(QuoteQuery(about=("per:dilan-yesilgoz",), limit=20))
    assert len(found) == 20
    _newest_first(found, lambda q: q.date or q.published)
    plan = _plans(store, lambda: store.find_quotes(QuoteQuery(about=("per:dilan-yesilgoz",), limit=20)))
    assert "quote_entities_newest" in plan and "TEMP B-TREE" not in plan and "mentions" not in plan
    assert store.find_quotes(QuoteQuery(about=("local:per:persoon-7",))) == \
        store.find_quotes(QuoteQuery(about=("local:per:persoon-7", "per:niemand")))


def test_quotes_about_follow_deleted_articles(store):
    store.db.execute("DELETE FROM articles WHERE id = ?", (f"{7:016x}",))
    assert store.find_quotes(QuoteQuery(about=("local:per:persoon-7",))) == []
    assert store.db.execute("SELECT count(*) FROM quote_entities WHERE article_id = ?",
                            (f"{7:016x}",)).fetchone()[0] == 0


@pytest.mark.parametrize("role", ["sources", "targets"])
def test_an_actor_s_newest_events_are_an_index_range(store, role):
    entity = "per:mark-rutte" if role == "sources" else "per:dilan-yesilgoz"
    query = EventQuery(**{role: (entity,)}, limit=20)
    found = store.find_events(query)
    assert len(found) == 20
    _newest_first(found, lambda e: e.date.value or e.published)
    plan = _plans(store, lambda: store.find_events(query))
    assert "event_actors_newest" in plan and "TEMP B-TREE" not in plan


def test_a_date_filter_without_words_reads_a_range_of_the_date_index(tmp_path):
    store = open_store(str(tmp_path / "plans.db"))
    source, params, _ = store._matches(SearchQuery(text="", since="2020", until="2020"), include_undated=False)
    plan = " ".join(row[3] for row in store.db.execute(f"EXPLAIN QUERY PLAN SELECT count(*) {source}", params))
    store.close()
    assert "SEARCH f USING COVERING INDEX articles_published (published>? AND published<?)" in plan, plan


def test_a_filtered_word_search_walks_the_narrow_filter_table_not_the_articles(store):
    query = SearchQuery(text="begroting", since="2024-05", until="2024-05", source="nu.nl")
    found = store.search(query)
    plans = _plans(store, lambda: store.search(query)).split("\n")
    assert found and all(hit.source == "nu.nl" and hit.published.value.startswith("2024-05") for hit in found)
    assert "SEARCH f USING INTEGER PRIMARY KEY (rowid=?)" in plans
    # every article row read is one of the page's hits, found after the filters
    assert sum("SEARCH a USING INTEGER PRIMARY KEY" in line for line in plans) == 1


def test_the_filter_table_follows_inserted_updated_and_deleted_articles(store):
    def filters():
        return store.db.execute("SELECT count(*), count(DISTINCT id), min(source) FROM article_filters").fetchone()

    assert filters() == (300, 300, "nu.nl")
    store.db.execute("UPDATE articles SET source = 'nos.nl' WHERE id = ?", (f"{5:016x}",))
    store.db.execute("DELETE FROM articles WHERE id = ?", (f"{0:016x}",))
    assert filters() == (299, 299, "nos.nl")
    joined = store.db.execute("SELECT count(*) FROM articles a JOIN article_filters f ON f.article_rowid = a.rowid "
                              "WHERE f.id = a.id AND f.source IS a.source AND f.published IS a.published").fetchone()[0]
    assert joined == 299


def test_migration_0012_fills_the_filter_table_of_a_store_written_before_it(tmp_path):
    db = str(tmp_path / "old.db")
    store = open_store(db)
    store.add_analyses([generated_analysis(n) for n in range(40)])
    expected = store.search(SearchQuery(text="begroting", since="2024-05-03", until="2024-05-09", limit=50))
    store.db.executescript("""
        DROP TRIGGER articles_filters_insert; DROP TRIGGER articles_filters_delete;
        DROP TRIGGER articles_filters_update; DROP TABLE article_filters;
        DELETE FROM schema_migrations WHERE name = '0012_article_filters';""")
    store.close()
    store = open_store(db)
    assert store.db.execute("SELECT count(*) FROM article_filters").fetchone()[0] == 40
    assert store.search(SearchQuery(text="begroting", since="2024-05-03", until="2024-05-09", limit=50)) == expected
    assert expected
    store.close()
