"""Calendar arithmetic for timex values: weeks, month shifts, nearest weekday or month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..records import DateValue


@dataclass(frozen=True)
class Anchor:
    """A reference date and how much of it is known (the publication date or a narrative date)."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def from_value(cls, value: DateValue | str | None) -> Anchor | None:
        text = value.value if isinstance(value, DateValue) else value
        if not text or not text[:4].isdigit():
            return None
        parts = text[:10].split("-")
        try:
            numbers = [int(p) for p in parts if p.isdigit()]
        except ValueError:
            return None
        if len(numbers) >= 3:
            return cls(numbers[0], numbers[1], numbers[2])
        if len(numbers) == 2:
            return cls(numbers[0], numbers[1])
        return cls(numbers[0])

    @property
    def date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.day and self.month else None


def day_value(day: date) -> str:
    return day.isoformat()


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def nearest_weekday(anchor: date, weekday: int, direction: str) -> date:
    """The `weekday` (1 = Monday) nearest to `anchor` in `direction`.

    'past' and 'future' include the anchor day itself; 'before' and 'after' do not.
    """
    delta = weekday - anchor.isoweekday()
    if direction in ("past", "before"):
        back = (-delta) % 7
        if back == 0 and direction == "before":
            back = 7
        return anchor - timedelta(days=back)
    ahead = delta % 7
    if ahead == 0 and direction == "after":
        ahead = 7
    return anchor + timedelta(days=ahead)


def nearest_month(year: int, month: int, wanted: int, direction: str) -> tuple[int, int]:
    """The year of month `wanted` nearest to (year, month), on or before it for 'past'."""
    if direction == "future":
        return (year, wanted) if wanted >= month else (year + 1, wanted)
    return (year, wanted) if wanted <= month else (year - 1, wanted)


def add_days(day: date, days: int) -> date:
    return day + timedelta(days=days)


def easter(year: int) -> date:
    """Western Easter Sunday (the Gregorian computus, as Meeus gives it)."""
    golden = year % 19
    century, in_century = divmod(year, 100)
    leap_c, leap_r = divmod(century, 4)
    moon_fix = (century + 8) // 25
    moon_correction = (century - moon_fix + 1) // 3
    epact = (19 * golden + century - leap_c - moon_correction + 15) % 30
    leap_y, leap_yr = divmod(in_century, 4)
    weekday_fix = (32 + 2 * leap_r + 2 * leap_y - epact - leap_yr) % 7
    shift = (golden + 11 * epact + 22 * weekday_fix) // 451
    month, day = divmod(epact + weekday_fix - 7 * shift + 114, 31)
    return date(year, month, day + 1)


def holiday_date(rule: str, year: int) -> date:
    """The day a holiday rule of time.tsv gives in `year`: 'MM-DD', 'easter+N', 'MM-W-N', or
    'MM-W-N+D' (D days after it: Black Friday follows the fourth Thursday of November)."""
    if rule.startswith("easter"):
        return add_days(easter(year), int(rule[len("easter"):]))
    if "+" in rule:
        rule, after = rule.split("+")
        return add_days(holiday_date(rule, year), int(after))
    parts = [int(p) for p in rule.split("-")]
    if len(parts) == 2:
        return date(year, parts[0], parts[1])
    month, weekday, nth = parts
    first = date(year, month, 1)
    return add_days(first, (weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
