"""Finding and normalising temporal expressions in a text, anchored at its publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..records import DateValue, Timex
from .calendar import Anchor, add_days, day_value
from .lexicon import TimeLexicon, load_time_lexicon
from .resolve import HANDLERS, Context, Resolved, month_number, resolve_day_month
from .rules import Pattern, build_patterns
from .tense import WORD, Marker, markers_in_text, sentence_bounds, tense_at

# Patterns whose value needs no reference date.
ABSOLUTE_PATTERNS = frozenset({
    "iso_date", "numeric_date", "english_date", "day_month_year", "month_year", "part_month_year", "part_year",
    "approx_year", "part_decade", "quarter_code", "set_every_n", "duration_pair", "duration_range",
    "duration_span", "whole_unit",
    "half_year", "decade", "century", "year", "duration", "duration_fixed", "duration_adj",
    "duration_long", "duration_within_one", "duration_vague", "duration_vague_first", "duration_vague_second",
    "duration_vague_joined", "duration_vague_on_end", "past_unit_span", "set_every", "set_adverb", "set_per",
})


# A month or date as deadline ('tot eind januari', 'tegen september', 'tot 16 februari') lies ahead
# of the moment the clause speaks of, whatever its tense: the nearest reading decides. Weekdays keep
# their tense ('van donderdag tot maandag' would otherwise split around the publication day).
_DEADLINE_BEFORE = re.compile(r"(?<!\w)(?:tot|tegen) $", re.IGNORECASE)
_MONTH_PATTERNS = frozenset({"month", "part_month", "day_month", "day_pair"})
# The date an announcement is for ('voor 10 oktober aangekondigd', 'kondigde aan vanaf 9 september ... te
# blokkeren'), not the day it was made ('In december kondigde de regering aan').
_ANNOUNCED_FOR = re.compile(r"(?<!\w)(?:voor|vanaf) $", re.IGNORECASE)


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    order: int
    pattern: Pattern
    match: object


class TimeTagger:
    def __init__(self, lexicon: TimeLexicon | None = None):
        self.lexicon = lexicon or load_time_lexicon()
        self.patterns = build_patterns(self.lexicon)

    def _candidates(self, text: str) -> list[_Candidate]:
        found = []
        lowered = text.lower()
        # Lower-casing keeps every offset unless a character changes length ('İ'); then the
        # case-insensitive patterns scan the text itself.
        scan_lowered = len(lowered) == len(text)
        for order, pattern in enumerate(self.patterns):
            for match in _matches(pattern, text, lowered if scan_lowered else None):
                span = match.span("core") if "core" in pattern.regex.groupindex else match.span()
                if span[1] > span[0]:
                    found.append(_Candidate(span[0], span[1], order, pattern, match))
        return found

    def _select(self, candidates: list[_Candidate]) -> list[_Candidate]:
        """Longest match first, then the more specific pattern; no overlaps."""
        chosen: list[_Candidate] = []
        taken: list[tuple[int, int]] = []
        for candidate in sorted(candidates, key=lambda c: (-(c.end - c.start), c.order, c.start)):
            if all(candidate.end <= s or candidate.start >= e for s, e in taken):
                chosen.append(candidate)
                taken.append((candidate.start, candidate.end))
        return sorted(chosen, key=lambda c: c.start)

    def tag(self, text: str, published: DateValue | None,
            markers: list[Marker] | None = None) -> list[Timex]:
        """All timexes of `text` in order; relative ones resolve against `published`.

        `markers` (tense cues by position) default to ones read off the text's words; the
        spaCy component passes markers from the parser's morphology instead.
        """
        dct = Anchor.from_value(published)
        markers = markers_in_text(text, self.lexicon) if markers is None else markers
        narrative: Anchor | None = None
        last_value: str | None = None
        narrative_end = 0
        results: list[Timex] = []
        for candidate in self._select(self._candidates(text)):
            tense = tense_at(text, candidate.start, candidate.end, markers)
            if candidate.pattern.name in _MONTH_PATTERNS and (_DEADLINE_BEFORE.search(
                    text, max(0, candidate.start - 6), candidate.start)
                    or _ANNOUNCED_FOR.search(text, max(0, candidate.start - 6), candidate.start)
                    and self._announced(text, candidate.start)):
                tense = "present"
            near = _within_a_sentence(text, narrative_end, candidate.start)
            context = Context(dct=dct, tense=tense, narrative=narrative, last_value=last_value,
                              narrative_near=near)
            for found in self._resolve(candidate, context, text):
                if candidate.pattern.name.startswith("clock"):
                    found = _on_day_of(_last_day(results), found, text, self.lexicon)
                results.append(found)
                if found.value and found.type in ("DATE", "TIME") and found.value[:4].isdigit():
                    last_value = found.value
                if found.value and found.type == "DATE" and found.value[:4].isdigit() and (
                        len(found.value) in (4, 7, 10)):
                    narrative, narrative_end = Anchor.from_value(found.value), found.end
                elif found.value and found.type == "TIME" and len(found.value) >= 10:
                    narrative, narrative_end = Anchor.from_value(found.value[:10]), found.end
        return results

    def _announced(self, text: str, position: int) -> bool:
        """Whether the sentence at `position` announces something ('kondigde aan', 'aangekondigd')."""
        first, last = sentence_bounds(text, position)
        return any(word.lower() in self.lexicon.announce_words for word in WORD.findall(text, first, last))

    def _resolve(self, candidate: _Candidate, context: Context, text: str) -> list[Timex]:
        name, match = candidate.pattern.name, candidate.match
        if name == "day_pair":
            return self._split_day_pair(match, context)
        try:
            resolved: Resolved | None = HANDLERS[name](match, self.lexicon, context)
        except OverflowError:  # an anchor at the calendar's ends (year 1 or 9999): no date to give
            return []
        if resolved is None:
            return []
        anchor = "absolute" if name in ABSOLUTE_PATTERNS else (
            "narrative" if name.startswith("anaphoric") else "publication")
        return [Timex(candidate.start, candidate.end, text[candidate.start:candidate.end],
                      resolved.type, resolved.value, resolved.mod, anchor)]

    def _split_day_pair(self, match, context: Context) -> list[Timex]:
        """'9 en 10 november (2017)', '24, 25 en 26 november': dates sharing a month."""
        month_text, year = match["month"], match["year"]
        results = []
        days = [(found.start(), found.group(), False) for found in re.finditer(r"\d+", match["d1"])]
        days = [(match.start("d1") + start, day, last) for start, day, last in days]
        for start, day, last in days + [(match.start("d2"), match["d2"], True)]:
            fake = {"d": day, "month": month_text, "year": year, "weekday": None}
            if year:
                value = f"{int(year):04d}-{month_number(self.lexicon, month_text):02d}-{int(day):02d}"
                resolved = Resolved("DATE", value)
            else:
                resolved = resolve_day_month(fake, self.lexicon, context)
            if resolved is None:
                continue
            end = match.end() if last else start + len(day)
            results.append(Timex(start, end, match.string[start:end], resolved.type, resolved.value,
                                 resolved.mod, "absolute" if year else "publication"))
        return results


def _matches(pattern: Pattern, text: str, lowered: str | None):
    """The case-insensitive pattern's matches in `text`. Found in the lower-cased text when given,
    then matched again at the same place in `text`, so that groups keep their capitals (a
    capitalised word can be a name: resolve.is_name_like)."""
    if lowered is None:
        yield from pattern.regex.finditer(text)
        return
    for found in pattern.lowered.finditer(lowered):
        match = pattern.regex.match(text, found.start())
        if match is not None:
            yield match


def _last_day(results: list[Timex]) -> Timex | None:
    """The latest timex so far that names a day ('afgelopen dinsdag', 'vrijdagavond')."""
    for timex in reversed(results):
        if timex.value and len(timex.value) >= 10 and timex.value[:4].isdigit():
            return timex
    return None


_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’]?\s")


def _within_a_sentence(text: str, end: int, start: int) -> bool:
    """`start` is in the sentence that ends after `end`, or in the next one of its paragraph."""
    gap = text[end:start]
    return "\n" not in gap and len(_SENTENCE_BREAK.findall(gap)) <= 1


def _on_day_of(day: Timex | None, clock: Timex, text: str, lexicon: TimeLexicon) -> Timex:
    """'gisteravond om 20.30 uur', 'Afgelopen dinsdag werd om 9.15 uur …', 'Vrijdag ging het mis.
    Om 15.00 uur …': a clock time is on the day named last before it in its own or the previous
    sentence of the paragraph, not on the publication day."""
    if day is None or not clock.value:
        return clock
    gap = text[day.end:clock.start]
    if "\n" in gap or len(_SENTENCE_BREAK.findall(gap)) > 1:
        return clock
    value = day.value[:10]
    if _small_hours_after_weekday_night(day, clock, lexicon):
        value = day_value(add_days(date.fromisoformat(value), 1))
    return Timex(clock.start, clock.end, clock.text, clock.type, f"{value}{clock.value[10:]}",
                 clock.mod, day.anchor)


def _small_hours_after_weekday_night(day: Timex, clock: Timex, lexicon: TimeLexicon) -> bool:
    """'donderdagnacht om twee uur' is the night from Thursday into Friday: an hour before six
    falls on the next day. ('vannacht' already names the night that ends on its day.)"""
    night = day.text.lower().removesuffix("nacht")
    hour = clock.value[11:13]
    return night != day.text.lower() and night in lexicon.weekdays and hour.isdigit() and int(hour) < 6


@cache
def default_tagger() -> TimeTagger:
    return TimeTagger()


def find_timexes(text: str, published: DateValue | None) -> list[Timex]:
    """Timexes of a plain text with tense read from its words."""
    return default_tagger().tag(text, published)
