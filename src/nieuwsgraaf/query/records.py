"""The records the query layer answers with, beyond the store's own (records.py): an article with
every fact as offsets into its text, search results with facets, the graph and timeline, stats.
The CLI renders them, the API returns them as JSON (their fields are its schema)."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import (
    DateValue,
    FactDate,
    GraphEdge,
    GraphNode,
    PeriodCount,
    SearchFacets,
    SearchHit,
    TimelineBucket,
)


@dataclass(frozen=True)
class SearchResults:
    """A page of hits, the facets of every match, and the cursor of the next page (None: no more)."""

    hits: tuple[SearchHit, ...]
    facets: SearchFacets
    next_cursor: str | None


@dataclass(frozen=True)
class MentionSpan:
    start: int
    end: int
    text: str
    label: str
    entity: str | None
    entity_name: str | None


@dataclass(frozen=True)
class QuoteSpan:
    """A quote; `speaker_span` the offsets of the words naming its speaker, when words do."""

    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    speaker_name: str | None
    speaker_text: str | None
    speaker_span: tuple[int, int] | None
    cue: str | None
    addressee: str | None
    date: FactDate | None


@dataclass(frozen=True)
class TimexSpan:
    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None
    anchor: str


@dataclass(frozen=True)
class EventSpan:
    """An event at the offsets of its trigger words, inside `sentence` (offsets too)."""

    start: int
    end: int
    text: str
    type: str
    mode: str | None
    source: str | None
    source_name: str | None
    target: str | None
    target_name: str | None
    location: str | None
    date: FactDate
    modality: str
    negated: bool
    sentence: tuple[int, int]
    quote: int | None
    confidence: float


@dataclass(frozen=True)
class ArticleEntity:
    id: str
    name: str
    label: str
    wikidata: str | None
    mentions: int


@dataclass(frozen=True)
class ArticleView:
    """One stored article: its cleaned text and every mention, quote, time expression and event
    as character offsets into that text (end exclusive)."""

    id: str
    title: str | None
    url: str | None
    source: str | None
    agency: str | None
    published: DateValue | None
    language: str
    text: str
    entities: tuple[ArticleEntity, ...]
    mentions: tuple[MentionSpan, ...]
    quotes: tuple[QuoteSpan, ...]
    timexes: tuple[TimexSpan, ...]
    events: tuple[EventSpan, ...]


@dataclass(frozen=True)
class Graph:
    """Actors (nodes) and their typed, weighted relations (edges) in a period."""

    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]


@dataclass(frozen=True)
class Timeline:
    entity: str
    by: str
    buckets: tuple[TimelineBucket, ...]


@dataclass(frozen=True)
class Stats:
    """What the store holds: articles by source, month and language, and how many facts."""

    articles: int
    sightings: int
    mentions: int
    undated: int
    entities: int
    quotes: int
    events: int
    by_source: tuple[PeriodCount, ...]
    by_month: tuple[PeriodCount, ...]
    by_language: tuple[PeriodCount, ...]
