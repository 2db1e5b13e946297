"""The story an event is told in (docs/events.md §10, dating): which timexes name a date, the tense
of the event's clause, and the day of the news: the day of the past week the article last named,
for a past event, unless a sentence between tells of the present, the date only says when
another actor made a statement, or it dates a noun ('de rellen die zondag uitbraken').
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc, Span, Token

from .. import resources
from ..morphology import has_feature
from ..records import DateValue, FactDate, Timex
from ..time.dating import precision_of
from .modality import clause_verb
from .noun_dates import noun_dated

QUOTE_MARKS = frozenset('"“”„«»‘’')  # a sentence with quoted words speaks in its speaker's present
NEWS_DAYS = 6  # how far before its article a day named earlier ('woensdag', 'gisteren') still is the news


def _spans_of(doc: Doc, times: Sequence[tuple[int, int]], wanted: Callable[[Timex], bool],
              untagged: bool) -> list[tuple[int, int]]:
    """The spans among `times` whose timex is `wanted`; on a doc the time stage did not tag, nothing
    tells them apart: all of them when `untagged`, else none."""
    found = doc._.ng_timexes if Doc.has_extension("ng_timexes") else None
    if found is None:
        return list(times) if untagged else []
    kept = {(t.start, t.end) for t in found if wanted(t)}
    return [t for t in times if t in kept]


def dates_only(doc: Doc, times: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans among `times` that name a date ('2021', 'woensdag'), not a duration ('één jaar')."""
    return _spans_of(doc, times, datable, untagged=True)


def durations_only(doc: Doc, times: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans among `times` that name a length of time ('twee maanden nadat …')."""
    return _spans_of(doc, times, lambda t: t.type == "DURATION", untagged=False)


def _verb_group(verb: Token) -> list[Token]:
    """A clause's verb with its auxiliaries and copula: where its tense is written."""
    return [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop"))]


def simple_past(verb: Token) -> bool:
    """The clause's finite verb is in the past tense ('kregen', 'had … opgelegd'), not the present perfect."""
    finite = _verb_group(verb)
    return any(_past_form(w) for w in finite) and not any(has_feature(w, "Tense", "Pres") for w in finite)


def _past_form(word: Token) -> bool:
    """`word` is tagged past and not written as its infinitive: a plural written so ('Ze overleggen')
    is the present, whatever the tagger says; a past plural ('spraken', 'overlegden') is not written so."""
    return has_feature(word, "Tense", "Past") and word.lower_ != word.lemma_.lower()


def quoted(token: Token) -> bool:
    """`token` stands between quotation marks of its sentence (an odd number of them before it)."""
    return sum(t.text in QUOTE_MARKS for t in token.sent if t.i < token.i) % 2 == 1


def is_past(trigger: Token) -> bool:
    if not trigger.doc.has_annotation("DEP"):  # no tree to walk (and spaCy must not be asked for one)
        return has_feature(trigger, "Tense", "Past")
    verb = clause_verb(trigger)
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass"))]
    return any(has_feature(w, "Tense", "Past") or has_feature(w, "VerbForm", "Part") for w in words)


def datable(timex: Timex) -> bool:
    # a date or time with a value; not a duration, nor 'nu' (PRESENT_REF), which names no day
    return timex.type in ("DATE", "TIME") and bool(timex.value) and not (timex.value or "").endswith("_REF")


def day_of(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


@cache
def _speech_forms() -> tuple[frozenset[str], ...]:
    """The speech verbs of data/lexicons/speech_verbs.tsv, each as the set of its words ('liet ... weten')."""
    return tuple(frozenset(fields[0].lower().replace("...", " ").split())
                 for _, fields in resources.lexicon_rows("speech_verbs.tsv") if fields and fields[0])


def _subject(verb: Token) -> str | None:
    found = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    return found.lower_ if found is not None else None


def dates_other_statement(root: Token, trigger: Token) -> bool:
    """The timex whose root is `root` only says when someone made a statement ('Dat laat ze
    donderdagochtend weten', 'zei woensdag'), and the event at `trigger` is not that speaker's
    ('De politie hield zeven mensen aan'): the statement's day is not the day of what it is about."""
    verb = clause_verb(root)
    if not _is_statement(verb):
        return False
    speaker = _subject(verb.head if verb.dep_ == "xcomp" else verb) or _subject(verb)
    return speaker is None or speaker != _subject(clause_verb(trigger))


@cache
def _speech_forms_by_word() -> dict[str, tuple[frozenset[str], ...]]:
    """`_speech_forms` under each of their words: only the forms sharing a word with a clause need a
    look (an empty form, a line of '...' only, under '': it is in every clause)."""
    index: dict[str, list[frozenset[str]]] = {}
    for form in _speech_forms():
        for word in form or ("",):
            index.setdefault(word, []).append(form)
    return {word: tuple(forms) for word, forms in index.items()}


def _is_statement(verb: Token) -> bool:
    """`verb` is a speech verb of data/lexicons/speech_verbs.tsv ('zegt', 'laat … weten')."""
    heads = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    words = {w.lower_ for head in heads for w in (head, *head.children)}
    index = _speech_forms_by_word()
    return "" in index or any(form <= words for word in words for form in index.get(word, ()))


def _reports_present(sent: Span) -> bool:
    """The sentence tells of the present (its main verb in the present tense, not the perfect): the
    text is back at the article's day. Quoted words and a statement reported in the present
    ('Dat laat ze donderdag weten') speak in their speaker's present and do not count."""
    root = sent.root
    if QUOTE_MARKS & set(sent.text) or _is_statement(root):
        return False
    finite = _verb_group(root)
    return any(has_feature(w, "Tense", "Pres") for w in finite) and not is_past(root)


def story_time(trigger: Token, times: Sequence[tuple[int, int]],
               dates: Sequence[tuple[int, int]] | None = None) -> tuple[int, int] | None:
    """The date that may set the day of the news for the event at `trigger` (`news_day`): the last
    date named before its sentence, passing over one that only dates a statement ('Dat laat ze
    donderdagochtend weten'); none for a clause in the present tense, nor when a sentence between
    reports the present ('Hij weigert af te treden'): the story has come back to the article's day;
    none when that date hangs on a noun ('het debat over de rellen die zondag uitbraken', 'de
    onderhandelingen, die zaterdag begonnen'): it tells when that thing happened, the story is elsewhere.
    `dates`: `dates_only` of the Doc's `times`, when the caller has them."""
    sent = trigger.sent
    dates = dates_only(trigger.doc, times) if dates is None else dates
    before = [t for t in dates if t[1] <= sent.start_char]
    if not trigger.doc.has_annotation("DEP"):
        return before[-1] if before else None
    if not is_past(trigger):
        return None
    doc = trigger.doc
    for start, end in reversed(before):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        if dates_other_statement(span.root, trigger):
            continue
        if noun_dated(span.root) is not None:
            return None  # 'de rellen die zondag uitbraken': the day of those riots, not of the story
        between = list(doc[span.sent.end:sent.start].sents) if span.sent.end < sent.start else []
        if any(_reports_present(s) for s in between):
            return None
        return start, end
    return None


def news_day(timexes: Sequence[Timex], story: tuple[int, int] | None, published: DateValue | None) -> FactDate | None:
    """The day the article's story is on, when the date `story` (`story_time`) is a day of the past
    week ('Gisteren …', 'woensdag …'): an event with no date of its own in a daily's report happened
    that day, not on the day the paper came out ("De regering bereikte een akkoord")."""
    if published is None or published.precision != "day":
        return None
    last = next((t for t in timexes if (t.start, t.end) == story and datable(t)), None)
    if last is None or precision_of(last.value) not in ("day", "time"):
        return None
    day, today = day_of(last.value), day_of(published.value)
    if day is None or today is None or not today - timedelta(days=NEWS_DAYS) <= day <= today:
        return None
    return FactDate(day.isoformat(), "day", "narrative")
