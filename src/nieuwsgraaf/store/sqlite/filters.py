"""Filters that several queries share, as SQL: by outlet, and the index-friendly date range."""

from __future__ import annotations

import re

from ...periods import bound_end, bound_start


def outlet_host(source: str) -> str:
    """'https://www.NU.nl/economie' -> 'nu.nl': the outlet as the source filter compares it."""
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", source.strip().lower()).split("/")[0]
    return host.removeprefix("www.")


def outlet_condition(column: str, outlet: str) -> tuple[str, list]:
    """The outlet itself, or any of its subdomains (www.nu.nl, m.nu.nl for nu.nl)."""
    host = outlet_host(outlet)
    return (f"(lower({column}) = ? OR substr(lower({column}), -?) = ?)",
            [host, len(host) + 1, "." + host])


def published_range(column: str, since: str | None, until: str | None) -> tuple[str | None, list]:
    """A plain string range on a stored date column that the date index can drive: every value
    whose period overlaps since..until is inside it (a value starts with its year, and is a
    prefix of its own first day), so it only narrows what `dates.date_condition` then decides."""
    conditions, params = [], []
    if since:
        conditions.append(f"{column} >= ?")
        params.append(bound_start(since)[:4])
    if until:
        conditions.append(f"{column} <= ?")
        params.append(bound_end(until) + "~")
    return (" AND ".join(conditions) or None), params
