"""One entity's newest articles and its co-mentioned neighbours, from the (entity_id, published)
index of article_entities (migration 0010): a range read, however many articles name it."""

from __future__ import annotations

import psycopg

from ...records import EntityCount
from ..bounds import NEIGHBOUR_ARTICLES

_NEWEST = """SELECT article_id, mentions FROM article_entities WHERE entity_id = %s
             ORDER BY published DESC NULLS LAST, article_id LIMIT %s"""


def newest_articles(db: psycopg.Connection, entity_id: str, limit: int) -> list[tuple]:
    """(id, title, published, source, mentions) of the entity's `limit` newest articles."""
    return db.execute(
        f"""SELECT a.id, a.title, a.published, a.source, ae.mentions FROM ({_NEWEST}) ae
            JOIN articles a ON a.id = ae.article_id ORDER BY a.published DESC NULLS LAST, a.id""",
        (entity_id, limit)).fetchall()


def co_mentioned(db: psycopg.Connection, entity_id: str, limit: int) -> list[EntityCount]:
    """The `limit` entities in the most of the entity's NEIGHBOUR_ARTICLES newest articles."""
    rows = db.execute(
        f"""SELECT e.id, e.name, e.label, e.wikidata, n.articles, n.mentions FROM (
                SELECT y.entity_id AS id, count(*) AS articles, sum(y.mentions) AS mentions
                FROM ({_NEWEST}) x JOIN article_entities y ON y.article_id = x.article_id
                WHERE y.entity_id != %s GROUP BY y.entity_id) n
            JOIN entities e ON e.id = n.id ORDER BY n.articles DESC, e.name, e.id LIMIT %s""",
        (entity_id, NEIGHBOUR_ARTICLES, entity_id, limit))
    return [EntityCount(i, name, label, qid, articles, int(mentions)) for i, name, label, qid, articles, mentions in rows]
