"""What both stores write beside quotes and events so that lists of them are index ranges
(migration 0011): the date they are listed by, and the entities mentioned inside each quote."""

from __future__ import annotations

from ..records import Analysis


def sort_date(value: str | None, published: str | None) -> str | None:
    """The date a quote or event is listed by, newest first: its own, else its article's
    (the `coalesce(date, published)` the lists sorted by before it was stored)."""
    return value if value is not None else published


def quote_entity_rows(analysis: Analysis) -> list[tuple]:
    """(article_id, quote index, entity id, quote start, sort date): each entity with a mention
    inside a quote of the article, once per quote."""
    article = analysis.article
    published = article.published.value if article.published else None
    rows = []
    for idx, quote in enumerate(analysis.quotes):
        inside = {m.entity for m in analysis.mentions
                  if m.entity is not None and m.start >= quote.start and m.end <= quote.end}
        when = sort_date(quote.date.value if quote.date else None, published)
        rows.extend((article.id, idx, entity, quote.start, when) for entity in sorted(inside))
    return rows
