"""The typed records that the stages hand to each other.

Offsets are character offsets into `Article.text` (the cleaned text), end exclusive.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any, Generic, TypeVar

PRECISIONS = ("day", "month", "year")
# PLOVER's 16 event types, quad by quad (docs/events.md).
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
               "ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT")
# types whose actors named together act with each other ('Poetin en Trump ontmoetten …': one with the other)
MUTUAL_EVENT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Events that can be aimed at a policy, whose maker is then their recipient (events/policies.py).
POLICY_EVENT_TYPES = frozenset({"PROTEST", "REJECT", "REQUEST", "ACCUSE"})
EVENT_MODALITIES = ("asserted", "future", "hypothetical", "possible", "reported", "denied")
# the ids of people: the knowledge base's and the entity stage's local ones
PERSON_ID_PREFIXES = ("per:", "local:per:")


def is_person_id(entity_id: str | None) -> bool:
    return bool(entity_id) and entity_id.startswith(PERSON_ID_PREFIXES)


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
    # Repairs the reader made and the user should hear of (bytes replaced, control characters removed).
    warnings: tuple[str, ...] = ()


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
    warnings: tuple[str, ...] = ()  # carried from RawDocument.warnings

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
    gender: str | None = None  # a person's, from the knowledge base only (never guessed from a name)


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


# How the quote stage read the words naming a speaker (SpeakerRef.kind):
#   mention       a linked mention ('Rutte', 'De Amerikaanse president', 'China')
#   pronoun       'hij', 'ze', 'hem': `mention` is the person it refers to, or None
#   salient       no words name the speaker: `mention` is the person the text is about there
#   description   a role, function or unnamed source ('de premier', 'een woordvoerder van de NAVO',
#                 'de rechtbank', 'ingewijden'); `mention` is the person a role may mean
#   person_name   a person's name the tagger missed ('verslaggever Jeroen de Jager')
#   org_name      a name the tagger cut short ('de Helsinki Times')
#   group         people who speak together ('de koning en koningin', 'Rutte en Merkel')
SPEAKER_KINDS = ("mention", "pronoun", "salient", "description", "person_name", "org_name", "group")


@dataclass(frozen=True)
class SpeakerRef:
    """The words of an article that name who said a quote, or to whom, as the quote stage read them.

    `start`/`end` are offsets of those words. `mention` is the span of the linked mention they are or
    stand for, `affiliation` the span of the linked mention of the body an unnamed source speaks for.
    The quote stage makes no ids: the speaker step (entities/speakers.py) turns a SpeakerRef into
    an entity id of the article.
    """

    start: int
    end: int
    text: str
    kind: str
    mention: tuple[int, int] | None = None
    affiliation: tuple[int, int] | None = None


@dataclass(frozen=True)
class Quote:
    """A direct or indirect quote. `speaker`, `addressee` and `speaker_affiliation` are entity ids
    of the article, set by the speaker step from `speaker_ref` and `addressee_ref`."""

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
    speaker_ref: SpeakerRef | None = None
    addressee_ref: SpeakerRef | None = None


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class EventArgument:
    """An actor or place of an event: the words naming it, and its entity id once linked."""

    role: str  # source | target | location
    start: int
    end: int
    text: str
    entity: str | None = None


@dataclass(frozen=True)
class EventMention:
    """An event as the NLP finds it in one sentence, before dating and actor linking."""

    type: str
    mode: str | None
    trigger: Trigger
    sentence: tuple[int, int]
    arguments: tuple[EventArgument, ...]
    negated: bool
    modality: str
    confidence: float
    when: tuple[int, int] | None = None  # the timex that dates it: of the trigger's clause in the parse
    future_tense: bool = False  # its clause is in the future tense ('zal'): later than any quote reporting it
    story: tuple[int, int] | None = None  # the date that may set its day of the news (events/dating.py)
    # its source is whoever says the quote it stands in: a demand or verdict whose sentence names no
    # speaker ('"Hamas moet de wapens neerleggen."'); the events step sets it from the quote, or drops it
    speaker_source: bool = False

    def actors(self, role: str) -> tuple[str, ...]:
        """The linked entity ids in one role, in text order, each once (as Event.actors)."""
        return role_actors(self.arguments, role)


def role_actors(arguments: tuple[EventArgument, ...], role: str) -> tuple[str, ...]:
    """The linked entity ids of `arguments` in one role, in text order, each once."""
    return tuple(dict.fromkeys(a.entity for a in arguments if a.role == role and a.entity))


def with_entity(record: Mention | EventArgument, entity: str | None) -> Mention | EventArgument:
    """The mention or event argument naming `entity`: the record itself when it names it already (most
    do: a dataclasses.replace per record of the article was a good part of the actors step's time)."""
    return record if record.entity == entity else replace(record, entity=entity)


@dataclass(frozen=True)
class Event:
    """Who did what to whom, when: one PLOVER event with provenance."""

    type: str
    mode: str | None
    trigger: Trigger
    sentence: tuple[int, int]
    arguments: tuple[EventArgument, ...]
    negated: bool
    modality: str
    date: FactDate
    quote: int | None
    confidence: float

    def actors(self, role: str) -> tuple[str, ...]:
        """The linked entity ids in one role, in text order, each once."""
        return role_actors(self.arguments, role)

    @property
    def source(self) -> str | None:
        return next(iter(self.actors("source")), None)

    @property
    def target(self) -> str | None:
        return next(iter(self.actors("target")), None)

    @property
    def location(self) -> str | None:
        return next(iter(self.actors("location")), None)


@dataclass(frozen=True)
class StageError:
    """A stage that failed on one article: that stage's output is missing, the rest is kept."""

    stage: str
    exception: str
    message: str

    @classmethod
    def from_exception(cls, stage: str, error: BaseException) -> StageError:
        return cls(stage, type(error).__name__, str(error)[:500])

    def to_json(self) -> dict[str, str]:
        return {"stage": self.stage, "exception": self.exception, "message": self.message}


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
    event_mentions: tuple[EventMention, ...] = ()  # from the NLP; the events step turns them into events
    nlp_model: str | None = None
    # the country whose government a bare 'de regering' names (entities/focus.py), set by the entity step
    country_in_focus: str | None = None
    # the regional government a bare 'de regering' names instead (entities/governments.py), set with it
    region_in_focus: str | None = None
    # (person, country) for each office of a country the knowledge base gives a person of the article,
    # set by the event-actor step: the events step tells an actor's own side by it (events/context.py)
    offices: tuple[tuple[str, str], ...] = ()
    errors: tuple[StageError, ...] = ()
    # pooled by the NLP stage from its encoder's word vectors (pooling.py); the stories stage uses it
    # when it is its vector model's, instead of a second encoder pass
    vector: ArticleVector | None = None


@dataclass(frozen=True)
class SearchQuery:
    """A full-text query with optional filters; dates are ISO prefixes ('2018', '2018-01')."""

    text: str
    since: str | None = None
    until: str | None = None
    source: str | None = None
    language: str | None = None
    limit: int = 20
    offset: int = 0  # results to pass over: a page of a longer list


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str | None
    source: str | None
    published: DateValue | None
    snippet: str
    score: float


@dataclass(frozen=True)
class EventQuery:
    """Stored events by type, actor ids and date (matched by period overlap, like quotes)."""

    type: str | None = None
    sources: tuple[str, ...] | None = None  # entity ids of the actor; None: any
    targets: tuple[str, ...] | None = None  # entity ids of the recipient; None: any
    since: str | None = None
    until: str | None = None
    include_undated: bool = False
    min_confidence: float = 0.0
    limit: int | None = 50  # None: every event
    outlet: str | None = None  # the article's source (nu.nl); any subdomain matches too
    offset: int = 0


@dataclass(frozen=True)
class ActorRef:
    """An entity as a stored fact names it: id, display name and Wikidata id."""

    id: str
    name: str | None
    wikidata: str | None


@dataclass(frozen=True)
class StoredEvent:
    """One stored event with what it is joined to: its actors' names and its article."""

    article_id: str
    index: int
    type: str
    mode: str | None
    trigger: Trigger
    sentence: str
    source: ActorRef | None
    target: ActorRef | None
    location: ActorRef | None
    negated: bool
    modality: str
    date: FactDate
    quote: int | None
    confidence: float
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


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
class HeldRole:
    """A role from the knowledge base with its dates: 'premier' of gpe:nl from 2010-10-14."""

    role: str
    of: str | None
    of_name: str | None
    start: str | None
    end: str | None
    portfolio: str | None


@dataclass(frozen=True)
class AliasCount:
    """A text an entity was mentioned as, and how often."""

    text: str
    count: int


@dataclass(frozen=True)
class PeriodCount:
    """How many in one period ('2018-03') or under one value (an outlet)."""

    period: str
    count: int


@dataclass(frozen=True)
class ArticleSummary:
    """An article as a list shows it; `mentions`: of the entity the list is about (0 otherwise)."""

    id: str
    title: str | None
    published: str | None
    source: str | None
    mentions: int


@dataclass(frozen=True)
class EntityFacts:
    """What the store has on one entity: the texts it is mentioned as, mentions per month,
    the entities in the most articles with it, and its newest articles."""

    aliases: tuple[AliasCount, ...]
    months: tuple[PeriodCount, ...]
    co_mentioned: tuple[EntityCount, ...]
    articles: tuple[ArticleSummary, ...]


@dataclass(frozen=True)
class QuoteQuery:
    """Stored quotes by speaker ids, by entity ids or words inside the quote, by outlet and date."""

    speakers: tuple[str, ...] | None = None  # None: anyone
    about: tuple[str, ...] | None = None  # entity ids the quote mentions
    about_text: str | None = None  # or words it contains
    since: str | None = None
    until: str | None = None
    include_undated: bool = False
    outlet: str | None = None
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True)
class StoredQuote:
    """One stored quote with its speaker's name and its article (dates as stored: value,
    precision and basis of the quote's own date; the article's publication date)."""

    article_id: str
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    speaker_name: str | None
    speaker_text: str | None
    cue: str | None
    addressee: str | None
    date: str | None
    date_precision: str | None
    date_basis: str | None
    title: str | None
    source: str | None
    published: str | None


@dataclass(frozen=True)
class EntityProfile:
    """Everything the store knows about one entity, plus its roles from the knowledge base.

    `roles_at` are the roles held on `date` (None when no date was asked)."""

    entity: EntityCount
    roles: tuple[HeldRole, ...]
    aliases_seen: tuple[AliasCount, ...]
    mentions_per_month: tuple[PeriodCount, ...]
    co_mentioned: tuple[EntityCount, ...]
    articles: tuple[ArticleSummary, ...]
    events_as_actor: tuple[StoredEvent, ...] = ()
    events_as_target: tuple[StoredEvent, ...] = ()
    quotes_by: tuple[StoredQuote, ...] = ()
    quotes_about: tuple[StoredQuote, ...] = ()
    date: str | None = None
    roles_at: tuple[HeldRole, ...] | None = None


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


@dataclass(frozen=True)
class FactCounts:
    """How many distinct entities, quotes and events the store holds."""

    entities: int
    quotes: int
    events: int


@dataclass(frozen=True)
class SearchFacets:
    """Counts over every article a search matches (not only the page shown)."""

    total: int
    sources: tuple[PeriodCount, ...]  # `period` holds the outlet
    months: tuple[PeriodCount, ...]
    entities: tuple[EntityCount, ...]  # counts within the matches


GRAPH_CO_MENTION = "co-mention"
GRAPH_QUOTED_ABOUT = "quoted-about"
GRAPH_EDGE_TYPES = (GRAPH_CO_MENTION, GRAPH_QUOTED_ABOUT, *EVENT_TYPES)


@dataclass(frozen=True)
class GraphQuery:
    """The actor network of a period: edges of `types` (GRAPH_EDGE_TYPES) with at least
    `min_weight`; with `entity`, only the edges that entity is at one end of."""

    entity: str | None = None
    since: str | None = None
    until: str | None = None
    min_weight: int = 1
    types: tuple[str, ...] = GRAPH_EDGE_TYPES
    limit: int = 100  # at most this many actors: the ones in the most articles of the period


@dataclass(frozen=True)
class GraphEdge:
    """`co-mention`: articles naming both (source < target, undirected); `quoted-about`: quotes by
    source that mention target; a PLOVER type: events of source (actor) towards target."""

    source: str
    target: str
    type: str
    weight: int


@dataclass(frozen=True)
class GraphNode:
    """An actor of the graph; `weight`: the articles of the period that mention it."""

    id: str
    name: str
    label: str
    qid: str | None
    weight: int


TIMELINE_STEPS = ("day", "week", "month", "year")


@dataclass(frozen=True)
class TimelineBucket:
    """One period ('2018-03', '2018-W09', '2018-03-02') of an entity's timeline: articles that
    mention it, quotes it is the speaker of, events it is actor or recipient of."""

    period: str
    mentions: int
    quotes: int
    events: int


T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """Some items of a longer list; `next_cursor` asks for the ones after them (None: no more)."""

    items: tuple[T, ...]
    next_cursor: str | None
# -- stories (issue 17): near-duplicates and story threads ------------------------------------


@dataclass(frozen=True)
class ArticleSignature:
    """An article's MinHash over word shingles, kept so the near-duplicate index rebuilds from the store."""

    article_id: str
    shingles: int     # distinct shingles of the text: sizes turn a Jaccard estimate into containment
    hashvalues: bytes  # the MinHash values, uint32 little-endian


@dataclass(frozen=True)
class DuplicateLink:
    """A near-duplicate: another text of an article already stored (agency copy, light edit, cut)."""

    article_id: str
    duplicate_of: str  # the first stored copy
    similarity: float  # estimated share of the shorter text's shingles found in the other


@dataclass(frozen=True)
class ArticleVector:
    article_id: str
    model: str
    vector: bytes  # float16 little-endian, unit length


@dataclass(frozen=True)
class StoryState:
    """What threading keeps of one story: enough to score a new article against it."""

    id: str                                # the id of its first article
    title_article: str                     # its most central article so far
    size: int                              # articles threaded into it (near-duplicates not counted)
    centroid: bytes                        # float32 sum of its articles' vectors
    title_vector: bytes                    # float32 vector of title_article
    entities: tuple[tuple[str, int], ...]  # knowledge-base ids and in how many of its articles
    events: tuple[str, ...]                # 'TYPE entity' keys of its articles' events
    first: str | None                      # earliest day its dated articles cover (ISO)
    last: str | None                       # latest day


@dataclass(frozen=True)
class StoryMember:
    article_id: str
    story_id: str
    score: float  # the score it joined with; 1.0 for the article that opened the story


@dataclass(frozen=True)
class StoryWrite:
    """One batch of threading results, written in one transaction."""

    signatures: tuple[ArticleSignature, ...] = ()
    vectors: tuple[ArticleVector, ...] = ()
    duplicates: tuple[DuplicateLink, ...] = ()
    stories: tuple[StoryState, ...] = ()
    members: tuple[StoryMember, ...] = ()


@dataclass(frozen=True)
class ThreadInput:
    """One article as threading reads it: from a fresh analysis or back from the store."""

    article_id: str
    published: DateValue | None
    vector: bytes | None                   # ArticleVector.vector
    entities: tuple[str, ...]              # knowledge-base ids (no local ids)
    events: tuple[str, ...]                # 'TYPE entity' keys
    duplicate_of: str | None = None


@dataclass(frozen=True)
class StoryQuery:
    since: str | None = None
    until: str | None = None
    entities: tuple[str, ...] | None = None  # stories with any of these entities among their articles'
    limit: int = 50


@dataclass(frozen=True)
class StoryArticle:
    id: str
    url: str | None
    outlet: str | None
    title: str | None
    published: DateValue | None
    duplicate_of: str | None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "url": self.url, "outlet": self.outlet, "title": self.title,
                "date": self.published.to_json() if self.published else None, "duplicate_of": self.duplicate_of}


@dataclass(frozen=True)
class TimelineEntry:
    """A dated fact of a story: a quote or an event, at the date it was said or happened."""

    date: FactDate
    kind: str              # "quote" or "event"
    text: str              # the quote, or the event's type and trigger words
    actor: str | None      # speaker or acting entity id
    actor_name: str | None
    article_id: str

    def to_json(self) -> dict[str, Any]:
        return {"date": asdict(self.date), "kind": self.kind, "text": self.text, "actor": self.actor,
                "actor_name": self.actor_name, "article_id": self.article_id}


@dataclass(frozen=True)
class Story:
    id: str
    title: str | None
    articles: tuple[StoryArticle, ...]      # duplicates included, marked by duplicate_of
    outlets: tuple[str, ...]
    actors: tuple[EntityCount, ...]         # its most frequent entities, by articles
    first: str | None
    last: str | None
    timeline: tuple[TimelineEntry, ...] = ()

    @property
    def tellings(self) -> int:
        """Articles counted once: near-duplicates left out."""
        return sum(a.duplicate_of is None for a in self.articles)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "articles_counted": self.tellings,
                "first": self.first, "last": self.last, "outlets": list(self.outlets),
                "actors": [{"id": a.id, "name": a.name, "articles": a.articles} for a in self.actors],
                "articles": [a.to_json() for a in self.articles],
                "timeline": [entry.to_json() for entry in self.timeline]}


@dataclass(frozen=True)
class StoredArticle:
    """One stored article as an export writes it: its fields, cleaned text, story and the first
    stored copy it repeats (near-duplicates only)."""

    id: str
    url: str | None
    source: str | None
    agency: str | None
    title: str | None
    published: str | None
    published_precision: str | None
    language: str | None
    text: str
    story: str | None
    duplicate_of: str | None
