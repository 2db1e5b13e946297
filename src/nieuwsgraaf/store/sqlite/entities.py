"""Entities in the SQLite store: the top list, lookups by name and id, a page of them, and what
the store has on one of them. A part of SqliteStore, kept in its own module."""

from __future__ import annotations

import sqlite3

from ...records import AliasCount, ArticleSummary, EntityCount, EntityFacts, PeriodCount
from ..bounds import NEIGHBOUR_ARTICLES
from .guards import guarded

# An entity's newest articles, read in the order of the article_entities_newest index (migration 0010).
_NEWEST = """SELECT article_id, mentions FROM article_entities WHERE entity_id = ?
             ORDER BY published DESC, article_id LIMIT ?"""
# An entity with its running counts (migration 0007).
_COUNTED = """SELECT e.id, e.name, e.label, e.wikidata, coalesce(c.articles, 0), coalesce(c.mentions, 0)
              FROM entities e LEFT JOIN entity_counts c ON c.entity_id = e.id"""


class EntityRows:
    db: sqlite3.Connection
    path: str

    @guarded
    def top_entities(self, label: str | None = None, limit: int = 50) -> list[EntityCount]:
        return self.list_entities(label, None, 0, limit)

    @guarded
    def list_entities(self, label: str | None, prefix: str | None, offset: int, limit: int) -> list[EntityCount]:
        """Entities in the most articles first (then by name and id, a stable order), optionally
        of one label and with a name that starts with `prefix` (any case)."""
        filters, params = [], []
        if label:
            filters.append("e.label = ?")
            params.append(label)
        if prefix:
            # A range on the NOCASE index instead of LIKE, which would read every name.
            filters.append("e.name >= ? COLLATE NOCASE AND e.name < ? COLLATE NOCASE")
            params.extend([prefix, prefix + "\U0010ffff"])
        where = f"WHERE {' AND '.join(filters)}" if filters else ""
        # The running counts, read in the order of their index.
        rows = self.db.execute(
            f"""SELECT e.id, e.name, e.label, e.wikidata, c.articles, c.mentions
                FROM entity_counts c JOIN entities e ON e.id = c.entity_id {where}
                ORDER BY c.articles DESC, c.mentions DESC, e.name, e.id LIMIT ? OFFSET ?""",
            [*params, limit, offset])
        return [EntityCount(*row) for row in rows]

    @guarded
    def get_entity(self, entity_id: str) -> EntityCount | None:
        row = self.db.execute(f"{_COUNTED} WHERE e.id = ?", (entity_id,)).fetchone()
        return EntityCount(*row) if row else None

    @guarded
    def entities_by_id(self, ids: list[str]) -> list[EntityCount]:
        found: list[EntityCount] = []
        for start in range(0, len(ids), 500):  # SQLite's limit on parameters
            chunk = ids[start:start + 500]
            rows = self.db.execute(f"{_COUNTED} WHERE e.id IN ({','.join('?' * len(chunk))})", chunk)
            found.extend(EntityCount(*row) for row in rows)
        return found

    @guarded
    def find_entities(self, name: str) -> list[EntityCount]:
        """Entities whose canonical name or any mention text equals `name` (case-insensitive)."""
        rows = self.db.execute(
            f"""{_COUNTED} WHERE e.id IN (
                    SELECT id FROM entities WHERE name = ? COLLATE NOCASE
                    UNION SELECT entity_id FROM entity_aliases WHERE text = ? COLLATE NOCASE)
                AND c.articles > 0 ORDER BY c.articles DESC, e.id""", (name, name))
        return [EntityCount(*row) for row in rows]

    @guarded
    def entity_facts(self, entity_id: str, limit: int = 20) -> EntityFacts:
        q = self.db.execute
        # The running counts per mention text (migration 0011).
        aliases = q("SELECT text, mentions FROM entity_aliases WHERE entity_id = ? ORDER BY mentions DESC, text",
                    (entity_id,))
        # Mentions per month: the running counts (migration 0010), cut to the month as before.
        months = q("""SELECT substr(month, 1, 7), sum(mentions) FROM entity_months WHERE entity_id = ?
                      GROUP BY 1 ORDER BY 1""", (entity_id,))
        # The entity's newest articles straight from the (entity_id, published) index; its
        # neighbours among the NEIGHBOUR_ARTICLES newest (store/bounds.py).
        co_mentioned = q(
            f"""SELECT e.id, e.name, e.label, e.wikidata, n.articles, n.mentions FROM (
                   SELECT y.entity_id AS id, count(*) AS articles, sum(y.mentions) AS mentions
                   FROM ({_NEWEST}) x JOIN article_entities y ON y.article_id = x.article_id
                   WHERE y.entity_id != ? GROUP BY y.entity_id) n
               JOIN entities e ON e.id = n.id ORDER BY n.articles DESC, e.name, e.id LIMIT ?""",
            (entity_id, NEIGHBOUR_ARTICLES, entity_id, limit))
        articles = q(f"""SELECT a.id, a.title, a.published, a.source, ae.mentions FROM ({_NEWEST}) ae
                         CROSS JOIN articles a ON a.id = ae.article_id ORDER BY a.published DESC, a.id""",
                     (entity_id, limit))
        return EntityFacts(
            aliases=tuple(AliasCount(*row) for row in aliases),
            months=tuple(PeriodCount(*row) for row in months),
            co_mentioned=tuple(EntityCount(*row) for row in co_mentioned),
            articles=tuple(ArticleSummary(*row) for row in articles),
        )
