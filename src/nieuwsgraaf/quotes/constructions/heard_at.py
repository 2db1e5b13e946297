"""'Bij de oppositie klinkt dat …', 'Bij een andere minister is te horen dat …': what is heard from a
source fronted with 'bij' is its report (data/lexicons/quote_words.tsv kind heard_at)."""

from __future__ import annotations

from ..attribution import Report
from ..context import Context
from .document import sourced_reports


def heard_at(context: Context, index: int, found: list[Report]) -> list[Report]:
    return sourced_reports(context.rules.heard_at, context, index)
