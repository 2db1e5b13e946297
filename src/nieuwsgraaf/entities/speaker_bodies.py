"""The body a quote's speaker speaks for when he says 'we', read from the words that name him: a
party, union or organisation the article puts right beside his name ('De Wolff (VVD)',
'ACV-topvrouw Marie-Hélène Ska', 'Wim Bens, waarnemend voorzitter van LTO Nederland', 'algemeen
secretaris van het ACV, Marie-Hélène Ska', 'fractievoorzitter De Graaf van het CDA'). For speakers
without a government office or a speaking office in the knowledge base (event_actors.py, spokesmen.py
go first): a councillor's, union leader's or party man's 'we' is the body he is named with, not
a party leader's or group chair's by the knowledge base (docs/events.md §61).
"""

from __future__ import annotations

import re

from ..records import Mention, is_person_id
from .kb import KnowledgeBase

_BODIES = ("party:", "org:", "local:org:")
# between the name and the body after it: '(', 'van de', ', <office> van het', 'namens'
_AFTER = re.compile(r"\s*\(\s*|,?\s+(?:van|namens)\s+(?:de\s+|het\s+)?"
                    r"|,\s+(?:[\w'-]+\s+){1,4}(?:van|namens|bij)\s+(?:de\s+|het\s+)?")
# between the body and the name after it: 'VVD-fractievoorzitter ', 'ACV-topvrouw ', '<office> van het ACV, '
_BEFORE = re.compile(r"-[\w'-]+\s+(?:[\w'-]+\s+)?|,\s+")
_CLOSING = re.compile(r"\s*\)")
# a party leader's or group chair's 'we' is as often he and his fellows as his party (§56): left to him
_LEADING_OFFICES = frozenset({"partijleider", "fractievoorzitter"})


def leads_a_party(speaker: str, day: str | None, kb: KnowledgeBase) -> bool:
    """Whether the knowledge base has `speaker` lead a party or its group on `day`."""
    return day is not None and next(kb.offices_held(speaker, day, _LEADING_OFFICES, "party:"), None) is not None


def body_beside(speaker: str, linked: list[Mention], text: str) -> str | None:
    """The party or organisation named right beside a mention of `speaker` in the article, else None;
    only for a person (a ministry or a union that speaks says 'we' of itself)."""
    if not is_person_id(speaker):
        return None
    names = [m for m in linked if m.entity == speaker]
    bodies = [m for m in linked if m.entity and m.entity.startswith(_BODIES) and m.entity != speaker]
    for name in names:
        for body in bodies:
            if name.start <= body.start and body.end <= name.end and (body.start, body.end) != (name.start, name.end):
                return body.entity  # 'VVD-fractievoorzitter De Wolff' read as one name
            if body.start >= name.end and _AFTER.fullmatch(text[name.end:body.start]) and _closes(
                    text[name.end:body.start], text, body.end):
                return body.entity
            if body.end <= name.start and _BEFORE.fullmatch(text[body.end:name.start]) and _office_before(
                    text, body, name):
                return body.entity
    return None


def _closes(between: str, text: str, end: int) -> bool:
    """An opening bracket before the body is closed right after it: '(VVD)', not '(VVD en CDA ...'."""
    return "(" not in between or bool(_CLOSING.match(text, end))


def _office_before(text: str, body: Mention, name: Mention) -> bool:
    """'VVD-fractievoorzitter Name': the body joined to an office word; '<office> van het ACV, Name':
    a comma after a body that an office 'van' governs."""
    between = text[body.end:name.start]
    if between.startswith("-"):
        return True
    return bool(re.search(r"\b(?:van|namens)\s+(?:de\s+|het\s+)?$", text[max(0, body.start - 12):body.start]))
