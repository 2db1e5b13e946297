"""A passive speech verb with its agent: '…, is van een ziekenhuis vernomen.' (the clause before the
comma), 'Ook in het kabinet werd benadrukt dat …', 'Er werd door de minister bevestigd dat …' (the
'dat' clause). The agent is X of 'van/door/bij X', else the body a fronted 'in/bij/binnen/vanuit X'
names; without one ('werd bekendgemaakt dat') nobody is named and nothing is reported."""

from __future__ import annotations

import re

from ..attribution import Attribution, Report, names_someone
from ..clauses import clause_report, words_start
from ..context import Context
from .subjects import clause_start

_PLACE_AGENT = re.compile(r"\b(?:[Ii]n|[Bb]ij|[Bb]innen|[Vv]anuit)\s+(?P<who>(?:de|het)\s+[^,.;:!?]{1,50}?)\s*$")


def passive(context: Context, index: int, found: list[Report]) -> list[Report]:
    return _passive_after(context, index) + _passive_dat(context, index)


def _passive_after(context: Context, index: int) -> list[Report]:
    text, reader = context.text, context.reader
    start, end = context.sentences[index]
    match = context.rules.passive_after.search(text, start, end)
    if match is None or context.in_quote(match.start()):
        return []
    speaker = reader.speaker_from(match.start("who"), match.end("who"), start)
    content_start = words_start(text, start, match.start())
    if not names_someone(speaker) or len(text[content_start:match.start()].split()) < 2:
        return []
    return [Report(content_start, match.start(), Attribution(speaker, match["cue"]))]


def _passive_dat(context: Context, index: int) -> list[Report]:
    text, reader = context.text, context.reader
    start, end = context.sentences[index]
    results = []
    for match in context.rules.passive_dat.finditer(text, start, end):
        if context.in_quote(match.start()):
            continue
        if match["who"]:
            speaker = reader.speaker_from(match.start("who"), match.end("who"), start)
        else:  # 'Ook in het kabinet werd benadrukt dat …': the body the fronted place names
            place = _PLACE_AGENT.search(text, clause_start(context, start, match.start()), match.start())
            speaker = reader.speaker_from(place.start("who"), place.end("who"), start) if place else None
        report = clause_report(text, match.end(), end, context.rules, speaker, match["cue"])
        results.extend([report] if report else [])
    return results
