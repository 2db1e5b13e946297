"""Dating spans of a caller's own (`nieuwsgraaf date`): each span gets the date of what it names,
computed exactly as an event's date is (issue 15, "Dating any span")."""

from __future__ import annotations

from .clean import CleanOptions, clean_document, load_clean_rules
from .events import load_event_lexicon, span_date
from .nlp import LoadedPipeline, doc_to_analysis
from .pipeline import ARTICLE_STEPS, run_steps
from .records import Article, DateValue, FactDate, RawDocument

# What dating a span needs of the article steps: the quotes and their dates.
QUOTE_STEPS = tuple(step for step in ARTICLE_STEPS if step.name in ("entities", "quotes"))


def date_spans(text: str, spans: list[tuple[int, int]], pipeline: LoadedPipeline,
               published: DateValue | None = None) -> list[FactDate]:
    """The date each span of `text` names happened on, computed as for events.

    The text is analysed as given, so the offsets need no mapping; without `published`, the
    publication date is read from the text as cleaning would (a ` date` header, a date line).
    """
    if published is None:
        raw = RawDocument(origin="date", text=text, format="txt")
        published = clean_document(raw, load_clean_rules(), CleanOptions()).article.published
    doc = pipeline.nlp.make_doc(text)
    doc._.ng_published = published
    doc = pipeline.nlp(doc)
    timexes = doc._.ng_timexes or ()
    lexicon = load_event_lexicon()
    # the quotes and when they were said: a span inside one is dated as an event reported in it is
    article = Article(id="date", text=text, title=None, url=None, source=None, agency=None, published=published,
                      language="nl", language_score=1.0, origin="date", format="txt")
    quoted = run_steps(doc_to_analysis(doc, article, pipeline.name, pool_vector=False), QUOTE_STEPS)
    return [span_date(doc, start, end, timexes, published, lexicon, quoted.quotes) for start, end in spans]
