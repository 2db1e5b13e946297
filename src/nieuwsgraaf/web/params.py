"""The pages' query parameters, read leniently (an empty form field is no filter) and checked with
Dutch messages; a bad one is a QueryUsageError, which the error pages show as 400."""

from __future__ import annotations

from ..query.dates import check_date, check_date_range
from ..query.errors import QueryUsageError

DATE_FORMS = "een jaar, maand of dag (JJJJ, JJJJ-MM of JJJJ-MM-DD)"


def text(value: str | None) -> str | None:
    """`value` stripped; None when it is empty."""
    value = value.strip() if value else ""
    return value or None


def period(name: str, value: str | None) -> str | None:
    value = text(value)
    try:
        return check_date(name, value)
    except QueryUsageError as error:
        raise QueryUsageError(f"'{name}' moet {DATE_FORMS} zijn, niet {value!r} ({error})") from error


def period_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """The `van` and `tot` of a page, each a real date, and `van` not after `tot`."""
    since, until = period("van", since), period("tot", until)
    try:
        return check_date_range(since, until)
    except QueryUsageError as error:
        raise QueryUsageError(f"'van' ({since}) ligt na 'tot' ({until}): daar valt niets tussen") from error


def whole_number(name: str, value: str | None, default: int, low: int, high: int) -> int:
    value = text(value)
    if value is None:
        return default
    if not (value.isascii() and value.isdigit()) or not low <= int(value) <= high:
        raise QueryUsageError(f"'{name}' moet een heel getal van {low} tot en met {high} zijn, niet {value!r}")
    return int(value)
