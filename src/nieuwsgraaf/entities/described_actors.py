"""An event's actor named by a bare definite description of a body named before ('de terreurbeweging'
after 'Hamas', 'De unie eist …' after 'de Economische Gemeenschap van West-Afrikaanse Staten'): the
speaker step's reading of such words (kind_before.py), with the nouns of bodies that act more than
they speak added (data/lexicons/event_body_kind_nouns.tsv). Entity ids come from the knowledge base:
nothing here makes one (docs/events.md §41)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from .. import resources
from ..records import Mention
from .kb import KnowledgeBase
from .kind_before import body_of_kind_before


def body_described_before(words: Sequence[str], start: int, mentions: Sequence[Mention], kb: KnowledgeBase,
                          kind_nouns: dict[str, str]) -> str | None:
    """The knowledge-base body the definite `words` at `start` stand for, as body_of_kind_before reads
    them with the speaker step's `kind_nouns` and the events' own; None for other words."""
    return body_of_kind_before(words, start, mentions, kb, {**_event_kind_nouns(), **kind_nouns})


@cache
def _event_kind_nouns() -> dict[str, str]:
    return {fields[0].strip().casefold(): fields[1].strip().casefold()
            for _, fields in resources.lexicon_rows("event_body_kind_nouns.tsv")}
