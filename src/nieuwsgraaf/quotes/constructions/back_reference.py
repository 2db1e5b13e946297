"""'Dat zei X.' / 'Dat heeft X vrijdag gezegd.': the sentences of the paragraph before carry what X said."""

from __future__ import annotations

import re

from ..attribution import Attribution, Report, names_someone
from ..context import Context
from .cues import full_cue

_LOOK_BACK = 3  # sentences
_OWN_CONTENT = re.compile(r"\bdat\s")


def back_reference(context: Context, index: int, found: list[Report]) -> list[Report]:
    text, rules = context.text, context.rules
    start, end = context.sentences[index]
    before = context.sentences[:index]
    sentence = text[start:end]
    perfect = rules.back_perfect.match(sentence.rstrip())
    match = rules.back_reference.match(sentence) or perfect
    if not match or not before:
        return []
    clause = sentence[match.end("cue"):].split(",")[0]  # '…, dat volgende week verschijnt' is relative
    # 'Zo liet X weten geen vragen te beantwoorden': 'Zo' opens a report of its own; after 'Dat heeft X
    # gezegd' the object is 'Dat', so a te-infinitive after the participle ('na vragen om … te') is no content
    object_first = perfect is not None and not match.group().lstrip().startswith("Zo")
    if _OWN_CONTENT.search(clause) or (rules.te_infinitive.search(clause) and not object_first):
        return []
    cue = full_cue(context.lexicon, match["cue"], match["who"])
    if cue is None:
        return []
    speaker = context.reader.speaker_from(start + match.start("who"), start + match.end("who"), start)
    if not names_someone(speaker):
        return []
    first = _first_reported(context, before[-_LOOK_BACK:], start, found)
    if first is None:
        return []
    content = text[first:start].rstrip(" .\n")
    addressee = context.reader.addressee(start + match.end("cue"), start + match.end())
    return [Report(first, first + len(content), Attribution(speaker, cue, addressee))]


def _first_reported(context: Context, before: tuple[tuple[int, int], ...], start: int,
                    found: list[Report]) -> int | None:
    """The start of the earliest of the sentences `before` that belong to the report: same
    paragraph, mostly outside quotes, no report of their own."""
    first = None
    for s, e in reversed(before):
        quoted = sum(max(0, min(e, b) - max(s, a)) for a, b in context.quoted)
        if "\n" in context.text[s:start] or quoted > (e - s) / 2 or any(r.start < e and s < r.end for r in found):
            break
        first = s
    return first
