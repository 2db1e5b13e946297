"""Speakers named in words the tagger did not make a linked mention: a name ('Minister van
Quickenborne') and a group of named people ('viroloog X en infectiologe Y')."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import SpeakerRef
from .article_entities import EntityNames
from .described_people import DescribedPeople, without_titles
from .kb import normalize_name
from .linker import Linker
from .local_ids import local_id
from .lookup import LinkContext

_TITLE_BEFORE_NAME = re.compile(r"(?<=\ben )[a-z][\w-]*\s+(?=[A-Z])")  # 'en infectiologe Erika'


@dataclass(frozen=True)
class NamedSpeaker:
    """The entity a name stands for and the label of its mention, with the entity's names when it
    may be new to the article (None: the person of the article it names)."""
    label: str
    entity: str
    names: EntityNames | None = None


def speaker_of_name(ref: SpeakerRef, label: str, linker: Linker, context: LinkContext,
                    people: DescribedPeople) -> NamedSpeaker:
    """A name the tagger missed, without the titles before it ('Minister van Quickenborne'): the
    person of the article it is the surname of, the knowledge base's actor of that name, else a
    local id (of the kind its head word tells: 'Universiteit van Tilburg' is an ORG)."""
    kind = linker.lexicon.kind_of_name(ref.text)
    label = kind if kind not in (None, "none") else label
    name = without_titles(ref.text, linker.lexicon.titles) if label == "PER" else ref.text
    form = normalize_name(name)
    person = people.fullest_name_of(form) if label == "PER" else None
    if person is not None:
        return NamedSpeaker("PER", person)
    actor = linker.lookup.choose(linker.lookup.candidates(form, label), label, context, form)
    if actor is not None:
        return NamedSpeaker(actor.label, actor.id, (actor.name, actor.label, actor.qid))
    return NamedSpeaker(label, local_id(label, name), (name, label, None))


def name_of_local_speaker(ref: SpeakerRef) -> str:
    """What an unnamed source or a group is known by: its words ('een woordvoerder van de NAVO'); a
    group of named people by their names ('viroloog X en infectiologe Y' is 'X en Y')."""
    name = " ".join(ref.text.split())
    if ref.kind == "group":
        name = _TITLE_BEFORE_NAME.sub("", name)
    return name
