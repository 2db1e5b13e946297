"""Filters that several PostgreSQL queries share: by outlet (as `sqlite.filters`)."""

from __future__ import annotations

from ..sqlite.filters import outlet_host


def outlet_condition(column: str, outlet: str) -> tuple[str, list]:
    """The outlet itself, or any of its subdomains (www.nu.nl, m.nu.nl for nu.nl)."""
    host = outlet_host(outlet)
    return f"(lower({column}) = %s OR right(lower({column}), %s) = %s)", [host, len(host) + 1, "." + host]
