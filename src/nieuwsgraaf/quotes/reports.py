"""Indirect speech: every construction over every sentence, a report overlapping an earlier one dropped."""

from __future__ import annotations

from .attribution import Report
from .constructions import INDIRECT
from .context import Context


def find_reports(context: Context) -> list[Report]:
    """The reported clauses of the article, in sentence order; none inside a direct quote."""
    found: list[Report] = []
    for index in range(len(context.sentences)):
        # Every construction sees the reports of the sentences before, not of this one.
        before = list(found)
        for report in [r for construction in INDIRECT for r in construction(context, index, before)]:
            _keep(report, found, context.quoted)
    return found


def _keep(report: Report, found: list[Report], quoted: tuple[tuple[int, int], ...]) -> None:
    # A reported clause may hold a quoted fragment; it may not sit inside a quote.
    inside_quote = any(a <= report.start and report.end <= b for a, b in quoted)
    overlaps = any(r.start < report.end and report.start < r.end for r in found)
    if report.end > report.start and not inside_quote and not overlaps:
        found.append(report)
