"""Helpers the linking tests share: mentions placed by their text, and one call of the linker."""

from __future__ import annotations

from nieuwsgraaf.entities import LinkContext, default_linker
from nieuwsgraaf.records import Mention


def mentions_of(text: str, *spans: tuple[str, str]) -> list[Mention]:
    """Mentions for (surface, label) pairs, each found after the previous one."""
    found, start = [], 0
    for surface, label in spans:
        index = text.index(surface, start)
        found.append(Mention(index, index + len(surface), surface, label))
        start = index + len(surface)
    return found


def run_linker(text: str, spans, published: str, home: str = "gpe:nl"):
    """(mentions, entities) the default linker returns for these spans."""
    return default_linker().link(text, mentions_of(text, *spans), LinkContext(published, home))
