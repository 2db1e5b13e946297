"""The typed records that the stages hand to each other.

Offsets are character offsets into `Article.text` (the cleaned text), end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PRECISIONS = ("day", "month", "year")


@dataclass(frozen=True)
class DateValue:
    """A calendar date with the precision the source supports ("2017-11", "month")."""

    value: str
    precision: str

    def to_json(self) -> dict[str, str]:
        return {"value": self.value, "precision": self.precision}


@dataclass(frozen=True)
class RawDocument:
    """One article as a reader found it, before cleaning.

    `origin` names where it came from (a path, `path#line 3`, `path#record 2`, `-`).
    Fields other than `text` are what the container itself said (feed dates, HTML meta).
    """

    origin: str
    text: str
    format: str
    url: str | None = None
    title: str | None = None
    published: DateValue | None = None
    source: str | None = None
    author: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Skip:
    """An input that produced no article, and why."""

    origin: str
    reason: str


@dataclass(frozen=True)
class Article:
    """A cleaned article: text without page chrome plus the metadata found in it."""

    id: str
    text: str
    title: str | None
    url: str | None
    source: str | None
    agency: str | None
    published: DateValue | None
    language: str
    language_score: float
    origin: str
    format: str
    dateline: str | None = None
    byline: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def is_dutch(self) -> bool:
        return self.language == "nl"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    label: str
    entity: str | None = None


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    label: str
    wikidata: str | None
    mentions: tuple[int, ...]


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None = None
    anchor: str = "absolute"  # what the value rests on: absolute | publication | narrative


@dataclass(frozen=True)
class FactDate:
    value: str | None
    precision: str | None
    basis: str


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    speaker_text: str | None
    cue: str | None
    addressee: str | None
    date: FactDate | None = None
    speaker_affiliation: str | None = None


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Event:
    type: str
    source: str
    target: str | None
    modality: str
    negated: bool
    date: FactDate
    trigger: Trigger
    sentence: tuple[int, int]


@dataclass(frozen=True)
class Analysis:
    """An article with everything extracted from it: the document JSON's content."""

    article: Article
    sentences: tuple[tuple[int, int], ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    timexes: tuple[Timex, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    nlp_model: str | None = None


@dataclass(frozen=True)
class SearchQuery:
    """A full-text query with optional filters; dates are ISO prefixes ('2018', '2018-01')."""

    text: str
    since: str | None = None
    until: str | None = None
    source: str | None = None
    language: str | None = None
    limit: int = 20


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str | None
    source: str | None
    published: DateValue | None
    snippet: str
    score: float


@dataclass(frozen=True)
class EntityCount:
    """An entity with how often the store has seen it."""

    id: str
    name: str
    label: str
    wikidata: str | None
    articles: int
    mentions: int


@dataclass(frozen=True)
class EntityProfile:
    """Everything the store knows about one entity, plus its roles from the knowledge base."""

    entity: EntityCount
    roles: tuple[dict[str, Any], ...]
    aliases_seen: tuple[tuple[str, int], ...]
    mentions_per_month: tuple[tuple[str, int], ...]
    co_mentioned: tuple[EntityCount, ...]
    articles: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class CorpusStats:
    articles: int
    sightings: int
    mentions: int
    by_source: tuple[tuple[str, int], ...]
    by_month: tuple[tuple[str, int], ...]
    by_language: tuple[tuple[str, int], ...]
    undated: int

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "sightings": self.sightings,
            "mentions": self.mentions,
            "undated": self.undated,
            "by_source": dict(self.by_source),
            "by_month": dict(self.by_month),
            "by_language": dict(self.by_language),
        }
