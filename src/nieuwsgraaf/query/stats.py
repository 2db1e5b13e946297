"""What the store holds, in counts."""

from __future__ import annotations

from ..records import CorpusStats, PeriodCount
from ..store import Store
from .records import Stats


def corpus_stats(store: Store) -> CorpusStats:
    return store.stats()


def stats(store: Store) -> Stats:
    """Articles per source, month and language, and how many entities, quotes and events."""
    corpus, facts = store.stats(), store.fact_counts()

    def counts(pairs: tuple[tuple[str, int], ...]) -> tuple[PeriodCount, ...]:
        return tuple(PeriodCount(key, count) for key, count in pairs)

    return Stats(articles=corpus.articles, sightings=corpus.sightings, mentions=corpus.mentions,
                 undated=corpus.undated, entities=facts.entities, quotes=facts.quotes, events=facts.events,
                 by_source=counts(corpus.by_source), by_month=counts(corpus.by_month),
                 by_language=counts(corpus.by_language))
