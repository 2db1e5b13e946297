"""When an event happened (docs/events.md sections 7 and 10), the first that applies: a date of its own
clause (or of a relative clause on the event noun; with the dates coordinated with it, the period
that holds them; an infinitive clause shares the date of the verb it hangs on), else of the clause of the word the trigger is coordinated with; after 'toen', the
date the story last named; for a past event, the date of a clause above its own, else of the
past-tense sentence right before it when that date lies before the past week; in a quote, when it
was said (a past told in an undated quote: the day of the news); the day of the news (story.py);
the publication date. A date that hangs on another noun ('na de verkiezingen van woensdag') dates
that noun, not the event.
At the precision of the guideline.

The same rule dates any span a user asks about (`nieuwsgraaf date`), so an event and a
researcher's own annotation of it get the same date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from spacy.tokens import Doc, Span, Token

from ..morphology import has_feature
from ..periods import period_end, period_start
from ..records import DateValue, FactDate, Quote, Timex
from ..time.dating import date_fact, not_after_publication
from .doctext import text_between
from .intervals import earlier_by, interval_time
from .lexicon import EventLexicon
from .modality import clause_verb, modality_of
from .noun_dates import bare_on_noun, noun_dated
from .recent_periods import recent_period, recent_spans_of, spans_for_tense
from .story import (
    NEWS_DAYS,
    QUOTE_MARKS,
    datable,
    dates_only,
    day_of,
    durations_only,
    is_past,
    news_day,
    quoted,
    simple_past,
    story_time,
)

NOT_YET = frozenset({"future", "hypothetical", "possible"})  # may lie after the publication date
THEN = frozenset({"toen", "destijds"})  # adverbs that point back to the time the story last named
FUTURE_AUXILIARIES = frozenset({"zal", "zullen", "zult", "zul"})  # 'zal hebben': the future tense
JOINING = re.compile(r"\s*(?:,|en|of|als|,? ?en ook)\s*", re.IGNORECASE)  # between coordinated dates


def _dates_trigger(noun: Token, trigger: Token) -> bool:
    """A date on the trigger noun, or on a noun of its own modifier ('de exportbeperkingen voor
    aardmetalen die deze week werden aangekondigd': the parser may hang the clause on either)."""
    return noun.i == trigger.i or (noun.dep_.startswith("nmod") and noun.head.i == trigger.i)


def verb_cluster(verb: Token) -> list[Token]:
    """`verb` and the verbs it hangs on as an infinitive ('Maandag gaat de Kamer een debat voeren';
    'verbrak in 1979 de banden om Peking te erkennen'): an infinitive has no time of its own, so a
    date set on the verb it completes or serves dates it too."""
    found = [verb]
    while (verb.dep_ in ("xcomp", "advcl") and has_feature(verb, "VerbForm", "Inf") and verb.head is not verb
           and verb.head.pos_ in ("VERB", "AUX")):
        verb = verb.head
        found.append(verb)
    return found


def clause_time(trigger: Token, times: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The timex that modifies the trigger or its clause's verb ('ontmoetten elkaar in juli'), or
    that a relative clause on the trigger noun holds ('het bestand, dat geldt sinds 10 oktober');
    else the timex of the verb an infinitive clause hangs on (`verb_cluster`), the nearest first:
    'beloofde gisteren volgend jaar te stoppen' dates the stopping by 'volgend jaar'."""
    verb = clause_verb(trigger)
    levels = {trigger.i: 0, verb.i: 0} | {v.i: n for n, v in enumerate(verb_cluster(verb)) if n}
    doc, sent = trigger.doc, trigger.sent  # a timex of the trigger's sentence: one whose first word is in it
    found = []
    for start, end in times:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not sent.start <= span.start < sent.end:
            continue
        root = span.root
        governor = root.head.head if root.head.pos_ == "ADP" else root.head
        noun = noun_dated(root)
        of_trigger = noun is not None and _dates_trigger(noun, trigger)  # the date of the trigger noun
        if noun is not None and not of_trigger and bare_on_noun(root):
            governor = noun.head  # 'werd door een commissie vorige maand bestempeld': the clause's date
        level = 0 if of_trigger else levels.get(root.head.i, levels.get(governor.i))
        if level == 0:
            return start, end  # the trigger's own clause: no verb above can outrank it
        if level is not None:
            found.append((level, start, end))
    best = min(found, default=None, key=lambda item: item[0])  # min keeps the first of equal levels
    return best[1:] if best else None


def first_conjunct(trigger: Token) -> Token:
    """The first of the words coordinated with `trigger` ('onderzoeken naar de inmenging bij de
    verkiezingen van vorig jaar en een samenwerking': 'inmenging'); `trigger` itself when it is the first."""
    token = trigger
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def coordinated_time(trigger: Token, times: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The timex of the clause of the word `trigger` is coordinated with, when its own clause has none:
    'De protesten vonden woensdag plaats, maar ook elders gingen mensen de straat op' (one date
    for the coordinated deeds)."""
    first = first_conjunct(trigger)
    return clause_time(first, times) if first is not trigger else None


def nearest_time(trigger: Token, sent: Span, times: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """Without a parse: the sentence's timex nearest to the trigger."""
    inside = [t for t in times if sent.start_char <= t[0] < sent.end_char]
    return min(inside, key=lambda t: abs(t[0] - trigger.idx), default=None)


def then_time(trigger: Token, times: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """'toen'/'destijds' as an adverb of the trigger's clause ('Hij kreeg toen een jaar cel') points back
    to the last date the article named before the sentence: that timex. 'Toen hij kwam' (a
    conjunction opening a clause) does not."""
    verb = clause_verb(trigger)
    if not any(c.dep_ == "advmod" and c.lower_ in THEN for head in {trigger, verb} for c in head.children):
        return None
    before = [t for t in times if t[1] <= trigger.sent.start_char]
    return before[-1] if before else None


def governing_time(trigger: Token, times: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """For a past event with no timex of its own clause, the one timex of a clause above it ('In 2010
    diende X geen motie in, omdat Wilders het kabinet gedoogde'; 'in januari lekte uit dat ze een
    akkoord hadden bereikt'): a date set on a clause holds for the past clauses it governs, wherever
    the parser hung it. A date inside another clause beside or below (a relative clause, 'sinds')
    does not count; with two such dates nothing is guessed."""
    if not is_past(trigger):
        return None
    doc, sent = trigger.doc, trigger.sent
    above = {trigger.i, clause_verb(trigger).i, *(t.i for t in trigger.ancestors)}
    found = []
    for start, end in times:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not sent.start <= span.root.i < sent.end or clause_verb(span.root).i not in above:
            continue
        # 'na de verkiezingen van woensdag' dates the elections, not the protests after them; a year
        # named for a noun of the clause still sets the story's year ('sancties na de annexatie in 2014')
        if noun_dated(span.root) is None or _bare_year(span):
            found.append((start, end))
    return found[0] if len(found) == 1 else None


def _bare_year(span: Span) -> bool:
    words = span.text.split()
    return len(words[-1]) == 4 and words[-1].isdigit() and len(words) <= 2  # '2014', 'in 2014'


def previous_time(trigger: Token, times: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """For an event told in the past tense, the date of the sentence right before it in the same
    paragraph when that date sets that sentence's main clause, also in the past tense, and lies
    before the news (`_news_from`: the past week, or the month or year of an article dated only at
    that) ('Het VK had eind september sancties opgelegd. Zij kregen een reisverbod.'): the background
    story goes on at that date. The past week is the news of the day (`news_day`)."""
    sent = trigger.sent
    if sent.start == 0 or not simple_past(clause_verb(trigger)) or quoted(trigger):
        return None
    previous = trigger.doc[sent.start - 1].sent
    gap = previous[-1].text_with_ws  # a paragraph break may end the sentence before (not doc.text: O(doc) per call)
    if "\n" in gap or QUOTE_MARKS & set(previous.text):
        return None
    root = previous.root
    if not simple_past(root):
        return None
    inside = [t for t in times if previous.start_char <= t[0] < previous.end_char]
    found = clause_time(root, inside) if len(inside) == 1 else None
    published = trigger.doc._.ng_published if Doc.has_extension("ng_published") else None
    value = next((t.value for t in (trigger.doc._.ng_timexes or ()) if (t.start, t.end) == found), None)
    last = period_end(value) if value else None
    if found is None or last is None or published is None:
        return None
    return found if last < _news_from(published) else None


def _news_from(published: DateValue) -> str:
    """The first day that is still the news of an article: the past week of a day-dated article; the
    whole month or year of one dated only at that precision (a date before it is the story's past)."""
    today = day_of(published.value)
    if published.precision == "day" and today is not None:
        return (today - timedelta(days=NEWS_DAYS)).isoformat()
    return period_start(published.value) or ""


@dataclass(frozen=True)
class DocTimes:
    """The timexes of one Doc (`times`, all of its own) sorted out once for all its events: which name a
    date, which a duration, and which durations a span of days up to or from the article."""

    dates: list[tuple[int, int]]
    durations: list[tuple[int, int]]
    recent: list[tuple[int, int]]
    in_order: list[tuple[int, int]]  # `dates` sorted by position (joined_time)

    @classmethod
    def of(cls, doc: Doc, times: Sequence[tuple[int, int]]) -> DocTimes:
        dates, durations = dates_only(doc, times), durations_only(doc, times)
        return cls(dates, durations, recent_spans_of(doc, durations), sorted(dates))


def dating_time(trigger: Token, times: Sequence[tuple[int, int]], known: DocTimes | None = None
                ) -> tuple[int, int] | None:
    """The timex that dates what `trigger` names: of its clause in a parse (else of the word it is
    coordinated with; else the duration before the 'nadat' opening it; after 'toen', the narrative's;
    for a past event, that of a clause above it), else the nearest. `known`: `DocTimes.of` the Doc's
    `times`, for a caller that dates many events of one Doc."""
    if trigger.doc.has_annotation("DEP"):
        known = known or DocTimes.of(trigger.doc, times)
        dates, durations = known.dates, known.durations
        return (clause_time(trigger, dates) or coordinated_time(trigger, dates)
                or interval_time(trigger, durations) or clause_time(trigger, spans_for_tense(trigger, known.recent))
                or then_time(trigger, dates)
                or governing_time(trigger, dates) or previous_time(trigger, dates))
    return nearest_time(trigger, trigger.sent, times)


def joined_time(doc: Doc, when: tuple[int, int] | None, times: Sequence[tuple[int, int]],
                known: DocTimes | None = None) -> tuple[int, int] | None:
    """`when` widened to the dates coordinated with it ('vandaag en morgen', 'zowel woensdag als
    donderdag', 'op 25 en 26 november'): the event takes all of them (`fact_date` gives the period
    that holds them). `known`: as for `dating_time`."""
    if when is None:
        return None
    dates = known.in_order if known is not None else sorted(dates_only(doc, times))
    first = last = dates.index(when) if when in dates else None
    if first is None:
        return when
    while first > 0 and JOINING.fullmatch(text_between(doc, dates[first - 1][1], dates[first][0])):
        first -= 1
    while last + 1 < len(dates) and JOINING.fullmatch(text_between(doc, dates[last][1], dates[last + 1][0])):
        last += 1
    return dates[first][0], dates[last][1]


def settle_modality(modality: str, trigger: Token, when: tuple[int, int] | None, timexes: Sequence[Timex],
                    published: DateValue | None) -> str:
    """Dutch tells the future in the present tense: 'volgende week spreken ze elkaar' is future."""
    if modality != "asserted" or when is None or published is None or is_past(trigger):
        return modality
    value = next((t.value for t in timexes if (t.start, t.end) == when), None)
    later = value and (period_start(value) or "") > (period_start(published.value) or "9999")
    return "future" if later else modality


def _as_guideline(found: FactDate) -> FactDate:
    """At the precision docs/events.md section 7 gives: a day for a time of day, the month that
    holds a week or weekend (the year when it spans two months), the year of a season."""
    value = found.value
    if value is None or found.precision in ("day", "month", "year"):
        return found
    if value[10:11] == "T":
        return FactDate(value[:10], "day", found.basis)
    first, last = period_start(value), period_end(value)
    if first is None or last is None or not ("-W" in value or value[5:6] in ("Q", "H", "S", "F", "W")):
        return found  # a decade, a century
    if first[:7] == last[:7]:
        return FactDate(first[:7], "month", found.basis)
    return FactDate(first[:4], "year", found.basis) if first[:4] == last[:4] else found


def _holding(dated: Sequence[Timex]) -> FactDate | None:
    """For several coordinated dates, the month or year that holds them all ('zowel woensdag als
    donderdag': the month); None for one date."""
    values = {(t.value or "")[:10] for t in dated if datable(t)}
    if len(values) < 2:
        return None
    basis = "explicit" if all(t.anchor == "absolute" for t in dated) else "relative"
    for size, precision in ((10, "day"), (7, "month"), (4, "year")):
        if len({v[:size] for v in values}) == 1 and all(len(v) >= size for v in values):
            return FactDate(next(iter(values))[:size], precision, basis)
    return None


def in_future_tense(trigger: Token) -> bool:
    """'… dat Trump een ontmoeting zal hebben met Duterte': the clause puts the event after the
    moment it is spoken of (a modal present, 'wil praten', 'moet betalen', does not)."""
    verb = clause_verb(trigger)
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for head in {trigger, verb} for c in head.children)


def quote_of(quotes: Sequence[Quote], start: int) -> int | None:
    """The index of the quote the words at `start` stand in, or None."""
    return next((i for i, q in enumerate(quotes) if q.start <= start < q.end), None)


def said_date(quotes: Sequence[Quote], start: int, future_tense: bool) -> FactDate | None:
    """When the quote holding the words at `start` was said: the date of what it reports, unless
    the words put it later ('zal', `in_future_tense`)."""
    index = quote_of(quotes, start)
    return quotes[index].date if index is not None and not future_tense else None


def _quote_or_news_day(said: FactDate, timexes: Sequence[Timex], story: tuple[int, int] | None,
                       published: DateValue | None, modality: str) -> FactDate:
    """The date of an event told in a quote: when the quote was said, but when the quote has no date of
    its own (it was dated at the publication) and tells of the past, the day of the news ('zondag won
    Boric ... "Ik sprak net met hem"'; 'Volgens het leger vuurden militanten raketten af'): what the
    speaker tells was done, was done on the day the story is on (`story` is set for a past event only)."""
    told = news_day(timexes, story, published) if said.basis == "publication" else None
    if told is not None:
        return told
    return said if modality in NOT_YET else not_after_publication(said, published)


def fact_date(when: tuple[int, int] | None, sentence: tuple[int, int], start: int, timexes: Sequence[Timex],
              published: DateValue | None, modality: str, said: FactDate | None = None,
              story: tuple[int, int] | None = None) -> FactDate:
    """The timex at `when`, else `said` (the date of the quote that reports the event: what a speaker
    says was done, is wanted or is demanded is dated when it was said; an undated quote's past at
    the day of the news, `_quote_or_news_day`), else the day of the news
    (`news_day`), else the publication date; what happened never after its article; at the
    precision of the guideline (`_as_guideline`).

    Measured on the dev annotations, the publication date is right more often for an event than
    the last date the text mentioned before it (the narrative date that quotes use), except when that
    date is a day of the week before the article.
    """
    clause = [t for t in timexes if when is not None and when[0] <= t.start and t.end <= when[1]]
    if not clause and said is not None and said.value is not None:
        return _as_guideline(_quote_or_news_day(said, timexes, story, published, modality))
    lapse = [t for t in clause if t.type == "DURATION"]  # 'twee maanden nadat …' (intervals.py)
    dated = [t for t in clause if t.type != "DURATION"]
    found = (recent_period(lapse[0], published) or earlier_by(lapse[0].value, published) if lapse else None) or _holding(dated) or date_fact(
        dated, sentence, start, published)
    if modality in NOT_YET:
        return _as_guideline(found)
    found = not_after_publication(found, published)
    if found.basis == "publication":
        found = news_day(timexes, story, published) or found
    return _as_guideline(found)


def span_date(doc: Doc, start: int, end: int, timexes: Sequence[Timex], published: DateValue | None,
              lexicon: EventLexicon, quotes: Sequence[Quote] = ()) -> FactDate:
    """The date of whatever the words at [start, end) name, dated as an event would be (`quotes`:
    the article's, with their dates)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return fact_date(None, (start, end), start, (), published, "asserted", said_date(quotes, start, False))
    root = span.root
    times = [(t.start, t.end) for t in timexes]
    sent = root.sent
    when = dating_time(root, times)
    parsed = doc.has_annotation("DEP")
    modality = settle_modality(modality_of(root, sent, lexicon, parsed), root, when, timexes, published)
    when = joined_time(doc, when, times) if parsed else when
    said = said_date(quotes, start, parsed and in_future_tense(root))
    return fact_date(when, (sent.start_char, sent.end_char), start, timexes, published, modality, said,
                     story_time(root, times))
