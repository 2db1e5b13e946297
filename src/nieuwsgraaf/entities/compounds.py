"""Organisations named inside compounds ('NAVO-top', 'EU-landen', 'VVD-fractie', 'N-VA-voorzitter'):
the name part becomes a mention of the organisation, so the article counts as mentioning it.

Only organisation-like actors (international bodies, parties, companies, institutions, media,
agencies, groups): 'Rusland-expert' or 'Trump-aanhangers' are about a country or a person, not
mentions of one in the sense a reader searches for. A compound that is already a linked mention
('de NAVO-chef' as a person) is left alone.
"""

from __future__ import annotations

import re

from ..records import Mention
from .kb import Actor, KnowledgeBase

_ORGANISATION_TYPES = {"international_org", "party", "company", "institution", "media", "agency", "group"}
# A hyphenated word: its parts are tried as name + lowercase rest ('N-VA' + 'voorzitter').
_HYPHENATED = re.compile(r"(?<![\w-])\w[\w.]*(?:-\w[\w.]*)+")


class CompoundMentions:
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb

    def _organisation(self, name: str, linked: set[str]) -> Actor | None:
        candidates = [a for a in self.kb.find(name) if a.type in _ORGANISATION_TYPES]
        if len(candidates) > 1:
            # several parties share an acronym: the one the article names elsewhere, else none
            candidates = [a for a in candidates if a.id in linked]
        return candidates[0] if len(candidates) == 1 else None

    def find(self, text: str, mentions: list[Mention]) -> tuple[list[Mention], list[Actor]]:
        """The mentions with compound names added (an unlinked tagger span over the compound
        gives way to the name), and the actors the added mentions link to."""
        linked = {m.entity for m in mentions if m.entity}
        added: list[Mention] = []
        actors: list[Actor] = []
        dropped: set[int] = set()
        for match in _HYPHENATED.finditer(text):
            parts = match.group().split("-")
            for cut in range(len(parts) - 1, 0, -1):
                head, rest = "-".join(parts[:cut]), parts[cut]
                if not (head[:1].isupper() and rest[:1].islower()):
                    continue
                actor = self._organisation(head, linked)
                if actor is None:
                    continue
                start = match.start()
                end = start + len(head)
                covering = [i for i, m in enumerate(mentions) if m.start < match.end() and start < m.end]
                if any(mentions[i].entity for i in covering):
                    break
                dropped.update(covering)
                added.append(Mention(start, end, head, "ORG", actor.id))
                actors.append(actor)
                break
        kept = [m for i, m in enumerate(mentions) if i not in dropped]
        return kept + added, actors
