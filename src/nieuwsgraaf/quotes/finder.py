"""Finding an article's quotes: the steps of quotes/ put together (see the package docstring)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..records import Analysis, Quote
from ..time.dating import date_fact, not_after_publication
from .attribution import Attribution, DirectQuote, Report
from .constructions import fragment, is_naming
from .context import Context
from .direct_quotes import attribute_direct
from .lexicon import load_quote_lexicon
from .marks import QuoteSpan, find_quote_spans
from .reports import find_reports
from .rules import QuoteRules, build_rules
from .sentences import quote_sentences
from .speaker_words import SpeakerReader


@cache
def default_rules() -> QuoteRules:
    return build_rules(load_quote_lexicon())


def find_quotes(analysis: Analysis, rules: QuoteRules | None = None) -> Analysis:
    """The analysis with its quotes; needs sentences, linked mentions and timexes.

    Each quote carries the words naming its speaker (`speaker_ref`, `addressee_ref`); the ids
    (`speaker`, `addressee`, `speaker_affiliation`) are left to the speaker step.
    """
    article = analysis.article
    if not article.is_dutch:
        return analysis
    rules = rules or default_rules()
    text = article.text
    marks = find_quote_spans(text)
    # One reader for the article: people named inside quotes are not who 'hij' is.
    genders = {entity.id: entity.gender for entity in analysis.entities if entity.gender}
    reader = SpeakerReader(text, list(analysis.mentions), rules, [(s.open_start, s.close_end) for s in marks],
                           genders)
    context = Context(text, tuple(quote_sentences(text, analysis.sentences or [(0, len(text))])), rules, reader)
    direct, short = attribute_direct(context, marks)
    context = replace(context, quoted=tuple((d.span.open_start, d.span.close_end) for d in direct))
    reports = find_reports(context)
    direct = _inside_reports(context, direct, short, reports)

    def dated(start: int, end: int):
        # A date inside the quote is what it talks about, not when it was said; and nothing was
        # said after the article that reports it.
        sentence = context.sentence_of(start) or (start, start + 1)
        outside = [t for t in analysis.timexes if not start <= t.start < end]
        return not_after_publication(date_fact(outside, sentence, start, article.published), article.published)

    quotes = [_quote(text, d.span.start, d.span.end, "direct", d.attribution, dated(d.span.start, d.span.end))
              for d in direct]
    quotes += [_quote(text, r.start, r.end, "indirect", r.attribution, dated(r.start, r.end)) for r in reports]
    quotes.sort(key=lambda q: q.start)
    return replace(analysis, quotes=tuple(quotes))


def _inside_reports(context: Context, direct: list[DirectQuote], short: list[QuoteSpan],
                    reports: list[Report]) -> list[DirectQuote]:
    """A quote without a cue of its own inside reported speech has the speaker of that report; a
    short fragment is the speaker's own words inside a report, or where its sentence has a
    speaker and a cue before it ('Hij noemt het akkoord 'evenwichtig'')."""
    def holder_of(span: QuoteSpan) -> Attribution | None:
        return next((r.attribution for r in reports if r.start <= span.open_start and span.close_end <= r.end), None)

    kept = [DirectQuote(d.span, (holder_of(d.span) or d.attribution) if d.attribution.cue is None else d.attribution,
                        d.strength) for d in direct]
    for span in short:
        if is_naming(context, span):
            continue
        holder = holder_of(span) or fragment(context, span)
        if holder is not None:
            kept.append(DirectQuote(span, holder))
    return kept


def _quote(text: str, start: int, end: int, kind: str, attribution: Attribution, date) -> Quote:
    return Quote(start, end, text[start:end], kind, None, attribution.speaker_text, attribution.cue, None, date,
                 speaker_ref=attribution.speaker, addressee_ref=attribution.addressee)
