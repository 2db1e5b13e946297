"""The document JSON: the public per-article contract, and its conversion from records.

The schema lives in `schemas/document.schema.json`; `document_to_json` is its only writer.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from .records import Analysis, Event, Quote

SCHEMA_VERSION = "1.4"  # 1.4: story, duplicate_of


def _quote_to_json(quote: Quote) -> dict[str, Any]:
    ref = quote.speaker_ref
    return {
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "kind": quote.kind,
        "speaker": quote.speaker,
        "speaker_text": quote.speaker_text,
        # the words speaker_text quotes; none when no words name the speaker
        "speaker_span": [ref.start, ref.end] if ref and quote.speaker_text is not None else None,
        "cue": quote.cue,
        "addressee": quote.addressee,
        "date": asdict(quote.date) if quote.date else None,
        "speaker_affiliation": quote.speaker_affiliation,
    }


def _event_to_json(event: Event) -> dict[str, Any]:
    return {
        "type": event.type,
        "mode": event.mode,
        "trigger": asdict(event.trigger),
        "sentence": list(event.sentence),
        "source": event.source,
        "target": event.target,
        "sources": list(event.actors("source")),
        "targets": list(event.actors("target")),
        "location": event.location,
        "arguments": [asdict(argument) for argument in event.arguments],
        "negated": event.negated,
        "modality": event.modality,
        "date": asdict(event.date),
        "quote": event.quote,
        "confidence": event.confidence,
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
        # filled in by the store when the article is threaded (stories/); null outside a store
        "story": None,
        "duplicate_of": None,
        "meta": {
            "origin": article.origin,
            "format": article.format,
            "dateline": article.dateline,
            "byline": article.byline,
            "language_score": round(article.language_score, 4),
            "nlp_model": analysis.nlp_model,
            "extra": article.metadata,
            "errors": [error.to_json() for error in analysis.errors],
            "warnings": list(article.warnings),
        },
    }
