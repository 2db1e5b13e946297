"""The entity queries use their indexes (EXPLAIN QUERY PLAN), so they stay fast as the store grows."""

from __future__ import annotations

import pytest

from nieuwsgraaf.records import Analysis, Article, DateValue, Entity, Mention
from nieuwsgraaf.store import open_store


def _analysis(number: int) -> Analysis:
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
                      published=DateValue("2024-05-14", "day"), language="nl", language_score=1.0,
                      origin="test", format="txt")
    return Analysis(article=article, mentions=mentions, entities=entities)


@pytest.fixture
def store(tmp_path):
    store = open_store(str(tmp_path / "plans.db"))
    store.add_analyses([_analysis(n) for n in range(300)])
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
    assert "entities_name_nocase" in plan and "mentions_text_nocase" in plan
    assert "SCAN mentions" not in plan


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
