"""The one place where the stages are put in order.

read (ingest) -> clean -> Dutch NLP (nlp, with the time component) -> records (adapter)
-> entities (linking) -> quotes -> store. Later stages (events, stories) slot in between
the quotes and the store. This module owns batching, resuming and per-document error capture.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .clean import CleanOptions, clean_document, load_clean_rules
from .entities import link_analysis
from .ingest import ReadOptions, iter_input_files, read_path
from .nlp import LoadedPipeline, doc_to_analysis, load_pipeline
from .quotes import find_quotes
from .records import Analysis, Article, RawDocument, Skip
from .settings import Settings
from .store import Store

log = logging.getLogger(__name__)

KnownArticle = Callable[[str], bool]


@dataclass
class RunReport:
    """What one run did; the CLI prints it and `--json` returns it."""

    files: int = 0
    read: int = 0
    stored: int = 0
    already_stored: int = 0
    not_dutch: int = 0
    skipped: list[Skip] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> dict:
        return {
            "files": self.files,
            "read": self.read,
            "stored": self.stored,
            "already_stored": self.already_stored,
            "not_dutch": self.not_dutch,
            "skipped": [{"origin": s.origin, "reason": s.reason} for s in self.skipped],
            "seconds": round(self.seconds, 3),
        }


@dataclass(frozen=True)
class Seen:
    """An article that is already stored: nothing to analyse, only a sighting to record."""

    article: Article


def read_inputs(paths: Iterable[str], settings: Settings, report: RunReport) -> Iterator[RawDocument | Skip]:
    """Every raw article in the given paths; a file that fails becomes a Skip."""
    options = ReadOptions(max_file_bytes=settings.max_file_bytes)
    for name in iter_input_files(paths):
        report.files += 1
        try:
            yield from read_path(name, options)
        except Exception as error:  # a reader bug must not end the run
            log.exception("reader failed on %s", name)
            yield Skip(name, f"unexpected reader error: {type(error).__name__}: {error}")


def clean_inputs(
    items: Iterable[RawDocument | Skip], settings: Settings, report: RunReport
) -> Iterator[Article | Skip]:
    """Clean each raw article and apply the size limits."""
    rules = load_clean_rules()
    options = CleanOptions(language_min_score=settings.language_min_score)
    for item in items:
        if isinstance(item, Skip):
            yield item
            continue
        report.read += 1
        try:
            article = clean_document(item, rules, options).article
        except Exception as error:  # one odd page must not end the run
            log.exception("cleaning failed on %s", item.origin)
            yield Skip(item.origin, f"unexpected cleaning error: {type(error).__name__}: {error}")
            continue
        if len(article.text) < settings.min_chars:
            yield Skip(item.origin, f"no article text after cleaning ({len(article.text)} characters)")
        elif len(article.text) > settings.max_chars:
            yield Skip(item.origin, f"article too long ({len(article.text)} characters > {settings.max_chars})")
        else:
            yield article


def make_doc(pipeline: LoadedPipeline, article: Article):
    """A tokenised Doc carrying the article's publication date for the time component."""
    doc = pipeline.nlp.make_doc(article.text)
    doc._.ng_published = article.published
    return doc


def _analyse_batch(articles: list[Article], pipeline: LoadedPipeline) -> list[Analysis | Skip]:
    """Run the Dutch pipeline over the Dutch articles of a batch; others get no NLP."""
    dutch = [a for a in articles if a.is_dutch]
    docs = {}
    try:
        made = [make_doc(pipeline, a) for a in dutch]
        docs = {a.id: doc for a, doc in zip(dutch, pipeline.nlp.pipe(made), strict=True)}
    except Exception:  # find the article that breaks the batch, keep the rest
        log.exception("NLP batch failed; retrying one article at a time")
        for article in dutch:
            try:
                docs[article.id] = pipeline.nlp(make_doc(pipeline, article))
            except Exception as error:
                docs[article.id] = Skip(article.origin, f"NLP failed: {type(error).__name__}: {error}")
    results: list[Analysis | Skip] = []
    for article in articles:
        doc = docs.get(article.id)
        if isinstance(doc, Skip):
            results.append(doc)
        elif doc is None:
            results.append(Analysis(article=article))
        else:
            results.append(find_quotes(link_analysis(doc_to_analysis(doc, article, pipeline.name))))
    return results


def analyse(
    articles: Iterable[Article | Skip],
    pipeline: LoadedPipeline,
    batch_size: int,
    is_known: KnownArticle | None = None,
) -> Iterator[list[Analysis | Skip | Seen]]:
    """Batches of results in input order; already-known articles skip the NLP."""
    batch: list[Analysis | Skip | Seen | Article] = []

    def flush() -> list[Analysis | Skip | Seen]:
        pending = [item for item in batch if isinstance(item, Article)]
        done = iter(_analyse_batch(pending, pipeline))
        return [next(done) if isinstance(item, Article) else item for item in batch]

    for item in articles:
        if isinstance(item, Article) and is_known and is_known(item.id):
            item = Seen(item)
        batch.append(item)
        if sum(isinstance(i, Article) for i in batch) >= batch_size or len(batch) >= 4 * batch_size:
            yield flush()
            batch = []
    if batch:
        yield flush()


def extract(paths: Iterable[str], settings: Settings, pipeline: LoadedPipeline | None = None,
            report: RunReport | None = None) -> Iterator[Analysis | Skip]:
    """Run every stage but the store: one Analysis (or Skip) per input article."""
    report = report if report is not None else RunReport()
    pipeline = pipeline or load_pipeline(settings.model, default=Settings().model)
    articles = clean_inputs(read_inputs(paths, settings, report), settings, report)
    for batch in analyse(articles, pipeline, settings.batch_size):
        for item in batch:
            if isinstance(item, Skip):
                report.skipped.append(item)
            yield item


def ingest(
    paths: Iterable[str],
    store: Store,
    settings: Settings,
    pipeline: LoadedPipeline | None = None,
    on_progress: Callable[[RunReport], None] | None = None,
) -> RunReport:
    """Read, clean, analyse and store; each batch is one transaction, so a rerun resumes."""
    started = time.perf_counter()
    report = RunReport()
    pipeline = pipeline or load_pipeline(settings.model, default=Settings().model)
    articles = clean_inputs(read_inputs(paths, settings, report), settings, report)
    for batch in analyse(articles, pipeline, settings.batch_size, is_known=store.has_article):
        new = [item for item in batch if isinstance(item, Analysis)]
        for was_added, analysis in zip(store.add_analyses(new), new, strict=True):
            if was_added:
                report.stored += 1
                report.not_dutch += not analysis.article.is_dutch
            else:
                report.already_stored += 1
        for item in batch:
            if isinstance(item, Seen):
                report.already_stored += 1
                store.add_sighting(item.article.id, item.article.origin, item.article.url, item.article.source)
            elif isinstance(item, Skip):
                report.skipped.append(item)
        if on_progress:
            on_progress(report)
    report.seconds = time.perf_counter() - started
    return report
