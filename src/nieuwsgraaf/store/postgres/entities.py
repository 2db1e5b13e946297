"""Entities in the PostgreSQL store: the top list, lookups by name, and one entity's rows."""

from __future__ import annotations

import psycopg

from ...records import EntityCount

_ENTITY_COUNT = """SELECT e.id, e.name, e.label, e.wikidata, count(ae.article_id), coalesce(sum(ae.mentions), 0)
                   FROM entities e JOIN article_entities ae ON ae.entity_id = e.id"""


def top_entities(db: psycopg.Connection, label: str | None, limit: int) -> list[EntityCount]:
    """The entities in the most articles, read from the running counts in the order of their index."""
    where, params = ("WHERE e.label = %s", [label]) if label else ("", [])
    rows = db.execute(
        f"""SELECT e.id, e.name, e.label, e.wikidata, c.articles, c.mentions
            FROM entity_counts c JOIN entities e ON e.id = c.entity_id {where}
            ORDER BY c.articles DESC, c.mentions DESC, e.name LIMIT %s""", [*params, limit])
    return [EntityCount(*row) for row in rows]


def find_entities(db: psycopg.Connection, name: str) -> list[EntityCount]:
    """Entities whose canonical name or any mention text equals `name`, ignoring the case of
    ASCII letters (SQLite's NOCASE): lower() under the "C" collation folds only those."""
    rows = db.execute(
        f"""{_ENTITY_COUNT} WHERE e.id IN (
                SELECT id FROM entities WHERE lower(name) = lower(%s::text COLLATE "C")
                UNION SELECT entity FROM mentions WHERE lower(text) = lower(%s::text COLLATE "C")
                                                    AND entity IS NOT NULL)
            GROUP BY e.id ORDER BY count(ae.article_id) DESC, e.id""", (name, name))
    return [EntityCount(*row) for row in rows]


def entity_rows(db: psycopg.Connection, entity_id: str, limit: int) -> dict[str, list[tuple]]:
    """Aliases seen, mentions per month, co-mentioned entities and articles of one entity."""
    def q(sql: str, params: tuple) -> list[tuple]:
        return db.execute(sql, params).fetchall()

    return {
        "aliases": q("SELECT text, count(*) FROM mentions WHERE entity = %s GROUP BY text "
                     "ORDER BY count(*) DESC, text", (entity_id,)),
        "months": q("""SELECT substr(a.published, 1, 7), count(*) FROM mentions m
                       JOIN articles a ON a.id = m.article_id
                       WHERE m.entity = %s AND a.published IS NOT NULL GROUP BY 1 ORDER BY 1""", (entity_id,)),
        "co_mentioned": q(f"""{_ENTITY_COUNT} WHERE ae.article_id IN
                              (SELECT article_id FROM article_entities WHERE entity_id = %s) AND e.id != %s
                              GROUP BY e.id ORDER BY count(ae.article_id) DESC, e.name LIMIT %s""",
                          (entity_id, entity_id, limit)),
        "articles": q("""SELECT a.id, a.title, a.published, a.source, ae.mentions FROM article_entities ae
                         JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = %s
                         ORDER BY a.published DESC NULLS LAST, a.id LIMIT %s""", (entity_id, limit)),
    }
