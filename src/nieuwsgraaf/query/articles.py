"""One article as stored: the document JSON, and the article view read from it.

The document JSON (`document.py`, schemas/document.schema.json) is the source of truth for what
one article shows: its text and every fact as offsets. `article_view` is the one reader that
turns it into records; the store's rows (mentions, quotes, events) are an index written from the
same Analysis, for questions across articles.
"""

from __future__ import annotations

from typing import Any

from ..records import DateValue, FactDate
from ..store import Store
from .errors import QueryError
from .records import ArticleEntity, ArticleView, EventSpan, MentionSpan, QuoteSpan, TimexSpan


def article_document(store: Store, article_id: str) -> dict[str, Any]:
    """The document JSON of one article (full id or a unique prefix of 6+ characters)."""
    document = store.get_document(article_id.strip())
    if document is None:
        raise QueryError(f"no article with id {article_id!r} (or the prefix is not unique)")
    return document


def _date(value: dict | None) -> FactDate | None:
    return FactDate(value["value"], value["precision"], value["basis"]) if value else None


def article_view(store: Store, article_id: str) -> ArticleView:
    """The article's text with every mention, quote, time expression and event as offsets."""
    return document_to_view(article_document(store, article_id))


def document_to_view(document: dict[str, Any]) -> ArticleView:
    """The records of a document JSON object (any schema version since 1.0: missing parts are empty)."""
    names = {entity["id"]: entity["name"] for entity in document.get("entities", [])}
    published = document.get("published")
    return ArticleView(
        id=document["id"], title=document.get("title"), url=document.get("url"), source=document.get("source"),
        agency=document.get("agency"),
        published=DateValue(published["value"], published["precision"]) if published else None,
        language=document["language"], text=document["text"],
        entities=tuple(ArticleEntity(e["id"], e["name"], e["label"], e.get("wikidata"), len(e.get("mentions", ())))
                       for e in document.get("entities", [])),
        mentions=tuple(MentionSpan(m["start"], m["end"], m["text"], m["label"], m.get("entity"),
                                   names.get(m.get("entity")))
                       for m in document.get("mentions", [])),
        quotes=tuple(QuoteSpan(q["start"], q["end"], q["text"], q["kind"], q.get("speaker"),
                               names.get(q.get("speaker")), q.get("speaker_text"),
                               tuple(q["speaker_span"]) if q.get("speaker_span") else None,
                               q.get("cue"), q.get("addressee"), _date(q.get("date")))
                     for q in document.get("quotes", [])),
        timexes=tuple(TimexSpan(t["start"], t["end"], t["text"], t["type"], t.get("value"), t.get("mod"),
                                t.get("anchor", "absolute"))
                      for t in document.get("timexes", [])),
        events=tuple(EventSpan(e["trigger"]["start"], e["trigger"]["end"], e["trigger"]["text"], e["type"],
                               e.get("mode"), e.get("source"), names.get(e.get("source")), e.get("target"),
                               names.get(e.get("target")), e.get("location"), _date(e["date"]),
                               e["modality"], e["negated"], tuple(e["sentence"]), e.get("quote"),
                               e["confidence"])
                     for e in document.get("events", [])),
    )
