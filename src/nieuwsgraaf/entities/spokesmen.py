"""The body a quote's speaker speaks for when he says 'we': the organisation, government body or party
whose spokesman, secretary-general or chair he is at the article's date, by the knowledge base ('"We
dringen er bij Amerika op aan", zei woordvoerder Geng Shuang' -> gov:cn; the NATO secretary-general's
'we' -> org:navo). The offices are data/lexicons/speaking_offices.tsv; the head of an EU institution
speaks for the EU (data/lexicons/wider_bodies.tsv). docs/events.md §56.
"""

from __future__ import annotations

from functools import cache

from .. import resources
from .kb import KnowledgeBase

_BODIES = ("org:", "gov:", "party:")


@cache
def _wider_bodies() -> dict[str, str]:
    return {fields[0]: fields[1] for _, fields in resources.lexicon_rows("wider_bodies.tsv")}


def body_spoken_for(speaker: str, day: str | None, kb: KnowledgeBase) -> str | None:
    """The knowledge-base body whose speaking office `speaker` holds on `day`, or None (no such office,
    no date, or a body the knowledge base does not have)."""
    if day is None:
        return None
    for role in kb.offices_held(speaker, day, resources.lexicon_words("speaking_offices.tsv"), _BODIES):
        body = _wider_bodies().get(role.of, role.of)
        if body in kb.actors:
            return body
    return None
