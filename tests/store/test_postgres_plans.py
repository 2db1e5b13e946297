"""The PostgreSQL store's entity and actor lists can be read in list order from an index
(migration 0011), so LIMIT stops early however many quotes or events an actor has.

A few hundred rows are too few for the planner to prefer an index, so each plan is asked with
sequential scans and sorts priced out (`enable_seqscan`, `enable_sort` off): a Sort node left in
the plan then means that no index gives the order the query asks for.
"""

from __future__ import annotations

import psycopg
import pytest
from test_query_plans import generated_analysis

from nieuwsgraaf.records import EventQuery, QuoteQuery
from nieuwsgraaf.store import open_store
from nieuwsgraaf.store.postgres import entities, events, quotes


class _Explaining:
    """A connection that notes the plan of every statement before running it."""

    def __init__(self, connection: psycopg.Connection):
        self.connection = connection
        self.plans: list[str] = []

    def execute(self, sql, params=None):
        rows = self.connection.execute(f"EXPLAIN (COSTS OFF) {sql}", params)
        self.plans.append("\n".join(row[0] for row in rows))
        return self.connection.execute(sql, params)


@pytest.fixture(scope="module")
def connection(new_database):
    url = new_database("plans")
    store = open_store(url)
    store.add_analyses([generated_analysis(n) for n in range(300)])
    store.close()
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("ANALYZE")
        connection.execute("SET enable_seqscan = off")
        connection.execute("SET enable_sort = off")
        yield connection


def test_a_speaker_s_newest_quotes_come_from_its_index(connection):
    db = _Explaining(connection)
    found = quotes.find_quotes(db, QuoteQuery(speakers=("per:mark-rutte",), limit=50))
    assert len(found) == 50
    assert "quotes_speaker_newest" in db.plans[0] and "Sort" not in db.plans[0]


def test_quotes_about_an_entity_come_from_its_index(connection):
    db = _Explaining(connection)
    found = quotes.find_quotes(db, QuoteQuery(about=("per:dilan-yesilgoz",), limit=20))
    assert len(found) == 20
    assert "quote_entities_newest" in db.plans[0] and "Sort" not in db.plans[0]
    assert " on mentions" not in db.plans[0]


@pytest.mark.parametrize(("role", "entity"), [("sources", "per:mark-rutte"), ("targets", "per:dilan-yesilgoz")])
def test_an_actor_s_newest_events_come_from_its_index(connection, role, entity):
    sql, params = events.events_query(EventQuery(**{role: (entity,)}, limit=20))
    plan = "\n".join(row[0] for row in connection.execute(f"EXPLAIN (COSTS OFF) {sql}", params))
    assert "event_actors_newest" in plan and "Sort" not in plan


def test_names_and_aliases_come_from_the_running_counts(connection):
    db = _Explaining(connection)
    assert [e.id for e in entities.find_entities(db, "MARK rutte")] == ["per:mark-rutte"]
    facts_db = _Explaining(connection)
    facts = entities.entity_facts(facts_db, "per:mark-rutte", 5)
    assert [(a.text, a.count) for a in facts.aliases] == [("Mark Rutte", 300)]
    assert "entity_aliases_text_nocase" in db.plans[0] and " on mentions" not in db.plans[0]
    assert "on entity_aliases" in facts_db.plans[0] and " on mentions" not in facts_db.plans[0]
