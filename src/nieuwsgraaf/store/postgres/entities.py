"""Entities in the PostgreSQL store: the top list, lookups by name and id, a page of them, and what
the store has on one of them (the SQLite store's `entities.py`, in PostgreSQL's SQL)."""

from __future__ import annotations

import psycopg

from ...records import AliasCount, ArticleSummary, EntityCount, EntityFacts, PeriodCount
from .neighbours import co_mentioned, newest_articles

# An entity with its running counts.
_COUNTED = """SELECT e.id, e.name, e.label, e.wikidata, coalesce(c.articles, 0), coalesce(c.mentions, 0)
              FROM entities e LEFT JOIN entity_counts c ON c.entity_id = e.id"""


def list_entities(db: psycopg.Connection, label: str | None, prefix: str | None, offset: int,
                  limit: int) -> list[EntityCount]:
    """Entities in the most articles first, then by name and id; of one label and with a name that
    starts with `prefix` (ASCII letters in any case, as SQLite's NOCASE) when given."""
    filters, params = [], []
    if label:
        filters.append("e.label = %s")
        params.append(label)
    if prefix:
        # A range on the lower(name) index; lower() under the "C" collation folds ASCII only.
        filters.append("""lower(e.name) >= lower(%s::text COLLATE "C")
                          AND lower(e.name) < lower(%s::text COLLATE "C")""")
        params.extend([prefix, prefix + "\U0010ffff"])
    where = f"WHERE {' AND '.join(filters)}" if filters else ""
    rows = db.execute(
        f"""SELECT e.id, e.name, e.label, e.wikidata, c.articles, c.mentions
            FROM entity_counts c JOIN entities e ON e.id = c.entity_id {where}
            ORDER BY c.articles DESC, c.mentions DESC, e.name, e.id LIMIT %s OFFSET %s""",
        [*params, limit, offset])
    return [EntityCount(*row) for row in rows]


def get_entity(db: psycopg.Connection, entity_id: str) -> EntityCount | None:
    row = db.execute(f"{_COUNTED} WHERE e.id = %s", (entity_id,)).fetchone()
    return EntityCount(*row) if row else None


def entities_by_id(db: psycopg.Connection, ids: list[str]) -> list[EntityCount]:
    return [EntityCount(*row) for row in db.execute(f"{_COUNTED} WHERE e.id = ANY(%s)", (list(ids),))]


def find_entities(db: psycopg.Connection, name: str) -> list[EntityCount]:
    """Entities whose canonical name or any mention text equals `name`, ignoring the case of
    ASCII letters (SQLite's NOCASE): lower() under the "C" collation folds only those."""
    rows = db.execute(
        f"""{_COUNTED} WHERE e.id IN (
                SELECT id FROM entities WHERE lower(name) = lower(%s::text COLLATE "C")
                UNION SELECT entity_id FROM entity_aliases WHERE lower(text) = lower(%s::text COLLATE "C"))
            AND c.articles > 0 ORDER BY c.articles DESC, e.id""", (name, name))
    return [EntityCount(*row) for row in rows]


def entity_facts(db: psycopg.Connection, entity_id: str, limit: int) -> EntityFacts:
    """Aliases seen, mentions per month, co-mentioned entities and newest articles of one entity."""
    # The running counts per mention text (migration 0011).
    aliases = db.execute("SELECT text, mentions FROM entity_aliases WHERE entity_id = %s ORDER BY mentions DESC, text",
                         (entity_id,)).fetchall()
    months = db.execute("""SELECT month, sum(mentions) FROM entity_months WHERE entity_id = %s
                           GROUP BY month ORDER BY month""", (entity_id,)).fetchall()
    return EntityFacts(
        aliases=tuple(AliasCount(*row) for row in aliases),
        months=tuple(PeriodCount(month, int(n)) for month, n in months),
        co_mentioned=tuple(co_mentioned(db, entity_id, limit)),
        articles=tuple(ArticleSummary(*row) for row in newest_articles(db, entity_id, limit)),
    )
