"""An event's actor named by a bare definite description of a body named before ('de terreurbeweging'
after 'Hamas', 'De unie eist …' after 'de Economische Gemeenschap van West-Afrikaanse Staten'): the
speaker step's reading of such words (kind_before.body_of_kind_before), with the nouns of bodies that
act more than they speak added (data/lexicons/event_body_kind_nouns.tsv). Entity ids come from the
knowledge base: nothing here makes one (docs/events.md §41)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from .. import resources
from .lexicon import read_body_kind_nouns


def event_kind_nouns(speaker_kind_nouns: Mapping[str, str]) -> dict[str, str]:
    """The nouns body_of_kind_before reads for an event's actor: the speaker step's
    (`speaker_kind_nouns`, LinkLexicon.body_kind_nouns) and the events' own, the speaker step's first."""
    return {**_event_kind_nouns(), **speaker_kind_nouns}


@cache
def _event_kind_nouns() -> dict[str, str]:
    return read_body_kind_nouns(resources.lexicon_path("event_body_kind_nouns.tsv"))
