"""Who said what: direct and indirect quotes with speaker, cue, addressee and date."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..records import Analysis
from ..time.dating import date_fact
from .attribution import Attributor
from .finder import QuoteFinder, quote_sentences, to_quote
from .lexicon import load_quote_lexicon
from .marks import find_quote_spans


@cache
def default_finder() -> QuoteFinder:
    return QuoteFinder(load_quote_lexicon())


def find_quotes(analysis: Analysis, finder: QuoteFinder | None = None) -> Analysis:
    """The analysis with its quotes; needs sentences, linked mentions and timexes."""
    article = analysis.article
    if not article.is_dutch:
        return analysis
    finder = finder or default_finder()
    text = article.text
    sentences = quote_sentences(text, analysis.sentences or [(0, len(text))])
    marks = find_quote_spans(text)
    # One attributor for the article: people named inside quotes are not who 'hij' is.
    attributor = Attributor(text, list(analysis.mentions), finder.lexicon,
                            [(s.open_start, s.close_end) for s in marks])
    direct, short = finder.direct_quotes(text, sentences, attributor, marks)
    spans = [(s.open_start, s.close_end) for s, _ in direct]
    indirect = finder.indirect_quotes(text, sentences, attributor, spans)

    def holder_of(span):
        return next((a for s, e, a in indirect if s <= span.open_start and span.close_end <= e), None)

    # A quote without a cue of its own inside reported speech has the speaker of that report.
    direct = [(s, (holder_of(s) or a) if a.cue is None else a) for s, a in direct]
    # A short quoted fragment inside reported speech is the speaker's own words; elsewhere it is
    # a quote when its sentence has a speaker and a cue before it ('Hij noemt het akkoord 'evenwichtig'').
    for span in short:
        if finder.is_naming(text, span):
            continue
        holder = holder_of(span) or finder.fragment(text, span, sentences, attributor)
        if holder is not None:
            direct.append((span, holder))

    def dated(start: int):
        sentence = next(((s, e) for s, e in sentences if s <= start < e), (start, start + 1))
        return date_fact(analysis.timexes, sentence, start, article.published)

    quotes = [to_quote(text, s.start, s.end, "direct", a, dated(s.start)) for s, a in direct]
    quotes += [to_quote(text, s, e, "indirect", a, dated(s)) for s, e, a in indirect]
    quotes.sort(key=lambda q: q.start)
    return replace(analysis, quotes=tuple(quotes))


__all__ = ["QuoteFinder", "default_finder", "find_quote_spans", "find_quotes"]
