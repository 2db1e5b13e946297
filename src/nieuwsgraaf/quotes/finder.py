"""Finding an article's quotes: the steps of quotes/ put together (see the package docstring)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache, lru_cache

from ..records import Analysis, FactDate, Quote
from .attribution import Attribution, DirectQuote, Report
from .constructions import fragment, is_naming
from .context import Context
from .dating import WORD, QuoteOccasion, date_quote
from .direct_quotes import attribute_direct, continue_reports
from .headings import share_headings
from .lexicon import load_quote_lexicon
from .marks import QuoteSpan, find_quote_spans
from .reports import find_reports
from .rules import QuoteRules, build_rules
from .salience import article_genders
from .sentences import quote_sentences
from .speaker_words import SpeakerReader


@cache
def default_rules() -> QuoteRules:
    return build_rules(load_quote_lexicon())


def find_quotes(analysis: Analysis, rules: QuoteRules | None = None,
                dating: Callable[..., FactDate] = date_quote) -> Analysis:
    """The analysis with its quotes; needs sentences, linked mentions and timexes.

    Each quote carries the words naming its speaker (`speaker_ref`, `addressee_ref`); the ids
    (`speaker`, `addressee`, `speaker_affiliation`) are left to the speaker step. `dating` takes
    date_quote's arguments (bench/quote_date_moves.py passes one that notes each quote's rule).
    """
    article = analysis.article
    if not article.is_dutch:
        return analysis
    rules = rules or default_rules()
    text = article.text
    marks = find_quote_spans(text)
    # One reader for the article: people named inside quotes are not who 'hij' is.
    reader = SpeakerReader(text, list(analysis.mentions), rules, [(s.open_start, s.close_end) for s in marks],
                           article_genders(analysis))
    context = Context(text, tuple(quote_sentences(text, analysis.sentences or [(0, len(text))])), rules, reader)
    direct, short = attribute_direct(context, marks)
    context = replace(context, quoted=tuple((d.span.open_start, d.span.close_end) for d in direct))
    reports = find_reports(context)
    direct = share_headings(text, continue_reports(context, _inside_reports(context, direct, short, reports), reports),
                            reports)

    found = [(d.span.start, d.span.end, "direct", d.attribution) for d in direct]
    found += [(r.start, r.end, "indirect", r.attribution) for r in reports]
    entity_at = {(m.start, m.end): m.entity for m in analysis.mentions if m.entity}
    named_at: dict[str, list[int]] = {}
    by_name_at: dict[str, list[int]] = {}
    names = {entity.id: entity.name for entity in analysis.entities}
    for mention in analysis.mentions:
        if mention.entity:
            named_at.setdefault(mention.entity, []).append(mention.start)
            if _by_name(mention.text, names.get(mention.entity, "")):
                by_name_at.setdefault(mention.entity, []).append(mention.start)
    occasions = [_occasion(context, start, end, kind, attribution, entity_at, named_at, by_name_at)
                 for start, end, kind, attribution in found]
    quotes = [_quote(text, start, end, kind, attribution,
                     dating(occasion, occasions, analysis.timexes, text, context.sentence_of, article.published,
                                rules.lexicon))
              for (start, end, kind, attribution), occasion in zip(found, occasions, strict=True)]
    quotes.sort(key=lambda q: q.start)
    return replace(analysis, quotes=tuple(quotes))


def _occasion(context: Context, start: int, end: int, kind: str, attribution: Attribution,
              entity_at: dict[tuple[int, int], str], named_at: dict[str, list[int]],
              by_name_at: dict[str, list[int]]) -> QuoteOccasion:
    speaker = attribution.speaker
    who = None
    if speaker is not None:
        who = (entity_at.get(speaker.mention) if speaker.mention else None) or speaker.text.lower()
    return QuoteOccasion(start, end, kind, context.sentence_of(start) or (start, start + 1), who,
                         speaker.start if speaker is not None else None, attribution.cue,
                         tuple(named_at.get(who, ())) if who else (), tuple(by_name_at.get(who, ())) if who else ())


def _by_name(mention: str, name: str) -> bool:
    """A mention that calls the entity by its name ('Jambon', 'De Block'), not by a description of it
    ('De premier', 'De Oekraïense president'): its last word is a word of the entity's name."""
    words = WORD.findall(mention)
    return bool(words) and words[-1].lower() in _name_words(name)


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """The words of an entity's name, lower case: read once per name, not once per mention of it."""
    return frozenset(word.lower() for word in WORD.findall(name))


def _inside_reports(context: Context, direct: list[DirectQuote], short: list[QuoteSpan],
                    reports: list[Report]) -> list[DirectQuote]:
    """A quote without a cue of its own inside reported speech has the speaker of that report, and so
    has one that opens inside it and runs on past its end ('liet weten dat X graag komt, ‘maar niet
    bij haar thuis. …’'); a short fragment is the speaker's own words inside a report, or where its
    sentence has a speaker and a cue before it ('Hij noemt het akkoord 'evenwichtig'')."""
    def holder_of(span: QuoteSpan) -> Attribution | None:
        return next((r.attribution for r in reports if r.start <= span.open_start and span.close_end <= r.end), None)

    def opened_in(span: QuoteSpan) -> Attribution | None:
        return next((r.attribution for r in reports if r.start < span.open_start < r.end), None)

    kept = [DirectQuote(d.span, (holder_of(d.span) or opened_in(d.span) or d.attribution)
                        if d.attribution.cue is None else d.attribution, d.strength) for d in direct]
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
