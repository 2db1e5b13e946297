"""The document JSON: the public per-article contract, and its conversion from records.

The schema lives in `schemas/document.schema.json`; `document_to_json` is its only writer.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from .records import Analysis, Event, Quote

SCHEMA_VERSION = "1.2"


def _quote_to_json(quote: Quote) -> dict[str, Any]:
    found = asdict(quote)
    found["date"] = asdict(quote.date) if quote.date else None
    return found


def _event_to_json(event: Event) -> dict[str, Any]:
    return {
        "type": event.type,
        "source": event.source,
        "target": event.target,
        "modality": event.modality,
        "negated": event.negated,
        "date": asdict(event.date),
        "trigger": asdict(event.trigger),
        "sentence": list(event.sentence),
    }


def document_to_json(analysis: Analysis) -> dict[str, Any]:
    """Return the document JSON object for one analysed article."""
    article = analysis.article
    return {
        "schema_version": SCHEMA_VERSION,
        "id": article.id,
        "url": article.url,
        "source": article.source,
        "agency": article.agency,
        "title": article.title,
        "published": article.published.to_json() if article.published else None,
        "language": article.language,
        "text": article.text,
        "sentences": [list(span) for span in analysis.sentences],
        "mentions": [asdict(mention) for mention in analysis.mentions],
        "entities": [
            {**asdict(entity), "mentions": list(entity.mentions)} for entity in analysis.entities
        ],
        "timexes": [asdict(timex) for timex in analysis.timexes],
        "quotes": [_quote_to_json(quote) for quote in analysis.quotes],
        "events": [_event_to_json(event) for event in analysis.events],
        "meta": {
            "origin": article.origin,
            "format": article.format,
            "dateline": article.dateline,
            "byline": article.byline,
            "language_score": round(article.language_score, 4),
            "nlp_model": analysis.nlp_model,
            "extra": article.metadata,
        },
    }
