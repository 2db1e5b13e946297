"""'Hamas: geen tweede fase zonder bestand': a heading on a line of its own, a speaker, a colon and
what they said without quotation marks (with marks it is a direct quote: colon_before)."""

from __future__ import annotations

import re

from ..attribution import Attribution, Report, names_someone
from ..context import Context
from ..refs import mention_ref

# the speaker is a few words that open the line; the words after the colon carry no marks
_HEADING = re.compile(r"(?P<who>[A-Z][^:\n.!?,]{0,60}?):\s+(?P<content>[^\n\"“”„«»‘’]+?)[\s.!?]*")
_MIN_WORDS = 2


def headline(context: Context, index: int, found: list[Report]) -> list[Report]:
    text = context.text
    start, end = context.sentences[index]
    if not (start == 0 or text[start - 1] == "\n") or text[end:end + 1] not in ("", "\n"):
        return []  # a heading fills its line
    match = _HEADING.fullmatch(text, start, end)
    if match is None or len(match["content"].split()) < _MIN_WORDS:
        return []
    who_start, who_end = match.span("who")
    person = context.reader.mention_in(who_start, who_end, ("PER", "ORG"))
    if person is not None and (person.start, person.end) == (who_start, who_end):
        speaker = mention_ref(person)
    else:  # 'Officieren van justitie: …': an unnamed source that is the whole of the words
        speaker = context.reader.unnamed(who_start, who_end)
        if speaker is None or (speaker.start, speaker.end) != (who_start, who_end):
            return []
    if not names_someone(speaker):
        return []
    return [Report(match.start("content"), match.end("content"), Attribution(speaker, ":"))]
