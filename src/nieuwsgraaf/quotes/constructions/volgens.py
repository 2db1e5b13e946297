"""'Volgens X …' reports what follows X; 'volgens X' inside a clause reports the whole clause
('Het was volgens premier Rutte een goed debat').

Where that clause starts and ends: after a fronted clause the whole sentence ('Dat … deelneemt, is
volgens X …'), unless the fronted clause holds a report of its own ('Hoewel … volgens het parket …,
zijn er volgens De Wever …'); a 'volgens' inside a fronted subordinate clause reports that clause
only; a second main clause after 'en'/'maar' is reported alone ('… voldoen en dat is volgens Brussel
…'). A relative clause set off after X is no part of what X says ('Volgens de politie, die ter
plekke was, was het rustig'), and the report ends before a quotation that follows it as a sentence
or after a colon."""

from __future__ import annotations

import re

from ...records import SpeakerRef
from ..attribution import Attribution, Report, names_someone
from ..clauses import first_finite, main_clause_stop, sentence_stop, strip_connective
from ..context import Context
from ..rules import QUOTE_MARKS, VOLGENS
from ..topic import described_topic
from .perspective import perspective_openers
from .subjects import clause_start

_OBJECT_PRONOUN = re.compile(r"(?:hem|haar)\b")
_PLURAL_PRONOUN = re.compile(r"hen\b")
_ASIDE = re.compile(r"\s*\([^()]{0,60}\)")  # 'Volgens minister X (Handel) is …'
_RELATIVE_ASIDE = re.compile(r"\s*,\s+(?:die|dat|wie)\s[^,.;:!?]{1,120},")  # ', die ter plekke was,'
_AUTHOR_CLAUSE = re.compile(r"\s*,?\s*(?:die|dat)\s[^,.;:!?]{1,120}")  # a relative clause after the words
_QUOTED_AHEAD = re.compile(rf"(?:[.!?]|:)\s*[{QUOTE_MARKS}]")  # '…. 'We dringen …'' / '…: "Je moet …'
_MAIN_AFTER_COMMA = re.compile(r",\s+(?P<verb>[a-z][\w-]*)\b")
_COORDINATOR = re.compile(r"\s(?:en|maar)\s")
# 'zijn' is no finite verb for the lexicon ('zijn advocaat'), but right after the comma that closes
# a fronted clause it is one
_ALSO_FINITE = frozenset({"zijn"})


def volgens(context: Context, index: int, found: list[Report]) -> list[Report]:
    text, reader = context.text, context.reader
    start, end = context.sentences[index]
    results: list[Report] = []
    openers = [(match.start(), *_speaker(context, match.end(), reader.phrase_end(match.end(), end), start), "volgens")
               for match in VOLGENS.finditer(text, start, end)]
    openers += perspective_openers(context, start, end)
    for cue_start, speaker, who_end, cue in sorted(openers, key=lambda opener: opener[0]):
        if not names_someone(speaker):
            continue
        stop = sentence_stop(text, start, end)
        clause = strip_connective(text, clause_start(context, start, cue_start), cue_start, context.rules)
        if text[clause:cue_start].strip():  # 'Het was volgens premier Rutte een goed debat'
            content_start, stop = _clause_around(context, (start, stop), clause, cue_start, results)
        else:
            after = text[who_end:stop]
            aside = _ASIDE.match(after) or _RELATIVE_ASIDE.match(after)
            skip = aside.end() if aside else 0
            content_start = who_end + skip + len(after[skip:]) - len(after[skip:].lstrip(" ,"))
            stop = main_clause_stop(text, content_start, stop, context.lexicon)  # '…, daarom kwam hij …'
        stop = _before_quotation(context, content_start, stop)
        stop = _before_coordinated_report(context, content_start, stop)
        if stop > content_start:
            results.append(Report(content_start, stop, Attribution(speaker, cue)))
    return results


def _speaker(context: Context, who_start: int, who_end: int, quote_start: int) -> tuple[SpeakerRef | None, int]:
    """The words after 'volgens' as a speaker, and where they end."""
    text, reader = context.text, context.reader
    pronoun = _OBJECT_PRONOUN.match(text, who_start, who_end)
    if pronoun:  # 'Volgens hem doet Wilders …': the pronoun alone, not the words after it
        return reader.pronoun(who_start, pronoun.end(), quote_start), pronoun.end()
    plural = _PLURAL_PRONOUN.match(text, who_start, who_end)
    if plural:  # 'volgens hen': the body or group its sentence opens with, else the one before opens with
        group = described_topic(context, who_start) or described_topic(context, (context.sentence_of(who_start) or (0, 0))[0])
        return group, plural.end()
    if _names_no_source(context, who_start, who_end):
        return None, who_end
    return reader.speaker_from(who_start, who_end, quote_start), who_end


def _names_no_source(context: Context, who_start: int, who_end: int) -> bool:
    """'Volgens de deal moest Iran …', 'volgens de afgesproken kalender sluit …': the first words after
    'volgens' name terms, a plan or a count (quote_words.tsv no_source) and no author ('de uitslag die
    door de kiescommissie bekend werd gemaakt' is the commission's report), so no one who spoke."""
    text = context.text
    first = text[who_start:min(who_end + 40, len(text))].lower().split()[:3]
    if not any(word.strip(",.") in context.lexicon.words["no_source"] for word in first):
        return False
    relative = _AUTHOR_CLAUSE.match(text, who_end)  # '… die door X bekend werd gemaakt'
    words = (text[who_start:who_end] + (relative.group() if relative else "")).lower().split()
    return "van" not in words and "door" not in words


def _clause_around(context: Context, sentence: tuple[int, int], clause: int, cue: int,
                   earlier: list[Report]) -> tuple[int, int]:
    """The clause a 'volgens' at `cue` stands inside, from `clause` (after the last comma before it)."""
    text, lexicon = context.text, context.lexicon
    start, stop = sentence
    opening = strip_connective(text, start, cue, context.rules)
    after_comma = text[:clause].rstrip().endswith(",")
    if after_comma and first_finite(text[clause:cue].split(" ", 1)[0], lexicon) == 0:
        # 'Dat … deelneemt, is volgens X …': the clause before the comma is fronted in this one
        if not any(r.start < clause and start < r.end for r in earlier):
            return start, stop
        return clause, stop
    if clause == opening and opening > start:
        # 'Hoewel het gezin volgens het parket niet … is, zijn er …': the fronted clause alone
        comma = _MAIN_AFTER_COMMA.search(text, cue, stop)
        if comma and (first_finite(comma["verb"], lexicon) == 0 or comma["verb"] in _ALSO_FINITE):
            return clause, comma.start()
    coordinated = [m for m in _COORDINATOR.finditer(text, clause, cue)
                   if first_finite(text[clause:m.start()], lexicon) is not None
                   and first_finite(text[m.end():cue], lexicon) is not None]
    if coordinated:  # '… voldoen en dat is volgens Brussel …': the second main clause
        return coordinated[-1].end(), stop
    return clause, stop


def _before_coordinated_report(context: Context, content_start: int, stop: int) -> int:
    """`stop` moved before a second main clause with a speech verb of its own ('In haar ogen is het
    glas halfvol en ze belooft dat …'): that clause is another report, not this view."""
    text = context.text
    for match in _COORDINATOR.finditer(text, content_start, stop):
        ahead = " ".join(text[match.end():stop].split()[:3])
        if first_finite(text[content_start:match.start()], context.lexicon) is not None and context.rules.cue.search(ahead):
            return match.start()
    return stop


def _before_quotation(context: Context, content_start: int, stop: int) -> int:
    """`stop` moved before a quotation that follows the report as a sentence of its own or after a colon."""
    text = context.text
    for match in _QUOTED_AHEAD.finditer(text, content_start, stop):
        if not context.in_quote(match.start()):
            return content_start + len(text[content_start:match.start()].rstrip(" "))
    return stop
