"""What threading reads from one document JSON: its vector, linked entities, events and date."""

from __future__ import annotations

from typing import Any

from ..pooling import vector_to_bytes
from ..records import ArticleVector, DateValue, ThreadInput
from .vectors import ArticleVectorizer


def is_linked(entity_id: str) -> bool:
    """Knowledge-base ids only: a local id ('local:other:een-woordvoerder') names no one across articles."""
    return not entity_id.startswith("local:")


def document_sentences(document: dict[str, Any]) -> list[str]:
    text = document["text"]
    sentences = [text[start:end].strip() for start, end in document.get("sentences") or ()]
    sentences = [s for s in sentences if s]
    if sentences:
        return sentences
    return [line.strip() for line in text.split("\n") if line.strip()]  # no NLP: paragraphs


def document_entities(document: dict[str, Any]) -> tuple[str, ...]:
    return tuple(sorted({e["id"] for e in document.get("entities") or () if is_linked(e["id"])}))


def document_events(document: dict[str, Any]) -> tuple[str, ...]:
    keys = {f"{event['type']} {actor}" for event in document.get("events") or ()
            for actor in (*event.get("sources", ()), *event.get("targets", ())) if actor and is_linked(actor)}
    return tuple(sorted(keys))


def document_vector(document: dict[str, Any], vectorizer: ArticleVectorizer) -> ArticleVector | None:
    vector = vectorizer.article_vector(document_sentences(document))
    if vector is None:
        return None
    return ArticleVector(document["id"], vectorizer.name, vector_to_bytes(vector))


def document_to_thread_input(document: dict[str, Any], vector: ArticleVector | None,
                             duplicate_of: str | None = None) -> ThreadInput:
    published = document.get("published")
    return ThreadInput(
        article_id=document["id"],
        published=DateValue(published["value"], published["precision"]) if published else None,
        vector=vector.vector if vector else None,
        entities=document_entities(document),
        events=document_events(document),
        duplicate_of=duplicate_of,
    )
