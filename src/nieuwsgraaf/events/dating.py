"""When an event happened: a timex of its own clause, else the publication date.

The same rule dates any span a user asks about (`nieuwsgraaf date`), so an event and a
researcher's own annotation of it get the same date.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..periods import period_start
from ..records import DateValue, FactDate, Timex
from ..time.dating import date_fact, not_after_publication
from .lexicon import EventLexicon
from .modality import clause_verb, modality_of

NOT_YET = frozenset({"future", "hypothetical", "possible"})  # may lie after the publication date


def clause_time(trigger: Token, times: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The timex that modifies the trigger or its clause's verb ('ontmoetten elkaar in juli')."""
    heads = {trigger.i, clause_verb(trigger).i}
    doc = trigger.doc
    for start, end in times:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not span.sent.start <= trigger.i < span.sent.end:
            continue
        root = span.root
        governor = root.head.head if root.head.pos_ == "ADP" else root.head
        if root.head.i in heads or governor.i in heads:
            return start, end
    return None


def nearest_time(trigger: Token, sent: Span, times: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """Without a parse: the sentence's timex nearest to the trigger."""
    inside = [t for t in times if sent.start_char <= t[0] < sent.end_char]
    return min(inside, key=lambda t: abs(t[0] - trigger.idx), default=None)


def dating_time(trigger: Token, times: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The timex that dates what `trigger` names: of its clause in a parse, else the nearest."""
    if trigger.doc.has_annotation("DEP"):
        return clause_time(trigger, times)
    return nearest_time(trigger, trigger.sent, times)


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


def fact_date(when: tuple[int, int] | None, sentence: tuple[int, int], start: int, timexes: Sequence[Timex],
              published: DateValue | None, modality: str) -> FactDate:
    """The timex at `when`, else the publication date; what happened never after its article.

    Measured on the dev annotations, the publication date is right more often for an event than
    the last date the text mentioned before it (the narrative date that quotes use).
    """
    clause = [t for t in timexes if (t.start, t.end) == when]
    found = date_fact(clause, sentence, start, published)
    return found if modality in NOT_YET else not_after_publication(found, published)


def span_date(doc: Doc, start: int, end: int, timexes: Sequence[Timex], published: DateValue | None,
              lexicon: EventLexicon) -> FactDate:
    """The date of whatever the words at [start, end) name, dated as an event would be."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return fact_date(None, (start, end), start, (), published, "asserted")
    root = span.root
    times = [(t.start, t.end) for t in timexes]
    sent = root.sent
    when = dating_time(root, times)
    modality = settle_modality(modality_of(root, sent, lexicon, doc.has_annotation("DEP")), root, when,
                               timexes, published)
    return fact_date(when, (sent.start_char, sent.end_char), start, timexes, published, modality)
