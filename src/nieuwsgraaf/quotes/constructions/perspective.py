"""Phrases that, like 'volgens X', say whose view a clause is: 'In haar ogen is …', 'is in de ogen
van de rechter …', 'is wat de Britten betreft niet aan de orde'. The volgens construction reports
the clause around them; this module only finds them and their speaker.

'in zijn ogen' is also literal ('tranen in zijn ogen'): only fronted before a finite verb is it a
view. 'wat X betreft' also marks a topic ('wat de begroting betreft', 'wat Europa betreft'): only a
person, a body, a people ('de Britten') or a pronoun for one makes it a view."""

from __future__ import annotations

import re

from ...records import SpeakerRef
from ..attribution import is_anonymous
from ..clauses import first_finite, strip_connective
from ..context import Context
from .subjects import clause_start

_OWN_EYES = re.compile(r"\b[Ii]n\s+(?P<own>zijn|haar|hun)\s+ogen\s+(?P<verb>[a-z][\w-]*)")
_EYES_OF = re.compile(r"\b[Ii]n\s+de\s+ogen\s+van\s+")
_AS_FAR_AS = re.compile(r"\b[Ww]at\s+(?P<who>[^,.;:!?\"“”„\n]{1,60}?)\s+betreft\b")

_VIEW_HOLDERS = frozenset({"PER", "ORG"})
Opener = tuple[int, SpeakerRef | None, int, str]  # where the phrase starts, its speaker, where it ends, the cue


def perspective_openers(context: Context, start: int, end: int) -> list[Opener]:
    """The view phrases of the sentence text[start:end] outside quotations."""
    openers = _own_eyes(context, start, end) + _eyes_of(context, start, end) + _as_far_as(context, start, end)
    return [opener for opener in openers if not context.in_quote(opener[0])]


def _own_eyes(context: Context, start: int, end: int) -> list[Opener]:
    text, reader = context.text, context.reader
    found = []
    for match in _OWN_EYES.finditer(text, start, end):
        clause = strip_connective(text, clause_start(context, start, match.start()), match.start(), context.rules)
        if text[clause:match.start()].strip() or first_finite(match["verb"], context.lexicon) != 0:
            continue  # 'Er stonden tranen in haar ogen': no view
        speaker = reader.pronoun(match.start("own"), match.end("own"), start)
        found.append((match.start(), speaker, match.end("own") + len(" ogen"), f"in {match['own']} ogen"))
    return found


def _eyes_of(context: Context, start: int, end: int) -> list[Opener]:
    reader = context.reader
    found = []
    for match in _EYES_OF.finditer(context.text, start, end):
        who_end = reader.phrase_end(match.end(), end)
        found.append((match.start(), reader.speaker_from(match.end(), who_end, start), who_end, "in de ogen van"))
    return found


def _holds_views(context: Context, speaker: SpeakerRef | None) -> bool:
    """A person, a body or a people ('de Britten') may hold a view; a place or a thing is a topic."""
    if speaker is None:
        return False
    if speaker.kind == "pronoun":
        return speaker.mention is not None
    mention = context.reader.mention_in(speaker.start, speaker.end + 1)
    if speaker.kind == "description":  # 'de woordvoerder van de NAVO', 'de Britten'; not 'de begroting'
        return not is_anonymous(speaker) or speaker.text.split()[-1][:1].isupper()
    return mention is not None and mention.label in _VIEW_HOLDERS


def _as_far_as(context: Context, start: int, end: int) -> list[Opener]:
    reader = context.reader
    found = []
    for match in _AS_FAR_AS.finditer(context.text, start, end):
        speaker = reader.speaker_from(match.start("who"), match.end("who"), start)
        if not _holds_views(context, speaker):
            continue  # 'wat de begroting betreft', 'wat Europa betreft': a topic, not a view
        found.append((match.start(), speaker, match.end(), "wat betreft"))
    return found
