"""The document JSON: the public per-article contract, and its conversion from and back to records.

The schema lives in `schemas/document.schema.json`; `document_to_json` is its only writer and
`document_from_json` its inverse (for loading stored or exported documents into a store).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from .records import (
    Analysis,
    Article,
    DateValue,
    Entity,
    Event,
    EventArgument,
    FactDate,
    Mention,
    Quote,
    SpeakerRef,
    StageError,
    Timex,
    Trigger,
)

SCHEMA_VERSION = "1.4"  # 1.4: story, duplicate_of; entities' gender
# SpeakerRef.kind of a quote read back from JSON, which keeps the speaker's words but not how they were read.
STORED_SPEAKER_KIND = "stored"


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


def thread_fields(analysis: Analysis) -> dict[str, Any]:
    """The fields of `document_to_json(analysis)` that story threading reads, and only those: the
    writer threads every article it stores, and building the whole document again costs about as
    much as the threading itself."""
    article = analysis.article
    return {
        "id": article.id,
        "text": article.text,
        "published": article.published.to_json() if article.published else None,
        "sentences": [list(span) for span in analysis.sentences],
        "entities": [{"id": entity.id} for entity in analysis.entities],
        "events": [{"type": event.type, "sources": list(event.actors("source")),
                    "targets": list(event.actors("target"))} for event in analysis.events],
    }


def _speaker_ref_from_json(quote: dict[str, Any]) -> SpeakerRef | None:
    span = quote["speaker_span"]
    if span is None:
        return None
    # The JSON keeps the words and their offsets, not how the quote stage read them.
    return SpeakerRef(start=span[0], end=span[1], text=quote["speaker_text"], kind=STORED_SPEAKER_KIND)


def _quote_from_json(quote: dict[str, Any]) -> Quote:
    date = quote["date"]
    return Quote(
        start=quote["start"], end=quote["end"], text=quote["text"], kind=quote["kind"],
        speaker=quote["speaker"], speaker_text=quote["speaker_text"], cue=quote["cue"],
        addressee=quote["addressee"], date=FactDate(**date) if date else None,
        speaker_affiliation=quote["speaker_affiliation"], speaker_ref=_speaker_ref_from_json(quote),
    )


def _event_from_json(event: dict[str, Any]) -> Event:
    return Event(
        type=event["type"], mode=event["mode"], trigger=Trigger(**event["trigger"]),
        sentence=tuple(event["sentence"]),
        arguments=tuple(EventArgument(**argument) for argument in event["arguments"]),
        negated=event["negated"], modality=event["modality"], date=FactDate(**event["date"]),
        quote=event["quote"], confidence=event["confidence"],
    )


def _article_from_json(document: dict[str, Any]) -> Article:
    meta = document["meta"]
    published = document["published"]
    return Article(
        id=document["id"], text=document["text"], title=document["title"], url=document["url"],
        source=document["source"], agency=document["agency"],
        published=DateValue(**published) if published else None,
        language=document["language"], language_score=meta["language_score"],
        origin=meta["origin"], format=meta["format"], dateline=meta["dateline"], byline=meta["byline"],
        metadata=meta["extra"], warnings=tuple(meta["warnings"]),
    )


def document_from_json(document: dict[str, Any]) -> Analysis:
    """Return the Analysis a document JSON object was written from: the inverse of
    `document_to_json`, so that `document_to_json(document_from_json(doc)) == doc`.

    What the JSON does not keep stays out: the event mentions (the events step's input) and how a
    quote's speaker words were read (`SpeakerRef.kind` is STORED_SPEAKER_KIND, the addressee's ref is
    None). Raises KeyError or TypeError on an object that is not a document of this schema version.
    """
    if document.get("schema_version") != SCHEMA_VERSION:
        raise ValueError(f"document schema {document.get('schema_version')!r} is not {SCHEMA_VERSION!r}")
    return Analysis(
        article=_article_from_json(document),
        sentences=tuple(tuple(span) for span in document["sentences"]),
        mentions=tuple(Mention(**mention) for mention in document["mentions"]),
        entities=tuple(
            Entity(**{**entity, "mentions": tuple(entity["mentions"])}) for entity in document["entities"]
        ),
        timexes=tuple(Timex(**timex) for timex in document["timexes"]),
        quotes=tuple(_quote_from_json(quote) for quote in document["quotes"]),
        events=tuple(_event_from_json(event) for event in document["events"]),
        nlp_model=document["meta"]["nlp_model"],
        errors=tuple(StageError(**error) for error in document["meta"]["errors"]),
    )
