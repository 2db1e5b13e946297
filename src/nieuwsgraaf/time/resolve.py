"""From a pattern match to a TIMEX3 type, value and modifier, given the anchors."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .calendar import (
    Anchor,
    add_days,
    day_value,
    holiday_date,
    month_value,
    nearest_month,
    nearest_weekday,
    shift_month,
    week_value,
)
from .lexicon import TimeLexicon

_SDAYPART = {"ochtends": "MO", "morgens": "MO", "voormiddags": "MO", "middags": "AF", "namiddags": "AF",
             "avonds": "EV", "nachts": "NI"}
_DAYPART_WORDS = {"ochtend": "MO", "morgen": "MO", "voormiddag": "MO", "middag": "AF", "namiddag": "AF",
                  "avond": "EV", "nacht": "NI"}


def is_name_like(m, group: str) -> bool:
    """A capitalised word inside a sentence is a name here ('De Morgen', 'Aron Winter')."""
    text = m[group]
    if not text or not text[0].isupper():
        return False
    before = m.string[: m.start(group)].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:\n\"'“‘„(" and not before.endswith("\n")


@dataclass(frozen=True)
class Context:
    """What a match is resolved against: publication date, clause tense, narrative anchor."""

    dct: Anchor | None
    tense: str  # past | present | future
    narrative: Anchor | None = None
    last_value: str | None = None  # the value of the latest dated expression, weeks included
    narrative_near: bool = False  # the narrative date was named in this or the previous sentence

    @property
    def direction(self) -> str:
        """'past', 'future', or 'nearest' for present tense (news uses it for both)."""
        return {"future": "future", "past": "past"}.get(self.tense, "nearest")


@dataclass(frozen=True)
class Resolved:
    type: str
    value: str | None
    mod: str | None = None


def month_number(lex: TimeLexicon, text: str) -> int:
    return lex.months[text.lower().rstrip(".")]


def _count(word: str, lex: TimeLexicon) -> float | None:
    """A number from digits ('27,5') or number words; None for vague amounts ('enkele')."""
    word = word.lower()
    if word.replace(",", "", 1).isdigit():
        return float(word.replace(",", ".")) if "," in word else int(word)
    if word in ("anderhalf", "anderhalve"):
        return 1.5
    if word in ("een half", "een halve"):
        return 0.5
    return lex.numbers.get(word)


_LONG_UNITS = {"10Y": "DE", "100Y": "CE"}
_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}
_SMALLER_TIME = {"H": ("M", 60), "M": ("S", 60)}  # 'M' of a time unit is the minute


def duration_value(amount: float | None, letter: str, is_time: bool) -> str:
    """ISO 8601 duration; a fraction goes into the next smaller unit (27,5 jaar = P27Y6M)."""
    if letter == "15M":
        letter, amount = "M", 15 * (amount or 1)
    if letter in _LONG_UNITS:  # 'twee decennia' is P2DE, 'decennia' PXDE (TIMEX3's decade unit)
        if amount is None or amount == int(amount):
            return f"P{'X' if amount is None else int(amount)}{_LONG_UNITS[letter]}"
        letter, amount = "Y", amount * (10 if letter == "10Y" else 100)
    prefix = "PT" if is_time else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    whole = int(amount)
    table = _SMALLER_TIME if is_time else _SMALLER
    rest = round((amount - whole) * table[letter][1]) if letter in table else 0
    if not rest:
        return f"{prefix}{whole}{letter}"
    smaller = table[letter][0]
    if is_time:  # 'een halve minuut' is PT30S, '2,5 uur' PT2H30M
        return f"PT{whole}{letter}{rest}{smaller}" if whole else f"PT{rest}{smaller}"
    if letter == "D":  # 'anderhalve dag' is P1DT12H, 'een halve dag' PT12H
        return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
    return f"{prefix}{whole}{letter}{rest}{smaller}" if whole else f"{prefix}{rest}{smaller}"


def _day_or_none(dct: Anchor | None) -> date | None:
    return dct.date if dct else None


def _coarse(dct: Anchor | None) -> str | None:
    """An anchor known only to the month or year: a day near it is given at that precision
    ('donderdag' in an article dated 2025-03 is 2025-03), rather than no value."""
    if dct is None:
        return None
    return month_value(dct.year, dct.month) if dct.month else f"{dct.year:04d}"


def _with_daypart(day: date | None, part: str | None) -> Resolved:
    if day is None:
        return Resolved("TIME" if part else "DATE", None)
    return Resolved("TIME", f"{day_value(day)}T{part}") if part else Resolved("DATE", day_value(day))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_iso_date(m, lex, ctx):
    found = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return Resolved("DATE", day_value(found)) if found else None


def resolve_numeric_date(m, lex, ctx):
    year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)  # '27/12/16' in a byline stamp
    found = _safe_date(year, int(m["m"]), int(m["d"]))
    return Resolved("DATE", day_value(found)) if found else None


def resolve_day_month_year(m, lex, ctx):
    found = _safe_date(int(m["year"]), month_number(lex, m["month"]), int(m["d"]))
    return Resolved("DATE", day_value(found)) if found else None


def _year_for_day_month(month: int, day: int, ctx: Context) -> int | None:
    if ctx.dct is None:
        return None
    story = _story_year(month, day, ctx)
    if story is not None:
        return story
    year = ctx.dct.year
    if ctx.dct.month is None:
        return year
    candidate = (month, day if ctx.dct.day else 0)
    reference = (ctx.dct.month, ctx.dct.day or 0)
    # The tense decides which side of the publication date the day falls on; without a
    # tense cue, a date more than half a year away belongs to the neighbouring year.
    if ctx.tense == "future" and candidate < reference and (ctx.dct.day or month < ctx.dct.month):
        return year + 1
    if ctx.tense == "past" and candidate > reference and (ctx.dct.day or month > ctx.dct.month):
        return year - 1
    if ctx.tense not in ("past", "future") and abs(month - ctx.dct.month) > 6:
        return year + 1 if month < ctx.dct.month else year - 1
    return year


def _story_year(month: int, day: int, ctx: Context) -> int | None:
    """A past clause right after a dated day of an earlier year ('op 15 augustus vorig jaar. Op 1
    september heeft ...') stays in that year when the date follows it within a season; right after
    an earlier year alone ('in 2003. Toen werd het op 6 augustus ...'), in that year."""
    story = ctx.narrative
    if ctx.tense != "past" or story is None or story.year >= ctx.dct.year:
        return None
    if story.month is None:  # 'de hittegolf van 2003. Toen werd het op 6 augustus ...'
        return story.year if ctx.narrative_near else None
    if story.date is None:
        return None
    candidate = _safe_date(story.year, month, day)
    return story.year if candidate and 0 <= (candidate - story.date).days <= 92 else None


def resolve_day_month(m, lex, ctx):
    month = month_number(lex, m["month"])
    year = _year_for_day_month(month, int(m["d"]), ctx)
    if year is None:
        return Resolved("DATE", None)
    found = _safe_date(year, month, int(m["d"]))
    if found and m["weekday"]:
        found = _matching_weekday_year(found, lex.weekdays[m["weekday"].lower()])
    return Resolved("DATE", day_value(found)) if found else None


def _matching_weekday_year(found: date, weekday: int) -> date:
    """'woensdag 16 mei': the weekday names the year when the tense guessed the neighbouring one."""
    if found.isoweekday() == weekday:
        return found
    for year in (found.year - 1, found.year + 1):
        other = _safe_date(year, found.month, found.day)
        if other and other.isoweekday() == weekday:
            return other
    return found


def resolve_month_year(m, lex, ctx):
    return Resolved("DATE", month_value(int(m["year"]), month_number(lex, m["month"])))


def resolve_part_month_year(m, lex, ctx):
    found = resolve_month_year(m, lex, ctx)
    return Resolved("DATE", found.value, lex.partmods[m["partmod"].lower()])


def resolve_part_year(m, lex, ctx):
    return Resolved("DATE", m["year"], lex.partmods[m["partmod"].lower()])


def _relative_unit_value(rel: str, unit: str, ctx: Context) -> str | None:
    rel, unit = rel.lower(), unit.lower()
    step = -1 if rel in ("vorige", "vorig", "afgelopen", "verleden") else (
        0 if rel in ("deze", "dit") else 1)
    dct = ctx.dct
    if dct is None:
        return None
    if unit == "jaar":
        return f"{dct.year + step:04d}"
    if unit == "eeuw":
        return f"{dct.year // 100 + step:02d}"
    if unit == "maand":
        return month_value(*shift_month(dct.year, dct.month, step)) if dct.month else None
    day = dct.date
    if day is None:
        return _coarse(dct)  # 'vorige week' in an article dated 2025-03
    if unit in ("weekend", "weekeinde"):
        return f"{week_value(_weekend_saturday(step, day, ctx.tense))}-WE"
    return week_value(add_days(day, 7 * step))


# From Thursday on, 'dit weekend' is the coming one even in a past-tense clause ('steunde de
# kandidaat bij de verkiezingen dit weekend' on a Friday): the last one would be 'vorig weekend'.
_LAST_DAY_AFTER_A_WEEKEND = 3


def _weekend_saturday(step: int, day: date, tense: str) -> date:
    """'komend' or 'volgend weekend' on a Thursday is the one two days later, on a Saturday the
    next one; 'vorig' or 'afgelopen weekend' the one before. 'dit weekend' is the coming one, or
    the one that is on; in the past tense the last one ('zei dit weekend' on a Tuesday)."""
    if step < 0:
        return nearest_weekday(day, 6, "before")
    if step == 0 and tense == "past" and day.isoweekday() <= _LAST_DAY_AFTER_A_WEEKEND:
        return nearest_weekday(day, 6, "past")
    if step == 0:
        return nearest_weekday(day, 6, "future") if day.isoweekday() < 7 else add_days(day, -1)
    return nearest_weekday(day, 6, "after")


def resolve_relative_unit(m, lex, ctx):
    return Resolved("DATE", _relative_unit_value(m["rel"], m["unit"], ctx))


def resolve_past_year_span(m, lex, ctx):
    return Resolved("DURATION", "P1Y")


def resolve_past_unit_span(m, lex, ctx):
    return Resolved("DURATION", duration_value(1, lex.units[m["unit"].lower()][0], False))


def resolve_the_weekend(m, lex, ctx):
    return Resolved("DATE", _relative_unit_value("dit", m["unit"], ctx))


def resolve_part_of_unit(m, lex, ctx):
    """'het einde van de maand': of the month (week, year) the story is in when it tells the past,
    else of the publication date's."""
    anchor = ctx.narrative if ctx.tense == "past" and ctx.narrative else ctx.dct
    unit, mod = m["unit"].lower(), lex.partmods[m["partmod"].lower()]
    if anchor is None:
        return Resolved("DATE", None, mod)
    if unit == "jaar":
        return Resolved("DATE", f"{anchor.year:04d}", mod)
    if unit == "maand":
        return Resolved("DATE", month_value(anchor.year, anchor.month) if anchor.month else None, mod)
    return Resolved("DATE", week_value(anchor.date) if anchor.date else _coarse(anchor), mod)


def resolve_anaphoric_vague(m, lex, ctx):
    """'Maanden later': no size, so no value; 'Minuten later', 'korte tijd later' are a time of day."""
    return Resolved("TIME" if m["vague"].lower() in ("seconden", "minuten", "uren", "korte tijd") else "DATE", None)


def resolve_part_relative(m, lex, ctx):
    return Resolved("DATE", _relative_unit_value(m["rel"], m["unit"], ctx), lex.partmods[m["partmod"].lower()])


def resolve_part_month(m, lex, ctx):
    found = resolve_month(m, lex, ctx, allow_capital=True)
    return Resolved("DATE", found.value if found else None, lex.partmods[m["partmod"].lower()])


def resolve_month(m, lex, ctx, allow_capital=False):
    text = m["month"]
    if not allow_capital and is_name_like(m, "month"):
        return None  # 'Augustus' the name, not the month
    month = month_number(lex, text)
    if ctx.dct is None:
        return Resolved("DATE", None)
    if ctx.dct.month is None:
        return Resolved("DATE", month_value(ctx.dct.year, month))
    direction = ctx.direction
    if direction == "nearest":
        back = nearest_month(ctx.dct.year, ctx.dct.month, month, "past")
        ahead = nearest_month(ctx.dct.year, ctx.dct.month, month, "future")
        gap_back = (ctx.dct.year - back[0]) * 12 + ctx.dct.month - month
        gap_ahead = (ahead[0] - ctx.dct.year) * 12 + month - ctx.dct.month
        return Resolved("DATE", month_value(*(ahead if gap_ahead < gap_back else back)))
    return Resolved("DATE", month_value(*nearest_month(ctx.dct.year, ctx.dct.month, month, direction)))


def resolve_season(m, lex, ctx):
    if is_name_like(m, "season") and not m["rel"]:
        return None  # 'Aron Winter', 'de Arabische Lente'
    code = lex.seasons[m["season"].lower()]
    if m["year"]:
        return Resolved("DATE", f"{m['year']}-{code}")
    if ctx.dct is None or ctx.dct.month is None:
        return Resolved("DATE", f"{ctx.dct.year}-{code}" if ctx.dct else None)
    rel = (m["rel"] or "").lower()
    start, month, year = _season_start(code), ctx.dct.month, ctx.dct.year
    direction = {"vorige": "past", "vorig": "past", "afgelopen": "past", "verleden": "past",
                 "komende": "future", "komend": "future", "volgende": "future", "volgend": "future",
                 "deze": "this", "dit": "this"}.get(rel, ctx.direction)
    if direction == "nearest":  # the season whose middle month is closest: 'voor de zomer' in March
        now = year * 12 + month
        year = min((year - 1, year, year + 1), key=lambda y: (abs(y * 12 + start + 1 - now), -y))
    elif direction == "past" and start > month:
        year -= 1
    elif direction == "future" and start + 2 < month:
        year += 1
    return Resolved("DATE", f"{year}-{code}")


def _season_start(code: str) -> int:
    return {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]


def _year_of_part(m, ctx: Context) -> str | None:
    """The year a quarter or half belongs to: written ('2025'), relative ('volgend jaar'), or the
    reference date's."""
    if m["year"]:
        return m["year"]
    if ctx.dct is None:
        return None
    step = {"vorig": -1, "dit": 0, "volgend": 1, "komend": 1}.get((m["relyear"] or "dit").lower(), 0)
    return f"{ctx.dct.year + step:04d}"


def resolve_quarter(m, lex, ctx):
    number = lex.ordinals[m["ordinal"].lower()]
    if number > 4:
        return None
    year = _year_of_part(m, ctx)
    return Resolved("DATE", f"{year}-Q{number}" if year else None)


def resolve_english_date(m, lex, ctx):
    found = _safe_date(int(m["year"]), lex.english_months[m["month"].lower()], int(m["d"]))
    return Resolved("DATE", day_value(found)) if found else None


def resolve_half_year(m, lex, ctx):
    number = lex.ordinals[m["ordinal"].lower()]
    year = _year_of_part(m, ctx)
    if number > 2 or (m["half"].lower() == "helft" and not (m["year"] or m["relyear"])):
        return None  # 'de eerste helft' of a match is no half-year
    return Resolved("DATE", f"{year}-H{number}" if year else None)


def resolve_quarter_code(m, lex, ctx):
    return Resolved("DATE", f"{m['year']}-Q{m['q']}")


def resolve_relative_quarter(m, lex, ctx):
    if ctx.dct is None or ctx.dct.month is None:
        return Resolved("DATE", None)
    rel = m["rel"].lower()
    step = -1 if rel in ("vorig", "vorige", "afgelopen") else (0 if rel in ("dit", "deze") else 1)
    index = ctx.dct.year * 4 + (ctx.dct.month - 1) // 3 + step
    return Resolved("DATE", f"{index // 4}-Q{index % 4 + 1}")


def resolve_approx_year(m, lex, ctx):
    return Resolved("DATE", m["year"], "APPROX")


def resolve_part_decade(m, lex, ctx):
    found = resolve_decade(m, lex, ctx)
    return Resolved("DATE", found.value, lex.partmods[m["partmod"].lower()]) if found else None


def resolve_decade(m, lex, ctx):
    word = m["decade"].lower().lstrip("'")
    digit = lex.decades.get(word)
    if digit is None and word.isdigit():
        digit = int(word) // 10
    if digit is None:
        return None
    century = "19" if digit >= 2 else "20"
    return Resolved("DATE", f"{century}{digit}")


def resolve_century(m, lex, ctx):
    number = int(m["cnum"]) if m["cnum"] else lex.ordinals[m["ordinal"].lower()]
    return Resolved("DATE", f"{number - 1:02d}") if number >= 10 else None


def resolve_set_every(m, lex, ctx):
    if m["weekday_set"]:
        return Resolved("SET", f"XXXX-WXX-{lex.weekdays[m['weekday_set'].lower()]}")
    if m["daypart_set"]:  # 'elke ochtend': that part of every day
        return Resolved("SET", f"XXXX-XX-XXT{_DAYPART_WORDS[m['daypart_set'].lower()]}")
    letter, is_time = lex.units[m["unit"].lower()]
    return Resolved("SET", f"PT1{letter}" if is_time else f"P1{letter}")


def resolve_set_every_n(m, lex, ctx):
    amount = _count(m["number"], lex)
    letter, is_time = lex.units[m["unit"].lower()]
    quantity = "X" if amount is None else str(amount)
    return Resolved("SET", f"PT{quantity}{letter}" if is_time else f"P{quantity}{letter}")


def resolve_set_adverb(m, lex, ctx):
    return Resolved("SET", {"dagelijks": "P1D", "wekelijks": "P1W", "maandelijks": "P1M",
                            "jaarlijks": "P1Y", "tweewekelijks": "P2W"}[m["adverb"].lower().rstrip("e")])


def resolve_set_per(m, lex, ctx):
    letter, is_time = lex.units[m["unit"].lower()]
    return Resolved("SET", f"PT1{letter}" if is_time else f"P1{letter}")


_FRACTION_UNIT = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "10Y": ("Y", 10), "100Y": ("Y", 100)}


def _shift(anchor: Anchor, amount: float, letter: str) -> str | None:
    """The anchor moved by `amount` units; None when the result is not a calendar date."""
    if amount != int(amount) and letter in _FRACTION_UNIT:
        # '2,5 jaar geleden' is 30 months ago: a fraction moves in the next smaller unit.
        letter, factor = _FRACTION_UNIT[letter]
        amount *= factor
    amount = round(amount)
    try:
        return _whole_shift(anchor, amount, letter)
    except (OverflowError, ValueError):  # 'een miljoen jaar geleden' has no calendar date
        return None


def _whole_shift(anchor: Anchor, amount: int, letter: str) -> str | None:
    day = anchor.date
    if letter == "D":
        return day_value(add_days(day, amount)) if day else None
    if letter == "W":
        return week_value(add_days(day, 7 * amount)) if day else None
    if letter == "M":
        return month_value(*shift_month(anchor.year, anchor.month, amount)) if anchor.month else None
    if letter in ("Y", "10Y"):
        year = anchor.year + (10 if letter == "10Y" else 1) * amount
        return f"{year:04d}" if 0 < year < 10000 else None
    return None


def resolve_ago(m, lex, ctx):
    amount = _count(m["number"], lex)
    letter, is_time = lex.units[m["unit"].lower()]
    if amount is None or is_time or ctx.dct is None:
        return Resolved("DATE", None)
    if letter in ("D", "W") and ctx.dct.date is None:
        # an article dated to the month reports what happened days or weeks before it in that
        # month: 'twee weken geleden' in 2019-10 is 2019-10, as a weekday there is (_coarse)
        return Resolved("DATE", _coarse(ctx.dct) if ctx.dct.month else None)
    return Resolved("DATE", _shift(ctx.dct, -amount, letter))


def resolve_in_future(m, lex, ctx):
    amount = _count(m["number"], lex)
    letter, is_time = lex.units[m["unit"].lower()]
    if is_time:
        return resolve_duration(m, lex, ctx)
    if amount is None or ctx.dct is None:
        return Resolved("DATE", None)
    return Resolved("DATE", _shift(ctx.dct, amount, letter))


def resolve_anaphoric(m, lex, ctx):
    anchor = ctx.narrative
    fixed = (m["next"] or "").lower()
    if fixed.startswith(("diezelfde ", "dezelfde ")) and not fixed.endswith("dag"):
        fixed = "die " + fixed.split()[1]  # 'diezelfde avond' is 'die avond'
    if fixed in ("die dag", "diezelfde dag", "dezelfde dag") and _coarser_than_day(ctx.last_value):
        return Resolved("DATE", ctx.last_value)  # 'Vorige week ... die dag': the day is in that week
    if fixed:
        day = anchor.date if anchor else None
        offsets = {"daags nadien": 1, "daags erna": 1, "daags voordien": -1}
        parts = {"die avond": "EV", "die ochtend": "MO", "die middag": "AF", "die nacht": "NI"}
        if fixed in ("die week", "diezelfde week"):
            return Resolved("DATE", week_value(day) if day else None)
        if fixed in ("die maand", "diezelfde maand"):
            month = anchor.month if anchor else None
            return Resolved("DATE", month_value(anchor.year, month) if month else None)
        if fixed in ("dat jaar", "datzelfde jaar"):
            return Resolved("DATE", f"{anchor.year:04d}" if anchor else None)
        if day is None:
            return Resolved("TIME" if fixed in parts else "DATE", None)
        return _with_daypart(add_days(day, offsets.get(fixed, 0)), parts.get(fixed))
    amount = _count(m["number"], lex)
    letter, is_time = lex.units[m["unit"].lower()]
    if amount is None or is_time or anchor is None:
        return Resolved("DATE", None)
    sign = 1 if m["dir"].lower() in ("later", "erna", "daarna") else -1
    return Resolved("DATE", _shift(anchor, sign * amount, letter))


def _coarser_than_day(value: str | None) -> bool:
    """A calendar week or month ('2024-W52', '2020-06'), not a day, year or reference word."""
    return bool(value) and value[:4].isdigit() and ("-W" in value and "-WE" not in value or len(value) == 7)


_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?:de|het) $", re.IGNORECASE)


def _is_last_night(m, what: str) -> bool:
    """'vorige nacht' without an article is last night (deictic); 'de vorige nacht' is the story's."""
    before = m.string[max(0, m.start("core") - 4): m.start("core")]
    return (m["next"] or "").lower() == "vorige" and what in _DAYPART_WORDS and not _ARTICLE_BEFORE.search(before)


def _previous_daypart(part: str, ctx: Context) -> Resolved:
    day = _day_or_none(ctx.dct)
    if day is None:
        return Resolved("DATE", _coarse(ctx.dct)) if ctx.dct else Resolved("TIME", None)
    return _with_daypart(add_days(day, -1), part)


def resolve_anaphoric_next(m, lex, ctx):
    """'de volgende dag', 'de volgende ochtend', 'een week erna' without a number: the anchor's next unit."""
    anchor = ctx.narrative
    what = (m["what"] or m["what2"]).lower()
    if _is_last_night(m, what):
        return _previous_daypart(_DAYPART_WORDS[what], ctx)
    sign = -1 if (m["next"] or "").lower() == "vorige" or (m["dir"] or "").lower() in ("ervoor", "daarvoor") else 1
    part = _DAYPART_WORDS.get(what)
    if part or what == "dag":
        day = anchor.date if anchor else None
        return _with_daypart(add_days(day, sign) if day else None, part)
    letter = {"week": "W", "maand": "M", "jaar": "Y"}[what]
    return Resolved("DATE", _shift(anchor, sign, letter) if anchor else None)


def resolve_this_daypart(m, lex, ctx):
    return _with_daypart(_day_or_none(ctx.dct), _DAYPART_WORDS[m["daypart"].lower()])


resolve_this_daypart_phrase = resolve_this_daypart


def resolve_same_day_phrase(m, lex, ctx):
    """'eerder op de dag' is the publication day; known only to the month, that month (_coarse)."""
    day = _day_or_none(ctx.dct)
    return Resolved("DATE", day_value(day) if day else _coarse(ctx.dct))


def resolve_weekday_week(m, lex, ctx):
    day = _day_or_none(ctx.dct)
    if day is None:
        return Resolved("DATE", _coarse(ctx.dct))
    week_day = add_days(day, -7 if m["rel"].lower() == "vorige" else 7)
    monday = add_days(week_day, 1 - week_day.isoweekday())
    return Resolved("DATE", day_value(add_days(monday, lex.weekdays[m["weekday"].lower()] - 1)))


def resolve_weekday(m, lex, ctx):
    if is_name_like(m, "weekday") and m.string[max(0, m.start() - 3): m.start()] in ("De ", "de "):
        return None  # the newspaper 'De Zondag'
    day = _day_or_none(ctx.dct)
    part = lex.dayparts.get((m["daypart"] or "").lower())
    if day is None:
        return Resolved("DATE", _coarse(ctx.dct)) if ctx.dct else Resolved("TIME" if part else "DATE", None)
    rel = (m["rel"] or "").lower()
    weekday = lex.weekdays[m["weekday"].lower()]
    if rel == "deze":  # 'deze vrijdag': the Friday of the publication's week, whatever the tense
        return _with_daypart(add_days(day, weekday - day.isoweekday()), part)
    direction = {"afgelopen": "before", "vorige": "before", "komende": "after", "aankomende": "after", "volgende": "after",
                 "aanstaande": "after"}.get(rel, ctx.direction)
    if direction == "nearest":
        back, ahead = nearest_weekday(day, weekday, "past"), nearest_weekday(day, weekday, "future")
        return _with_daypart(ahead if (ahead - day) < (day - back) else back, part)
    return _with_daypart(nearest_weekday(day, weekday, direction), part)


def resolve_daypart_s(m, lex, ctx):
    """"'s avonds" alone: that part of the day the story is about (or of the publication day)."""
    anchor = ctx.narrative if ctx.narrative and ctx.narrative.date else ctx.dct
    return _with_daypart(anchor.date if anchor else None, _SDAYPART[m["sdaypart"].lower()])


def resolve_relday(m, lex, ctx):
    if is_name_like(m, "relday"):
        return None  # 'De Morgen', 'Vandaag Inside'
    offset, part = lex.reldays[m["relday"].lower()]
    day = _day_or_none(ctx.dct)
    if day is None and ctx.dct is not None:
        return Resolved("DATE", _coarse(ctx.dct))
    return _with_daypart(add_days(day, offset) if day else None, part)


def _clock(hour: int, minute: int, daypart: str | None, ctx: Context) -> Resolved | None:
    if daypart in ("AF", "EV") and hour < 12:
        hour += 12
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    day = _day_or_none(ctx.dct)
    if day is None:
        return Resolved("TIME", None)
    return Resolved("TIME", f"{day_value(day)}T{hour % 24:02d}:{minute:02d}")


def resolve_clock_u(m, lex, ctx):
    return _clock(int(m["h"]), int(m["min"] or 0), _SDAYPART.get((m["sdaypart"] or "").lower()), ctx)


def resolve_clock(m, lex, ctx):
    return _clock(int(m["h"]), int(m["min"]), _SDAYPART.get((m["sdaypart"] or "").lower()), ctx)


def resolve_clock_stamp(m, lex, ctx):
    return _clock(int(m["h"]), int(m["min"]), None, ctx)


def resolve_clock_hour(m, lex, ctx):
    return _clock(int(m["h"]), 0, _SDAYPART.get((m["sdaypart"] or "").lower()), ctx)


def resolve_clock_hour_words(m, lex, ctx):
    return _clock(lex.numbers[m["hword"].lower()], 0, _SDAYPART.get((m["sdaypart"] or "").lower()), ctx)


def resolve_clock_today(m, lex, ctx):
    hour = int(m["h"]) if m["h"] else int(lex.numbers.get(m["hword"].lower(), 1))
    _, part = lex.reldays[m["relday"].lower()]  # vanochtend … vannacht: offset 0, the publication day (_clock)
    return _clock(hour, int(m["min"] or 0), part, ctx)


def resolve_clock_midnight(m, lex, ctx):
    """'na middernacht': the end of the day (TIMEX3 T24:00), on the day the story names (tagger)."""
    day = _day_or_none(ctx.dct)
    return Resolved("TIME", f"{day_value(day)}T24:00" if day else None)


def resolve_clock_noon(m, lex, ctx):
    """'rond het middaguur': twelve o'clock, on the day the story names (tagger)."""
    return _clock(12, 0, None, ctx)


def resolve_clock_words(m, lex, ctx):
    hour = lex.numbers.get(m["hword"].lower())
    if hour is None or hour > 12:
        return None
    words = m["words"].lower()
    hour, minute = {"kwart over": (hour, 15), "kwart na": (hour, 15), "kwart voor": (hour - 1, 45),
                    "half": (hour - 1, 30)}[words]
    if m["minutes"]:
        extra = _count(m["minutes"], lex) or 0
        minute += extra if m["side"].lower() in ("over", "na") else -extra
        hour, minute = hour + minute // 60, minute % 60
    return _clock(hour, minute, _SDAYPART.get((m["sdaypart"] or "").lower()), ctx)


def resolve_deictic_ref(m, lex, ctx):
    if m["ref"].lower() == "nu" and _nu_is_not_time(m, lex):
        return None
    if m["ref"].lower() in lex.ref_adjectives and _after_determiner(m, lex):  # 'een recent rapport'
        return None
    return Resolved("DATE", lex.refs[m["ref"].lower()])


def _after_determiner(m, lex) -> bool:
    before = _WORDS.findall(m.string[max(0, m.start() - 20):m.start()].lower())
    return bool(before) and before[-1] in lex.ref_attributive_after


def resolve_ref_phrase(m, lex, ctx):
    return Resolved("DATE", lex.ref_phrases[m["ref"].lower()])


_CLAUSE_BREAK = re.compile(r"[,;:.!?\n\"“”‘’()]")
_WORDS = re.compile(r"[^\W\d_]+")


def _nu_is_not_time(m, lex) -> bool:
    """'nu' as a conjunction or particle: 'Nu die quota weg zijn, ...' (now that), ', nu de vraag
    stijgt', 'maar nu het team genoeg bewijs heeft', 'Stel nu dat ...', 'of het nu klopt of niet' (whether, with its second 'of')."""
    breaks = list(_CLAUSE_BREAK.finditer(m.string, 0, m.start()))
    clause = m.string[breaks[-1].end() if breaks else 0: m.start()].lower()
    before = _WORDS.findall(clause)
    after = _WORDS.match(m.string[m.end():].lstrip(" "))
    opens_clause = not before or (len(before) == 1 and before[0] in lex.nu_conj_coordinator)
    if opens_clause and after and after.group().lower() in lex.nu_conj_subject:
        return True
    if before and before[-1] in lex.nu_particle_before:
        return True
    # only the two-sided 'of … nu … of (niet)' is surely 'whether'; 'of het proces nu opnieuw begint' is time
    rest = _CLAUSE_BREAK.search(m.string, m.end())
    return "of" in before[-3:] and "of" in _WORDS.findall(m.string[m.end():rest.start() if rest else None].lower())


def resolve_holiday(m, lex, ctx):
    """'Pasen', 'met Kerstmis', 'Prinsjesdag 2024': the holiday in the year given, else the one the
    clause's tense points to from the reference date (the nearest when it says nothing)."""
    day = _holiday_day(lex.holidays[m["holiday"].lower()], m["year"], ctx)
    return Resolved("DATE", day_value(day) if day else None)


def resolve_holiday_period(m, lex, ctx):
    """'de paasvakantie', 'de feestdagen': a season around a holiday, given as that holiday's month."""
    day = _holiday_day(lex.holiday_periods[m["holiday"].lower()], m["year"], ctx)
    return Resolved("DATE", month_value(day.year, day.month) if day else None)


def _holiday_day(rule: str, year: str | None, ctx: Context) -> date | None:
    if year:
        return holiday_date(rule, int(year))
    if ctx.dct is None:
        return None
    anchor = ctx.dct.date or date(ctx.dct.year, ctx.dct.month or 7, 15 if ctx.dct.month else 1)
    days = [holiday_date(rule, year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    # under a month-only date a holiday in that month may lie on either side: compare months only
    def key(day: date) -> tuple[int, ...]:
        return (day.year, day.month) if ctx.dct.date is None else (day.year, day.month, day.day)
    if ctx.direction == "past":
        return max(d for d in days if key(d) <= key(anchor))
    if ctx.direction == "future":
        return min(d for d in days if key(d) >= key(anchor))
    return min(days, key=lambda d: abs((d - anchor).days))


def resolve_duration_fixed(m, lex, ctx):
    return Resolved("DURATION", {"een halfuur": "PT30M", "een half uur": "PT30M", "een halfjaar": "P6M",
                                 "een half jaar": "P6M", "een kwartier": "PT15M",
                                 "anderhalf uur": "PT1H30M", "anderhalve dag": "P1DT12H",
                                 "anderhalve week": "P10D", "anderhalve maand": "P1M15D",
                                 "anderhalf jaar": "P1Y6M", "een etmaal": "P1D"}[m["fixed"].lower()])


def resolve_duration_half(m, lex, ctx):
    mod = "LESS_THAN" if m["size"].lower() == "klein" else "MORE_THAN"
    return Resolved("DURATION", "P6M" if m["unit"].lower() == "jaar" else "PT30M", mod)


def resolve_duration_adj(m, lex, ctx):
    amount = _count(m["n"], lex)
    # 'twaalfdaagse', and uninflected after a neuter noun: 'een zestigdaags bestand'
    letter = {"daagse": "D", "daags": "D", "jarige": "Y", "urige": "H", "weekse": "W", "weeks": "W"}[m["adj"].lower()]
    if amount is None:
        return None
    return Resolved("DURATION", f"PT{amount}H" if letter == "H" else f"P{amount}{letter}")


def resolve_duration_within_one(m, lex, ctx):
    return Resolved("DURATION", {"week": "P1W", "maand": "P1M", "jaar": "P1Y"}[m["unit"].lower()])


def resolve_duration_long(m, lex, ctx):
    # the adjective ('jarenlange onderhandelingen') carries the same duration as the adverb
    return Resolved("DURATION", {"jarenlang": "PXY", "maandenlang": "PXM", "wekenlang": "PXW",
                                 "dagenlang": "PXD", "urenlang": "PTXH", "decennialang": "PXDE"}[m["long"].lower()])


def resolve_duration_vague(m, lex, ctx):
    return Resolved("DURATION", {"jaren": "PXY", "maanden": "PXM", "weken": "PXW", "dagen": "PXD",
                                 "uren": "PTXH", "decennia": "PXDE"}[m["vague"].lower()])


_AGE_BEFORE = ("is ", "was ", "werd ", "wordt ", "ben ", "waren ", "zijn ", "(")


resolve_duration_vague_first = resolve_duration_vague_second = resolve_duration_vague
resolve_duration_vague_joined = resolve_duration_vague_on_end = resolve_duration_vague


def _is_age(m) -> bool:
    """'De Vries was 64 jaar', 'een 31-jarige', '75 jaar oude record': ages, not durations."""
    before = m.string[max(0, m.start() - 6): m.start()].lower()
    after = m.string[m.end(): m.end() + 5].lower()
    return m["unit"].lower() == "jaar" and (before.endswith(_AGE_BEFORE) or after.startswith((" oud", ")")))


def _is_one_day(m) -> bool:
    """'op een dag' is the indefinite 'one day', no duration."""
    return (m["number"].lower() in ("een", "één") and m["unit"].lower() == "dag"
            and m.string[max(0, m.start() - 3): m.start()].lower() == "op ")


def resolve_duration(m, lex, ctx):
    if _is_age(m) or _is_one_day(m):
        return None
    letter, is_time = lex.units[m["unit"].lower()]
    return Resolved("DURATION", duration_value(_count(m["number"], lex), letter, is_time))


def resolve_duration_pair(m, lex, ctx):
    """'26 jaar en een maand' -> P26Y1M."""
    if _is_age(m):
        return None
    first, second = lex.units[m["unit"].lower()], lex.units[m["unit2"].lower()]
    amount, amount2 = _count(m["number"], lex), _count(m["number2"], lex)
    if amount is None or amount2 is None or first[1] != second[1] or first[0] == second[0]:
        return None
    head = duration_value(amount, *first)
    return Resolved("DURATION", head + duration_value(amount2, *second).lstrip("PT"))


def resolve_duration_range(m, lex, ctx):
    """'van 3 tot 21 jaar': the first number borrows the unit (the second is its own match)."""
    letter, is_time = lex.units[m["unit"].lower()]
    return Resolved("DURATION", duration_value(_count(m["number"], lex), letter, is_time))


def resolve_duration_span(m, lex, ctx):
    """'de komende maanden' (PXM), 'de afgelopen twee jaar' (P2Y)."""
    unit = m["unit"].lower()
    if unit == "jaar" and not m["n"]:
        return None  # 'afgelopen jaar' is last year, a date
    letter, is_time = lex.units[unit]
    amount = _count(m["n"], lex) if m["n"] else None
    return Resolved("DURATION", duration_value(amount, letter, is_time))


def resolve_duration_under(m, lex, ctx):
    letter, is_time = lex.units[m["unit"].lower()]
    return Resolved("DURATION", duration_value(1, letter, is_time), "LESS_THAN")


def resolve_whole_unit(m, lex, ctx):
    return Resolved("DURATION", {"dag": "P1D", "week": "P1W", "maand": "P1M", "jaar": "P1Y"}[m["unit"].lower()])


def resolve_month_relative_year(m, lex, ctx):
    if ctx.dct is None:
        return Resolved("DATE", None)
    rel = m["rel"].lower()
    year = ctx.dct.year + {"vorig": -1, "verleden": -1, "afgelopen": -1, "dit": 0, "volgend": 1}[rel]
    season = m.groupdict().get("season")
    if season:
        return Resolved("DATE", f"{year}-{lex.seasons[season.lower()]}")
    month = month_number(lex, m["month"])
    if m.groupdict().get("d"):  # '15 augustus vorig jaar'
        found = _safe_date(year, month, int(m["d"]))
        return Resolved("DATE", day_value(found)) if found else None
    return Resolved("DATE", month_value(year, month))


resolve_relative_year_month = resolve_month_relative_year


def resolve_course_of_daypart(m, lex, ctx):
    return _with_daypart(_day_or_none(ctx.dct), _DAYPART_WORDS[m["daypart"].lower()])


def resolve_year(m, lex, ctx):
    after = (m["after"] or "").strip().lower()
    if after in lex.not_year_words:
        return None
    return Resolved("DATE", m["year"])


def resolve_day_pair(m, lex, ctx):
    return None  # handled by the tagger, which splits it into two dates


HANDLERS = {name.removeprefix("resolve_"): fn for name, fn in globals().items() if name.startswith("resolve_")}
