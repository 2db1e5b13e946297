"""When an event happened (docs/events.md sections 7 and 10), the first that applies: a date of its own
clause; after 'toen', the date the story last named; for a past event, the date of a clause above its
own; the day of the news (a day of the past week named before, in an article dated to the day); the
publication date. At the precision of the guideline.

The same rule dates any span a user asks about (`nieuwsgraaf date`), so an event and a
researcher's own annotation of it get the same date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc, Span, Token

from .. import resources
from ..periods import period_end, period_start
from ..records import DateValue, FactDate, Quote, Timex
from ..time.dating import date_fact, not_after_publication, precision_of
from .intervals import earlier_by, interval_time
from .lexicon import EventLexicon
from .modality import clause_verb, modality_of

NOT_YET = frozenset({"future", "hypothetical", "possible"})  # may lie after the publication date
THEN = frozenset({"toen", "destijds"})  # adverbs that point back to the time the story last named
FUTURE_AUXILIARIES = frozenset({"zal", "zullen", "zult", "zul"})  # 'zal hebben': the future tense
RELATIVE_WORDS = frozenset({"die", "dat", "waar", "wat"})  # opening a relative clause after a noun and comma
RELATIVE_ROLES = frozenset({"nsubj", "nsubj:pass", "obj", "advmod", "obl"})
QUOTE_MARKS = frozenset('"“”„«»‘’')  # a sentence with quoted words speaks in its speaker's present
JOINING = re.compile(r"\s*(?:,|en|of|als|,? ?en ook)\s*", re.IGNORECASE)  # between coordinated dates
NEWS_DAYS = 6  # how far before its article a day named earlier ('woensdag', 'gisteren') still is the news


def noun_dated(root: Token) -> Token | None:
    """The noun a timex (its root word) tells about, when it hangs on a noun rather than on a clause:
    'de verkiezingen van woensdag', 'een migratietop op 17 maart' (a modifier of the noun), 'de
    beperkingen die deze week werden aangekondigd', 'het bestand, dat geldt sinds 10 oktober' (in a
    relative clause on it, found by its relative pronoun where the parser hung the clause elsewhere)."""
    if root.dep_.startswith("nmod") and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head
    verb = clause_verb(root)
    if verb is root:
        return None
    if verb.dep_ in ("acl:relcl", "acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # also a participle on the noun: 'het op 10 oktober bemiddelde bestand'
    relative = next((c for c in verb.children if c.i < verb.i and c.dep_ in RELATIVE_ROLES
                     and ("Rel" in c.morph.get("PronType") or c.lower_ in RELATIVE_WORDS)), None)
    if relative is None or relative.i == 0:
        return None
    before = relative.doc[relative.i - 1]
    if not before.is_punct or before.i == 0:  # 'dat' with no comma before it may open a complement
        return None
    noun = before.doc[before.i - 1]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _dates_trigger(noun: Token, trigger: Token) -> bool:
    """A date on the trigger noun, or on a noun of its own modifier ('de exportbeperkingen voor
    aardmetalen die deze week werden aangekondigd': the parser may hang the clause on either)."""
    return noun.i == trigger.i or (noun.dep_.startswith("nmod") and noun.head.i == trigger.i)


def clause_time(trigger: Token, times: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The timex that modifies the trigger or its clause's verb ('ontmoetten elkaar in juli'), or
    that a relative clause on the trigger noun holds ('het bestand, dat geldt sinds 10 oktober')."""
    heads = {trigger.i, clause_verb(trigger).i}
    doc = trigger.doc
    for start, end in times:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not span.sent.start <= trigger.i < span.sent.end:
            continue
        root = span.root
        governor = root.head.head if root.head.pos_ == "ADP" else root.head
        noun = noun_dated(root)
        if root.head.i in heads or governor.i in heads or (noun is not None and _dates_trigger(noun, trigger)):
            return start, end
    return None


def nearest_time(trigger: Token, sent: Span, times: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """Without a parse: the sentence's timex nearest to the trigger."""
    inside = [t for t in times if sent.start_char <= t[0] < sent.end_char]
    return min(inside, key=lambda t: abs(t[0] - trigger.idx), default=None)


def _spans_of(doc: Doc, times: Sequence[tuple[int, int]], wanted: Callable[[Timex], bool],
              untagged: bool) -> list[tuple[int, int]]:
    """The spans among `times` whose timex is `wanted`; on a doc the time stage did not tag, nothing
    tells them apart: all of them when `untagged`, else none."""
    found = doc._.ng_timexes if Doc.has_extension("ng_timexes") else None
    if found is None:
        return list(times) if untagged else []
    kept = {(t.start, t.end) for t in found if wanted(t)}
    return [t for t in times if t in kept]


def _dates_only(doc: Doc, times: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans among `times` that name a date ('2021', 'woensdag'), not a duration ('één jaar')."""
    return _spans_of(doc, times, _datable, untagged=True)


def _durations_only(doc: Doc, times: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans among `times` that name a length of time ('twee maanden nadat …')."""
    return _spans_of(doc, times, lambda t: t.type == "DURATION", untagged=False)


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
    if not _is_past(trigger):
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


def _simple_past(verb: Token) -> bool:
    """The clause's finite verb is in the past tense ('kregen', 'had … opgelegd'), not the present perfect."""
    finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop"))]
    return any("Past" in w.morph.get("Tense") for w in finite) and not any(
        "Pres" in w.morph.get("Tense") for w in finite)


def _quoted(token: Token) -> bool:
    """`token` stands between quotation marks of its sentence (an odd number of them before it)."""
    return sum(t.text in QUOTE_MARKS for t in token.sent if t.i < token.i) % 2 == 1


def previous_time(trigger: Token, times: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """For an event told in the past tense, the date of the sentence right before it in the same
    paragraph when that date sets that sentence's main clause, also in the past tense, and lies
    before the past week ('Het VK had eind september sancties opgelegd. Zij kregen een reisverbod.'):
    the background story goes on at that date. The past week is the news of the day (`news_day`)."""
    sent = trigger.sent
    if sent.start == 0 or not _simple_past(clause_verb(trigger)) or _quoted(trigger):
        return None
    previous = trigger.doc[sent.start - 1].sent
    if "\n" in trigger.doc.text[previous.end_char:sent.start_char] or QUOTE_MARKS & set(previous.text):
        return None
    root = previous.root
    if not _simple_past(root):
        return None
    inside = [t for t in times if previous.start_char <= t[0] < previous.end_char]
    found = clause_time(root, inside) if len(inside) == 1 else None
    published = trigger.doc._.ng_published if Doc.has_extension("ng_published") else None
    value = next((t.value for t in (trigger.doc._.ng_timexes or ()) if (t.start, t.end) == found), None)
    last, today = period_end(value) if value else None, _day(published.value) if published else None
    if found is None or last is None or today is None or published.precision != "day":
        return None
    return found if last < (today - timedelta(days=NEWS_DAYS)).isoformat() else None


def dating_time(trigger: Token, times: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The timex that dates what `trigger` names: of its clause in a parse (else the duration before
    the 'nadat' opening it; after 'toen', the narrative's; for a past event, that of a clause above
    it), else the nearest."""
    if trigger.doc.has_annotation("DEP"):
        dates = _dates_only(trigger.doc, times)
        return (clause_time(trigger, dates) or interval_time(trigger, _durations_only(trigger.doc, times))
                or then_time(trigger, dates) or governing_time(trigger, dates) or previous_time(trigger, dates))
    return nearest_time(trigger, trigger.sent, times)


def joined_time(doc: Doc, when: tuple[int, int] | None, times: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """`when` widened to the dates coordinated with it ('vandaag en morgen', 'zowel woensdag als
    donderdag', 'op 25 en 26 november'): the event takes all of them (`fact_date` gives the period
    that holds them)."""
    if when is None:
        return None
    dates = sorted(_dates_only(doc, times))
    first = last = dates.index(when) if when in dates else None
    if first is None:
        return when
    while first > 0 and JOINING.fullmatch(doc.text[dates[first - 1][1]:dates[first][0]]):
        first -= 1
    while last + 1 < len(dates) and JOINING.fullmatch(doc.text[dates[last][1]:dates[last + 1][0]]):
        last += 1
    return dates[first][0], dates[last][1]


def _is_past(trigger: Token) -> bool:
    if not trigger.doc.has_annotation("DEP"):  # no tree to walk (and spaCy must not be asked for one)
        return "Past" in trigger.morph.get("Tense")
    verb = clause_verb(trigger)
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass"))]
    return any("Past" in w.morph.get("Tense") or "Part" in w.morph.get("VerbForm") for w in words)


def settle_modality(modality: str, trigger: Token, when: tuple[int, int] | None, timexes: Sequence[Timex],
                    published: DateValue | None) -> str:
    """Dutch tells the future in the present tense: 'volgende week spreken ze elkaar' is future."""
    if modality != "asserted" or when is None or published is None or _is_past(trigger):
        return modality
    value = next((t.value for t in timexes if (t.start, t.end) == when), None)
    later = value and (period_start(value) or "") > (period_start(published.value) or "9999")
    return "future" if later else modality


def _datable(timex: Timex) -> bool:
    # a date or time with a value; not a duration, nor 'nu' (PRESENT_REF), which names no day
    return timex.type in ("DATE", "TIME") and bool(timex.value) and not (timex.value or "").endswith("_REF")


def _day(value: str) -> date | None:
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


def _is_statement(verb: Token) -> bool:
    """`verb` is a speech verb of data/lexicons/speech_verbs.tsv ('zegt', 'laat … weten')."""
    heads = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    words = {w.lower_ for head in heads for w in (head, *head.children)}
    return any(form <= words for form in _speech_forms())


def _reports_present(sent: Span) -> bool:
    """The sentence tells of the present (its main verb in the present tense, not the perfect): the
    text is back at the article's day. Quoted words and a statement reported in the present
    ('Dat laat ze donderdag weten') speak in their speaker's present and do not count."""
    root = sent.root
    if QUOTE_MARKS & set(sent.text) or _is_statement(root):
        return False
    finite = [root, *(c for c in root.children if c.dep_ in ("aux", "aux:pass", "cop"))]
    return any("Pres" in w.morph.get("Tense") for w in finite) and not _is_past(root)


def story_time(trigger: Token, times: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The date that may set the day of the news for the event at `trigger` (`news_day`): the last
    date named before its sentence, passing over one that only dates a statement ('Dat laat ze
    donderdagochtend weten'); none for a clause in the present tense, nor when a sentence between
    reports the present ('Hij weigert af te treden'): the story has come back to the article's day."""
    sent = trigger.sent
    before = [t for t in _dates_only(trigger.doc, times) if t[1] <= sent.start_char]
    if not trigger.doc.has_annotation("DEP"):
        return before[-1] if before else None
    if not _is_past(trigger):
        return None
    doc = trigger.doc
    for start, end in reversed(before):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        if dates_other_statement(span.root, trigger):
            continue
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
    last = next((t for t in timexes if (t.start, t.end) == story and _datable(t)), None)
    if last is None or precision_of(last.value) not in ("day", "time"):
        return None
    day, today = _day(last.value), _day(published.value)
    if day is None or today is None or not today - timedelta(days=NEWS_DAYS) <= day <= today:
        return None
    return FactDate(day.isoformat(), "day", "narrative")


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
    values = {(t.value or "")[:10] for t in dated if _datable(t)}
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


def fact_date(when: tuple[int, int] | None, sentence: tuple[int, int], start: int, timexes: Sequence[Timex],
              published: DateValue | None, modality: str, said: FactDate | None = None,
              story: tuple[int, int] | None = None) -> FactDate:
    """The timex at `when`, else `said` (the date of the quote that reports the event: what a speaker
    says was done, is wanted or is demanded is dated when it was said), else the day of the news
    (`news_day`), else the publication date; what happened never after its article; at the
    precision of the guideline (`_as_guideline`).

    Measured on the dev annotations, the publication date is right more often for an event than
    the last date the text mentioned before it (the narrative date that quotes use), except when that
    date is a day of the week before the article.
    """
    clause = [t for t in timexes if when is not None and when[0] <= t.start and t.end <= when[1]]
    if not clause and said is not None and said.value is not None:
        return _as_guideline(said if modality in NOT_YET else not_after_publication(said, published))
    lapse = [t for t in clause if t.type == "DURATION"]  # 'twee maanden nadat …' (intervals.py)
    dated = [t for t in clause if t.type != "DURATION"]
    found = (earlier_by(lapse[0].value, published) if lapse else None) or _holding(dated) or date_fact(
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
