"""The timex patterns: regular expressions built from the time lexicon's word lists.

Each pattern is named after the kind of expression it finds; `resolve.py` has one
function per name that turns a match into a type and value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import TimeLexicon


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern[str]  # case-insensitive, run on the text as written
    # the same expression case-sensitive with its letters lower-cased, for lower-cased text:
    # Python's regex engine scans news text about 1.6 times as fast without IGNORECASE
    lowered: re.Pattern[str]


_KEPT_AS_WRITTEN = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")  # escapes (`\D`, `\W`) and group names


def _lowered(regex: str) -> re.Pattern[str]:
    """`regex` case-sensitive, with every letter lower-cased except in escapes and group names."""
    parts, end = [], 0
    for kept in _KEPT_AS_WRITTEN.finditer(regex):
        parts += [regex[end:kept.start()].lower(), kept[0]]
        end = kept.end()
    return re.compile("".join([*parts, regex[end:].lower()]))


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def build_patterns(lex: TimeLexicon) -> tuple[Pattern, ...]:
    """All patterns, most specific first (earlier wins among matches of equal length).

    A pattern with a group named `core` marks only that group; the rest is context.
    """
    # 'juni', 'juli' are whole names: the full stop after them ends the sentence ('op 30 juli.')
    full_months = [m for m in lex.months if len(m) > 4 or m in ("mei", "juni", "juli")]
    short_months = [m for m in lex.months if m not in full_months]
    month = rf"(?P<month>{_alternation(full_months)}|(?:{_alternation(short_months)})\.?)"
    # alone, an abbreviation is a name more often than a month ('Jan Jambon'): only the full name
    names = [m for m in lex.months if (len(m) > 3 or m == "mei") and not any(o != m and o.startswith(m) for o in lex.months)]
    month_alone = rf"(?P<month>{_alternation(names)})"
    weekday = rf"(?P<weekday>{_alternation(lex.weekdays)})"
    daypart = rf"(?P<daypart>{_alternation(lex.dayparts)})"
    number = rf"(?P<number>\d+(?:,\d+)?|een half|een halve|{_alternation(lex.numbers)}|{_alternation(lex.vague)}|anderhalf|anderhalve)"
    number2 = rf"(?P<number2>\d+(?:,\d+)?|{_alternation(lex.numbers)})"
    unit2 = rf"(?P<unit2>{_alternation(lex.units)})"
    unit = rf"(?P<unit>{_alternation(lex.units)})"
    vague_units = "uren|dagen|weken|maanden|jaren|decennia"
    season = rf"(?P<season>{_alternation(lex.seasons)})"
    partmod = rf"(?P<partmod>{_alternation(lex.partmods)})"
    ordinal = rf"(?P<ordinal>{_alternation(lex.ordinals)})"
    year = r"(?P<year>(?:1[89]|20)\d{2})"
    relative = (r"(?P<rel>vorige|vorig|afgelopen|verleden|deze|dit|volgende|volgend|komende|komend"
                r"|het komende|aanstaande)")
    approx = rf"(?:{_alternation(lex.approx)})"
    daypart_word = r"(?P<daypart>ochtend|morgen|voormiddag|middag|namiddag|avond|nacht)"
    sdaypart = r"(?: ?'s (?P<sdaypart>ochtends|morgens|voormiddags|middags|namiddags|avonds|nachts))?"
    weekday_rel = r"(?P<rel>afgelopen|vorige|aankomende|komende|volgende|aanstaande|deze)"
    rel_year = r"(?P<relyear>vorig|dit|volgend|komend) jaar"
    hour_words = _alternation(w for w, n in lex.numbers.items() if isinstance(n, int) and 2 <= n <= 12)
    english_month = rf"(?P<month>{_alternation(lex.english_months)})"
    b, e = r"(?<![\w-])", r"(?![\w-])"
    specs = [
        ("iso_date", rf"{b}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}}){e}"),
        # a two-digit year only in a byline stamp before its clock time: '27/12/16, 12:57'
        ("numeric_date", rf"{b}(?P<d>\d{{1,2}})[-/.](?P<m>\d{{1,2}})[-/.](?P<y>\d{{4}}|\d{{2}}(?=, \d{{1,2}}:\d{{2}}{e})){e}"),
        # '9 en 10 november', '24, 25 en 26 november': days sharing one month
        ("day_pair", rf"{b}(?P<d1>\d{{1,2}}(?:, \d{{1,2}})*) en (?P<d2>\d{{1,2}}) {month}(?: {year})?{e}"),
        ("english_date", rf"{b}{english_month} (?P<d>\d{{1,2}})(?:st|nd|rd|th)?,? {year}{e}"),
        ("day_month_year", rf"{b}(?:{weekday},? )?(?P<d>\d{{1,2}})(?:e|ste|de)?\.? {month} {year}{e}"),
        ("day_month", rf"{b}(?:{weekday},? )?(?P<d>\d{{1,2}})(?:e|ste|de)? {month}{e}"),
        ("part_month_year", rf"{b}{partmod} {month} {year}{e}"),
        ("month_year", rf"{b}{month} {year}{e}"),
        ("month_relative_year", rf"{b}(?:(?:(?P<d>\d{{1,2}}) )?{month}|{season}) (?:van )?(?P<rel>vorig|dit|volgend|verleden|afgelopen) jaar{e}"),
        ("relative_year_month", rf"{b}(?P<rel>vorig|dit|volgend|verleden) jaar {month}{e}"),
        ("part_year", rf"{b}{partmod} {year}{e}"),
        ("approx_year", rf"{b}{approx} (?P<core>{year}){e}"),
        ("part_decade", rf"{b}{partmod} (?:de )?jaren (?P<decade>{_alternation(lex.decades)}|'?\d0){e}"),
        ("part_relative", rf"{b}{partmod} {relative} (?P<unit>week|maand|jaar|eeuw){e}"),
        ("part_month", rf"{b}{partmod} {month}{e}"),
        ("season", rf"{b}(?:(?P<rel>vorige|vorig|afgelopen|verleden|deze|dit|komende|komend|volgende|volgend) )?{season}"
                   rf"(?:(?: van)? {year})?{e}"),
        ("quarter", rf"{b}(?:het )?(?P<core>{ordinal} kwartaal(?:(?: van)? (?:{year}|{rel_year}))?){e}"),
        ("half_year", rf"{b}(?:de |het )?(?P<core>{ordinal} (?P<half>helft|jaarhelft|halfjaar|semester)"
                      rf"(?:(?: van)? (?:{year}|{rel_year}))?){e}"),
        ("quarter_code", rf"{b}Q(?P<q>[1-4]) {year}{e}"),
        ("relative_quarter", rf"{b}(?P<rel>vorig|vorige|afgelopen|dit|deze|volgend|volgende|komend) kwartaal{e}"),
        ("decade", rf"{b}(?:de )?(?P<core>jaren (?P<decade>{_alternation(lex.decades)}|'?\d0)){e}"),
        ("century", rf"{b}(?:de )?(?P<core>(?:{ordinal}|(?P<cnum>\d{{1,2}})(?:e|de|ste)) eeuw){e}"),
        ("set_every", rf"{b}(?:elke|iedere|ieder|elk) (?:(?P<weekday_set>{_alternation(lex.weekdays)})|{unit}"
                      rf"|(?P<daypart_set>ochtend|morgen|voormiddag|middag|namiddag|avond|nacht)){e}"),
        ("set_every_n", rf"{b}(?:elke|iedere|om de) {number} {unit}{e}"),
        ("set_adverb", rf"{b}(?P<adverb>(?:dagelijks|wekelijks|maandelijks|jaarlijks|tweewekelijks)e?){e}"),
        ("set_per", rf"{b}{number} keer per {unit}{e}"),
        ("anaphoric", rf"{b}(?:(?:{number}) {unit} (?P<dir>later|eerder|erna|ervoor|daarna|daarvoor)"
                      rf"|(?P<next>diezelfde dag|dezelfde dag|die dag|(?:die|diezelfde|dezelfde) (?:avond|ochtend|middag|nacht)"
                      rf"|die week|die maand|dat jaar|datzelfde jaar|diezelfde week|diezelfde maand"
                      rf"|daags nadien|daags erna|daags voordien))(?![\w-])"),
        # 'volgende week' is deictic (relative_unit); 'de volgende dag' follows the story.
        ("anaphoric_next", rf"{b}(?:de |het )?(?P<core>(?P<next>volgende|vorige) (?P<what>dag|ochtend|morgen|middag"
                           rf"|avond|nacht)|(?P<what2>dag|week|maand|jaar) (?P<dir>erna|daarna|ervoor|daarvoor)){e}"),
        # 'Maanden later', 'Minuten later', 'korte tijd later': an offset of no stated size, so a point with no value
        # ('ten opzichte van jaren eerder' compares, it names no time)
        ("anaphoric_vague", rf"{b}(?<!van )(?<!dan )(?P<vague>korte tijd|seconden|minuten|uren|dagen|weken|maanden|jaren|decennia) "
                            rf"(?:later|eerder){e}"),
        # 'op het einde van de maand': the end of the month the story is in
        ("part_of_unit", rf"{b}(?:het )?(?P<core>(?P<partmod>begin|eind|einde|midden) van (?:de|het) "
                         rf"(?P<unit>week|maand|jaar)){e}"),
        ("ago", rf"{b}{number} {unit} (?:geleden|terug){e}"),
        # 'binnen twee weken' is the duration 'twee weken' (duration pattern); only 'binnen enkele
        # weken', of no stated size, is a point in the future with the preposition in its span
        ("in_future", rf"{b}(?P<prep>over|binnen(?= (?:{_alternation(lex.vague)}) )) {number} {unit}{e}"),
        ("weekday_week", rf"{b}(?P<rel>vorige|volgende) week {weekday}{e}"),
        ("weekday", rf"{b}(?:{weekday_rel} )?{weekday}(?:{daypart})?(?: laat)?{e}"),
        ("daypart_s", rf"{b}'s (?P<sdaypart>ochtends|morgens|middags|avonds|nachts){e}"),
        ("this_daypart", rf"{b}(?:deze|later deze) {daypart_word}{e}"),
        # 'later op de avond': the part of the day, the phrase around it is no part of the span
        # 'Zij sprak in de ochtend': that part of the day, unless a day follows ('in de nacht van 3 op 4 mei')
        ("this_daypart_phrase", rf"{b}(?:vroeg in|later op|eerder op|diep in|midden in|in) de (?P<core>{daypart_word}){e}"
                                r"(?! van\b)"),
        # 'eerder op de dag': the day the story is told on
        ("same_day_phrase", rf"{b}(?:later|eerder) op de (?P<core>dag){e}"),
        ("course_of_daypart", rf"{b}in de loop van de (?P<core>{daypart_word}){e}"),
        ("relday", rf"{b}(?P<relday>{_alternation(lex.reldays)}){e}"),
        ("deictic_ref", rf"(?<![\w.-])(?P<ref>{_alternation(lex.refs)})(?![\w.-])(?! eenmaal)"),
        # 'in de toekomst', 'in het verleden', 'op dit moment': the noun after its article or preposition
        ("ref_phrase", rf"{b}(?:de|het|op|tot|vanaf) (?P<core>(?P<ref>{_alternation(lex.ref_phrases)})){e}(?! (?:jaar|week|maand|eeuw)\b)"),
        # 'het afgelopen jaar' is the past twelve months; 'afgelopen jaar' alone is last year
        ("past_year_span", rf"{b}het (?P<core>(?:afgelopen|voorbije) jaar){e}"),
        # 'de afgelopen dag', 'de voorbije week': the past unit up to now, as 'het afgelopen jaar'
        # ('afgelopen week' alone is last week)
        ("past_unit_span", rf"{b}de (?P<core>(?:afgelopen|voorbije) (?P<unit>dag|week|maand)){e}"),
        ("relative_unit", rf"{b}{relative} (?P<unit>week|maand|jaar|weekend|weekeinde|eeuw){e}"),
        # 'in het weekend': the weekend next to the publication day, as 'dit weekend'
        ("the_weekend", rf"{b}(?:in|tijdens|over) het (?P<core>(?P<unit>weekend|weekeinde)){e}"),
        ("clock_u", rf"{b}(?P<h>\d{{1,2}})u(?P<min>\d{{2}})?{sdaypart}{e}"),
        ("clock", rf"{b}(?P<h>\d{{1,2}})[.:](?P<min>\d{{2}}) uur{sdaypart}{e}"),
        # a byline's time stamp right after its date: '6-10-2016, 18:59'
        ("clock_stamp", rf"(?:(?<=\d[-/.]\d{{4}}, )|(?<=\d[-/.]\d{{2}}, ))(?P<h>\d{{1,2}}):(?P<min>\d{{2}}){e}"),
        ("clock_hour", rf"{b}(?:om|tot|vanaf|rond|omstreeks) (?P<core>(?P<h>\d{{1,2}}) uur{sdaypart}){e}"),
        # 'om drie uur': an hour in words only after 'om/rond/omstreeks' ('tot drie uur' may be a duration)
        ("clock_hour_words", rf"{b}(?:om|rond|omstreeks) (?P<core>(?P<hword>{hour_words}) uur{sdaypart}){e}"),
        # 'rond 18.00 vanavond', 'net na een uur vanmiddag': an hour on today's part of the day is a clock time
        # ('hij sprak een uur vanmiddag' without the preposition is a duration)
        ("clock_today", rf"{b}(?:om|na|rond|omstreeks|tot|vanaf|tegen) (?P<core>(?:(?P<h>\d{{1,2}})(?:[.:](?P<min>\d{{2}}))?|(?P<hword>een|één|{hour_words}))"
                        rf"(?: uur)? (?P<relday>vanochtend|vanmorgen|vanmiddag|vanavond|vannacht)){e}"),
        ("clock_midnight", rf"{b}(?:om|rond|na|tot|voor|vanaf|omstreeks) (?P<core>middernacht){e}"),
        ("clock_noon", rf"{b}(?:om|rond|na|tot|voor|vanaf|omstreeks) het (?P<core>middaguur){e}"),
        ("clock_words", rf"{b}(?:(?P<minutes>\d{{1,2}}|{_alternation(lex.numbers)}) (?P<side>over|na|voor) )?"
                        rf"(?P<words>kwart over|kwart na|kwart voor|half) (?P<hword>{_alternation(lex.numbers)})"
                        rf"{sdaypart}{e}"),
        ("holiday", rf"{b}(?P<holiday>{_alternation(lex.holidays)})(?: (?P<year>(?:1[89]|20)\d{{2}}))?{e}"),
        ("holiday_period", rf"{b}(?P<holiday>{_alternation(lex.holiday_periods)})(?:(?: van)? (?P<year>(?:1[89]|20)\d{{2}}))?{e}"),
        ("duration_fixed", rf"{b}(?P<fixed>een halfuur|een half uur|een halfjaar|een half jaar|een kwartier|anderhalf uur|anderhalve dag"
                           rf"|anderhalve week|anderhalve maand|anderhalf jaar|een etmaal){e}"),
        # 'een klein half jaar', 'ruim een half uur': the half unit, the size word in the mod
        ("duration_half", rf"{b}(?:een )?(?P<size>klein|goed|ruim) (?:een )?(?P<core>half (?P<unit>jaar|uur)){e}"),
        ("duration_adj", rf"{b}(?P<n>\d+|{_alternation(lex.numbers)})(?P<adj>daagse?|jarige|urige|weekse?)(?![\w])"),
        ("duration_long", rf"{b}(?P<long>jarenlang|maandenlang|wekenlang|dagenlang|urenlang|decennialang)e?{e}"),
        # 'al weken', 'na jaren', 'sinds maanden': a bare plural unit after a word of duration
        # 'binnen dagen', 'op weken van overleg'
        # 'binnen de week', 'binnen het jaar': within one unit, as 'binnen twee weken' is a duration
        ("duration_within_one", rf"{b}binnen (?:de|het) (?P<core>(?P<unit>week|maand|jaar)){e}"),
        ("duration_vague", rf"{b}(?:al|nog|na|sinds|gedurende|pas na|ook na|met|binnen|op(?= \w+ van )) "
                           rf"(?P<core>(?P<vague>{vague_units})){e}"),
        # 'weken of maanden', 'dagen of zelfs uren': both of two coordinated bare plurals
        ("duration_vague_first", rf"{b}(?P<vague>{vague_units})(?= (?:of|tot) (?:zelfs )?(?:{vague_units}){e})"),
        ("duration_vague_second", rf"{b}(?:{vague_units}) (?:of|tot) (?:zelfs )?(?P<core>(?P<vague>{vague_units})){e}"),
        # 'de komende uren en dagen': a bare plural joined to a counted-off span shares its reading
        ("duration_vague_joined", rf"{b}(?:komende|afgelopen|voorbije|laatste) (?:{vague_units}) (?:en|of) "
                                  rf"(?P<core>(?P<vague>{vague_units})){e}"),
        # 'dagen achtereen', 'weken aaneen': a bare plural of unbroken length
        ("duration_vague_on_end", rf"{b}(?P<core>(?P<vague>{vague_units})) (?:achtereen|aaneen|achter elkaar){e}"),
        ("duration_pair", rf"{b}{number} {unit} en {number2} {unit2}{e}"),
        ("duration_range", rf"{b}van (?P<core>{number}) tot {number2} {unit}{e}"),
        ("duration_span", rf"{b}(?P<rel>komende|afgelopen|voorbije|laatste|eerstkomende|jongste) (?:(?P<n>\d+|"
                          rf"{_alternation(lex.numbers)}) )?(?P<unit>dagen|weken|maanden|jaren|jaar|uren|decennia"
                          rf"|(?<=\d )uur|(?<=\d )minuten){e}"),
        # 'nog geen maand': less than one unit; the modifier stays outside the span
        ("duration_under", rf"{b}nog geen (?P<core>(?P<unit>dag|week|maand|jaar)){e}"),
        ("whole_unit", rf"{b}(?:de |het )?(?P<core>hele (?P<unit>dag|week|maand|jaar)){e}"),
        ("duration", rf"{b}{number} {unit}{e}"),
        ("month", rf"{b}{month_alone}{e}"),
        ("year", rf"{b}(?P<core>{year})(?![\w-])(?P<after> \w+)?"),
    ]
    return tuple(Pattern(name, re.compile(regex, re.IGNORECASE), _lowered(regex)) for name, regex in specs)
