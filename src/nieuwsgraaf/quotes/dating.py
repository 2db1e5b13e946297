"""When a quote was said, which is not when what it talks about happens (issue #14 §1).

In order:
  clause       a date in the quote's own sentence, outside the quoted words ('zei dinsdag', 'in een
               tweet uit 2016'), or opening an indirect quote ('zei eind september toch te willen');
  speech       the last date before the sentence, in the same paragraph, when the sentence holding
               it reports speech of the same speaker ('Gisteravond zei Jambon ...' and his next
               quote); any other earlier date is what the story is about, not when this was said;
  publication  the article's date: a quote nothing dates was said for the article.
Nothing is dated after the article that reports it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..records import DateValue, FactDate, Timex
from ..time.dating import date_fact, not_after_publication, precision_of

# An indirect quote opening with a date ('zei eind september toch ...') took the speech clause's date in.
_OPENING = 2


@dataclass(frozen=True)
class QuoteOccasion:
    """What dating needs of one quote: its span, kind, sentence and who said it (an entity id or
    the speaker's words, lower case; None when nobody is named)."""

    start: int
    end: int
    kind: str
    sentence: tuple[int, int]
    speaker: str | None
    speaker_at: int | None  # where the words naming the speaker start


def _datable(timex: Timex) -> bool:
    return timex.type in ("DATE", "TIME") and timex.value is not None and not timex.value.endswith("_REF")


def _publication(published: DateValue | None) -> FactDate:
    if published:
        return FactDate(published.value, published.precision, "publication")
    return FactDate(None, None, "publication")


def _speech_date(quote: QuoteOccasion, earlier: list[Timex], occasions: Sequence[QuoteOccasion],
                 text: str, sentence_of) -> FactDate | None:
    if not earlier or quote.speaker is None:
        return None
    last = earlier[-1]
    if "\n" in text[last.end:quote.start]:
        return None  # another paragraph: another occasion
    sentence = sentence_of(last.start)
    if sentence is None:
        return None
    for other in occasions:
        if other is quote or other.speaker != quote.speaker:
            continue
        places = [other.start] + ([other.speaker_at] if other.speaker_at is not None else [])
        if any(sentence[0] <= place < sentence[1] for place in places):
            return FactDate(last.value, precision_of(last.value), "narrative")
    return None


def date_quote(quote: QuoteOccasion, occasions: Sequence[QuoteOccasion], timexes: Sequence[Timex], text: str,
               sentence_of, published: DateValue | None) -> FactDate:
    """The date `quote` was said; `occasions` are all quotes of the article, `sentence_of` maps an
    offset to its sentence's (start, end)."""
    outside = [t for t in timexes if _datable(t) and not quote.start <= t.start < quote.end]
    if quote.kind == "indirect":
        outside += [t for t in timexes if _datable(t) and quote.start <= t.start < quote.start + _OPENING]
    start, end = quote.sentence
    found = date_fact([t for t in outside if start <= t.start < end], quote.sentence, quote.start, published)
    if found.basis in ("explicit", "relative"):
        return not_after_publication(found, published)
    # an earlier quote's own dates are what it talked about, not when anything was said
    quoted = [(o.start, o.end) for o in occasions]
    earlier = sorted((t for t in outside if t.end <= start and not any(a <= t.start < b for a, b in quoted)),
                     key=lambda t: t.start)
    found = _speech_date(quote, earlier, occasions, text, sentence_of) or _publication(published)
    return not_after_publication(found, published)
