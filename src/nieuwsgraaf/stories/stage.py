"""The stories stage: near-duplicates and story threads for the articles a run stores.

It needs the store's state (every signature, every story), so it runs in the writer, right after
`add_analyses`: `open_story_stage` loads that state when a run starts, `StoryStage.add` threads a
stored batch and writes the result in one transaction, and `rebuild_stories` threads everything
again from the stored vectors.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..document import thread_fields
from ..records import Analysis, ArticleVector, StoryMember, StoryState, StoryWrite
from ..resources import models_dir
from ..store import Store
from .duplicates import NearDuplicateIndex
from .features import document_to_thread_input, document_vector
from .options import StoryOptions
from .threads import StoryThreads
from .vectors import ArticleVectorizer, VectorModelError, load_vectorizer, pipeline_name

log = logging.getLogger(__name__)

# The fast pipeline's encoder: on the dev stories its vectors separate stories better than the
# accurate one's (pair F1 0.33 against 0.21 at 30 sentences) at a third of the time (docs/stories.md).
VECTOR_MODEL = "nl_nieuwsgraaf_fast"


@dataclass(frozen=True)
class StageLoad:
    """How long loading the store's state took, for the bench and the log."""

    signatures: int
    stories: int
    seconds: float


class StoryStage:
    """The near-duplicate index and the story threads of one store."""

    def __init__(self, vectorizer: ArticleVectorizer | None = None, options: StoryOptions | None = None,
                 load_vectorizer: Callable[[], ArticleVectorizer | None] | None = None,
                 vector_model: str | None = None):
        """`vectorizer` None and no `load_vectorizer`: no vectors of its own (near-duplicates only).
        `vector_model`: the model whose pooled vectors an analysis may bring (default: the
        vectorizer's); those are used as they are."""
        self.vector_model = vector_model or (vectorizer.name if vectorizer else None)
        self._vectorizer = vectorizer
        self._load_vectorizer = load_vectorizer  # called on the first article that needs a vector
        self.options = options = options or StoryOptions()
        self.duplicates = NearDuplicateIndex(options)
        self.threads = StoryThreads(options)

    @property
    def vectorizer(self) -> ArticleVectorizer | None:
        if self._vectorizer is None and self._load_vectorizer is not None:
            self._vectorizer, self._load_vectorizer = self._load_vectorizer(), None
        return self._vectorizer

    def load(self, store: Store) -> StageLoad:
        started = time.perf_counter()
        self.duplicates.load(store.iter_signatures(), store.duplicate_links())
        self.threads.load(store.iter_story_states(), store.iter_story_members())
        return StageLoad(len(self.duplicates), len(self.threads.stories), time.perf_counter() - started)

    def thread_documents(self, documents: Iterable[dict[str, Any]],
                         given: Mapping[str, ArticleVector] | None = None) -> StoryWrite:
        """Find each document's first stored copy and story; documents already threaded are left out.
        `given`: vectors by article id, already pooled by the vector model (no encoder pass for those)."""
        given = given or {}
        signatures, vectors, links, members = [], [], [], []
        states: dict[str, StoryState] = {}
        for document in documents:
            if document["id"] in self.threads.story_of:
                continue
            signature, link = self.duplicates.check(document["id"], document["text"])
            signatures.append(signature)
            vector = None
            if link is not None:  # a copy joins its original's story: no vector needed
                links.append(link)
            elif document["id"] in given:
                vector = given[document["id"]]
            elif self.vectorizer is not None:
                vector = document_vector(document, self.vectorizer)
            if vector is not None:
                vectors.append(vector)
            member, state = self.threads.assign(
                document_to_thread_input(document, vector, link.duplicate_of if link else None))
            members.append(member)
            states[state.id] = state
        return StoryWrite(tuple(signatures), tuple(vectors), tuple(links), tuple(states.values()), tuple(members))

    def add(self, store: Store, analyses: Iterable[Analysis | Any]) -> StoryWrite:
        """Thread the stored articles among `analyses` (other items are skipped) and store the result."""
        stored = [item for item in analyses if isinstance(item, Analysis) and store.has_article(item.article.id)]
        given = {item.article.id: item.vector for item in stored
                 if item.vector is not None and item.vector.model == self.vector_model}
        write = self.thread_documents([thread_fields(item) for item in stored], given)
        if write.members:
            store.save_stories(write)
        return write


# One encoder per process: a run (or a test, or a server) that ingests many times loads its 16 MB
# graph once instead of at every ingest (0.65 s each).
@lru_cache(maxsize=1)
def load_story_vectorizer() -> ArticleVectorizer | None:
    """The encoder for article vectors; None (logged) when the model files are absent."""
    try:
        return load_vectorizer(models_dir() / VECTOR_MODEL)
    except VectorModelError as error:
        log.warning("stories: no article vectors (%s); stories are threaded by near-duplicates only", error)
        return None


@lru_cache(maxsize=1)
def story_vector_model() -> str:
    """The name of the vector model's pipeline, read without loading its encoder."""
    return pipeline_name(models_dir() / VECTOR_MODEL)


def open_story_stage(store: Store, options: StoryOptions | None = None,
                     vectorizer: ArticleVectorizer | None = None) -> StoryStage:
    """The stage over the store's state; stored articles that have no story yet are threaded first."""
    stage = StoryStage(vectorizer, options, load_vectorizer=None if vectorizer else load_story_vectorizer,
                       vector_model=vectorizer.name if vectorizer else story_vector_model())
    loaded = stage.load(store)
    log.info("stories: %d signatures and %d stories loaded in %.2f s", loaded.signatures, loaded.stories,
             loaded.seconds)
    missing = store.unthreaded_documents()
    if missing:
        log.info("stories: threading %d stored articles that have no story yet", len(missing))
        store.save_stories(stage.thread_documents(missing))
    return stage


@dataclass(frozen=True)
class RebuildReport:
    articles: int
    stories: int
    seconds: float


def rebuild_stories(store: Store, options: StoryOptions | None = None) -> RebuildReport:
    """Every story threaded again from the stored vectors, entities, events and dates, articles in
    date order (undated last), with the same rules as at ingest; near-duplicate links stay.
    Articles stored before stories existed get their signature, vector and link first."""
    started = time.perf_counter()
    if store.unthreaded_documents():  # stored before stories existed: signatures and vectors first
        open_story_stage(store, options)
    threads = StoryThreads(options or StoryOptions())
    members: list[StoryMember] = []
    copies = []  # near-duplicates follow their originals, whatever their dates
    for item in store.iter_thread_inputs():
        if item.duplicate_of:
            copies.append(item)
        else:
            members.append(threads.assign(item)[0])
    members.extend(threads.assign(item)[0] for item in copies)
    states = [story.to_state() for story in threads.stories.values()]
    store.replace_stories(states, members)
    return RebuildReport(len(members), len(states), time.perf_counter() - started)


__all__ = ["RebuildReport", "StoryStage", "open_story_stage", "rebuild_stories"]
