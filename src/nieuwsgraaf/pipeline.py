"""The one place where the stages are put in order.

The steps, top to bottom (`nieuwsgraaf wiring` prints this same list):
read (ingest) -> clean -> Dutch NLP (spaCy, with the time component) -> records (adapter)
-> ARTICLE_STEPS (entities, quotes) -> store. Later stages (events, stories) are added to
ARTICLE_STEPS. This module owns batching, resuming and per-document error capture: a stage
that fails on one article costs that article only that stage's output (`Analysis.errors`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from typing import Protocol

from .clean import CleanOptions, clean_document, load_clean_rules
from .entities import link_analysis, link_event_actors, link_speakers
from .events import date_events
from .ingest import ReadOptions, iter_input_files, read_path
from .nlp import LoadedPipeline, RenewingPipeline, doc_to_analysis, load_pipeline
from .quotes import article_salience, find_quotes
from .records import Analysis, Article, RawDocument, Skip, StageError
from .report import RunReport
from .settings import Settings
from .store import Store
from .stories import open_story_stage
from .stories.stage import StoryStage, story_vector_model

log = logging.getLogger(__name__)

KnownArticle = Callable[[str], bool]

# The writer gathers analysed batches into one transaction of up to this many articles, or what
# came in this many seconds: each commit rewrites every index page it touched, so fewer, larger
# commits keep the cost per article from growing with the store (docs/scale.md).
WRITE_ARTICLES = 256
WRITE_SECONDS = 2.0


@dataclass(frozen=True)
class Step:
    """One stage after the NLP: records in, records out."""

    name: str
    run: Callable[[Analysis], Analysis]
    does: str


# The order is the data flow: quotes read linked mentions and timexes.
ARTICLE_STEPS: tuple[Step, ...] = (
    Step("entities", link_analysis, "mentions grouped into entities, linked to data/actors at the article's date"),
    Step("quotes", find_quotes, "direct and indirect quotes: the words naming speaker and addressee, cue, date said"),
    Step("speakers", link_speakers, "every quote's speaker phrase becomes an entity of the article: a knowledge-base id or a local id"),
    # a pronoun that acts has the antecedent a pronoun that speaks would have: one resolver (quotes/salience.py)
    Step("actors", partial(link_event_actors, antecedents=article_salience), "the words naming each event's actors and place linked to entities of the article"),
    Step("events", date_events, "PLOVER events with a linked actor, dated, with the quote they are reported in"),
)

# Every step of a run, for `nieuwsgraaf wiring`; "nlp" expands into the loaded spaCy components.
STEPS: tuple[tuple[str, str], ...] = (
    ("ingest", "files, folders, archives, stdin -> RawDocument (txt, JSONL, HTML, RSS/Atom, WARC)"),
    ("clean", "RawDocument -> Article (chrome out; date, title, source, agency, dateline, language)"),
    ("nlp", "Article -> spaCy Doc (Dutch articles only; ng_timexes tags timexes, ng_events event words) -> Analysis"),
    *((step.name, step.does) for step in ARTICLE_STEPS),
    ("store", "Analysis -> the store (articles, FTS5 index, mentions, entities, quotes, events, sightings)"),
    ("stories", "stored articles -> near-duplicate links (MinHash LSH) and story threads (stories/)"),
)

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


def run_steps(analysis: Analysis, steps: tuple[Step, ...] | None = None) -> Analysis:
    """Run the article steps (default ARTICLE_STEPS) in order; a step that raises leaves its output
    out and is recorded."""
    for step in ARTICLE_STEPS if steps is None else steps:
        try:
            analysis = step.run(analysis)
        except Exception as error:  # one article's odd sentence must not cost it its other facts
            log.warning("%s failed on %s: %s: %s", step.name, analysis.article.origin,
                        type(error).__name__, error)
            analysis = replace(analysis, errors=(*analysis.errors, StageError.from_exception(step.name, error)))
    return analysis


def _parse(articles: list[Article], pipeline: LoadedPipeline, on_article: Callable[[], None]) -> dict:
    """Docs by article id, or the StageError of an article the NLP failed on."""
    docs: dict = {}
    try:
        made = (make_doc(pipeline, a) for a in articles)
        # One Doc at a time through spaCy, so progress moves per article: the encoder runs one
        # window per ONNX call whatever the batch, so nothing is lost (bench/throughput.py).
        for article, doc in zip(articles, pipeline.nlp.pipe(made, batch_size=1), strict=True):
            docs[article.id] = doc
            on_article()
    except Exception:  # find the article that breaks the batch, keep the rest
        log.exception("NLP batch failed; retrying one article at a time")
        for article in articles:
            if article.id in docs:
                continue
            try:
                docs[article.id] = pipeline.nlp(make_doc(pipeline, article))
            except Exception as error:
                docs[article.id] = StageError.from_exception("nlp", error)
            on_article()
    return docs


def analyse_batch(articles: list[Article], pipeline: LoadedPipeline,
                  on_article: Callable[[], None] = lambda: None,
                  steps: tuple[Step, ...] | None = None) -> list[Analysis]:
    """Run the Dutch pipeline, then the article steps (default ARTICLE_STEPS), over the Dutch
    articles of a batch; others get no NLP. An article's analysis does not depend on the others in
    its batch."""
    docs = _parse([a for a in articles if a.is_dutch], pipeline, on_article)
    results: list[Analysis] = []
    for article in articles:
        doc = docs.get(article.id)
        if doc is None:
            results.append(Analysis(article=article))
            on_article()
            continue
        if isinstance(doc, StageError):
            analysis = Analysis(article=article, errors=(doc,))
        else:
            try:
                # only the stories' vector model's pooled vector is ever used: others skip the pooling
                analysis = doc_to_analysis(doc, article, pipeline.name,
                                           pool_vector=pipeline.name == story_vector_model())
            except Exception as error:
                analysis = Analysis(article=article, errors=(StageError.from_exception("nlp", error),))
        results.append(run_steps(analysis, steps))
    return results


def group_batches(articles: Iterable[Article | Skip], batch_size: int,
                  is_known: KnownArticle | None = None) -> Iterator[list[Article | Skip | Seen]]:
    """The input in order, in batches of up to `batch_size` articles to analyse (and 4 × that many
    items in all); an article `is_known` says is stored becomes Seen. Lazy: a batch is checked
    against the store only after the batches before it were handed on."""
    batch: list[Article | Skip | Seen] = []
    for item in articles:
        if isinstance(item, Article) and is_known and is_known(item.id):
            item = Seen(item)
        batch.append(item)
        if sum(isinstance(i, Article) for i in batch) >= batch_size or len(batch) >= 4 * batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def fill_batch(batch: list[Article | Skip | Seen], analyses: Iterable[Analysis]) -> list[Analysis | Skip | Seen]:
    """The batch with each Article replaced by its Analysis (given in the batch's order)."""
    done = iter(analyses)
    return [next(done) if isinstance(item, Article) else item for item in batch]


def analyse(
    articles: Iterable[Article | Skip],
    pipeline: LoadedPipeline | RenewingPipeline,
    batch_size: int,
    is_known: KnownArticle | None = None,
    on_article: Callable[[], None] = lambda: None,
    steps: tuple[Step, ...] | None = None,
) -> Iterator[list[Analysis | Skip | Seen]]:
    """Batches of results in input order; already-known articles skip the NLP.

    A RenewingPipeline is loaded anew between batches once it has analysed its share of articles.
    `on_article` is called as each article leaves the NLP, for progress; `steps` replaces
    ARTICLE_STEPS (a benchmark that watches one step).
    """
    for batch in group_batches(articles, batch_size, is_known):
        pending = [item for item in batch if isinstance(item, Article)]
        if isinstance(pipeline, RenewingPipeline):
            analyses = analyse_batch(pending, pipeline.current(), on_article, steps)
            pipeline.analysed(len(pending))
        else:
            analyses = analyse_batch(pending, pipeline, on_article, steps)
        yield fill_batch(batch, analyses)


def in_process_pipeline(settings: Settings,
                        pipeline: LoadedPipeline | RenewingPipeline | None = None) -> RenewingPipeline:
    """The pipeline of an analysis in this process (`pipeline`, else settings.model loaded), loaded anew
    after every `settings.worker_max_articles` articles as a worker process is replaced: spaCy's
    vocabulary keeps every new word, and this process is never replaced (nlp/renewal.py). A
    RenewingPipeline given is used as it is: its count goes on from run to run."""
    if isinstance(pipeline, RenewingPipeline):
        return pipeline
    return RenewingPipeline(partial(load_pipeline, settings.model, default=Settings().model),
                            settings.worker_max_articles, first=pipeline)


class Analyser(Protocol):
    """What `ingest` analyses with: `analyse` with a pipeline in this process, or a pool of worker
    processes (workers.WorkerPool.analyse) that answers the same in the same order."""

    def __call__(self, articles: Iterable[Article | Skip], batch_size: int, is_known: KnownArticle | None = None,
                 on_article: Callable[[], None] = ...) -> Iterator[list[Analysis | Skip | Seen]]: ...


def _progress(report: RunReport, on_progress: Callable[[RunReport], None] | None) -> Callable[[], None]:
    def on_article() -> None:
        report.analysed += 1
        if on_progress:
            on_progress(report)
    return on_article


def extract(paths: Iterable[str], settings: Settings, pipeline: LoadedPipeline | RenewingPipeline | None = None,
            report: RunReport | None = None,
            on_progress: Callable[[RunReport], None] | None = None) -> Iterator[Analysis | Skip]:
    """Run every stage but the store: one Analysis (or Skip) per input article."""
    report = report if report is not None else RunReport()
    articles = clean_inputs(read_inputs(paths, settings, report), settings, report)
    for batch in analyse(articles, in_process_pipeline(settings, pipeline), settings.batch_size,
                         on_article=_progress(report, on_progress)):
        for item in batch:
            if isinstance(item, Skip):
                report.skipped.append(item)
            else:
                report.note_analysis(item)
            yield item


def ingest(
    paths: Iterable[str],
    store: Store,
    settings: Settings,
    pipeline: LoadedPipeline | RenewingPipeline | None = None,
    on_progress: Callable[[RunReport], None] | None = None,
    report: RunReport | None = None,
    analyser: Analyser | None = None,
) -> RunReport:
    """Read, clean, analyse and store; each write is one transaction, so a rerun resumes.

    `on_progress` is called after every article and after every commit. Pass your own `report`
    to read what was stored when the run is interrupted. Reading, cleaning and storing happen
    here; the analysis is done by `analyser` when given (worker processes), else by `pipeline` (which
    must be what settings.model loads: it is loaded anew after settings.worker_max_articles articles).
    """
    started = time.perf_counter()
    report = report if report is not None else RunReport()
    if analyser is None:
        analyser = partial(analyse, pipeline=in_process_pipeline(settings, pipeline))
    articles = clean_inputs(read_inputs(paths, settings, report), settings, report)
    pending: list[Analysis | Skip | Seen] = []
    pending_ids: set[str] = set()  # analysed, not yet written: known too, so a copy is not analysed again

    def is_known(article_id: str) -> bool:
        return article_id in pending_ids or store.has_article(article_id)

    batches = analyser(articles, batch_size=settings.batch_size, is_known=is_known,
                       on_article=_progress(report, on_progress))
    stories = open_story_stage(store)
    written = time.perf_counter()
    try:
        for batch in batches:
            pending.extend(batch)
            pending_ids.update(item.article.id for item in batch if isinstance(item, Analysis))
            if len(pending) >= WRITE_ARTICLES or time.perf_counter() - written >= WRITE_SECONDS:
                ready, pending = pending, []  # taken first: an interrupted write is not tried twice
                _write(ready, store, stories, report, on_progress)
                del ready  # written: held on, it would sit beside the next buffer and double the writer's peak
                written = time.perf_counter()
                pending_ids.clear()
    except KeyboardInterrupt:
        _write(pending, store, stories, report, on_progress)  # keep what was analysed before Ctrl-C
        raise
    else:
        _write(pending, store, stories, report, on_progress)
    finally:
        report.seconds = time.perf_counter() - started
    return report


def _write(items: list[Analysis | Skip | Seen], store: Store, stories: StoryStage, report: RunReport,
           on_progress: Callable[[RunReport], None] | None) -> None:
    if not items:
        return
    _store_batch(items, store, report)
    stories.add(store, items)
    if on_progress:
        on_progress(report)


def _store_batch(batch: list[Analysis | Skip | Seen], store: Store, report: RunReport) -> None:
    new = [item for item in batch if isinstance(item, Analysis)]
    for was_added, analysis in zip(store.add_analyses(new), new, strict=True):
        if was_added:
            report.stored += 1
            report.not_dutch += not analysis.article.is_dutch
            report.note_analysis(analysis)
        else:
            report.already_stored += 1
    for item in batch:
        if isinstance(item, Seen):
            report.already_stored += 1
            store.add_sighting(item.article.id, item.article.origin, item.article.url, item.article.source)
        elif isinstance(item, Skip):
            report.skipped.append(item)
