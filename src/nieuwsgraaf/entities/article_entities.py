"""The bookkeeping of one article's entities while its speakers and event actors are linked: which
entity each linked mention names, the mentions added for words that name one, and the entities the
article did not have before.

One name, one record: a name the tagger called MISC (its label for what it cannot place) has a
local:misc id from the linker; when the speaker step reads the same name as an organisation or a
person ('De beweging' for "de beweging 'Campagne Stop Répression'"), that reading's local id
replaces the MISC one in every mention, entity, quote and event of the article (`final`), rather
than standing beside it."""

from __future__ import annotations

from dataclasses import replace

from ..records import Analysis, Entity, Mention, with_entity
from .kb import Actor
from .local_ids import local_id

# The local kind the tagger's catch-all label gives, which a reading as a speaker or actor overrules.
_UNPLACED = "misc"

# Display name, label and QID of an entity new to the article.
EntityNames = tuple[str, str, str | None]


class ArticleEntities:
    """The entities of one article, growing as words are made mentions of them."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self.text = analysis.article.text
        self.mentions = [m for m in analysis.mentions if m.entity]
        self.entity_at: dict[tuple[int, int], str] = {}
        for mention in self.mentions:
            self.entity_at.setdefault((mention.start, mention.end), mention.entity)
        self.known = {e.id for e in analysis.entities}
        self.added: list[Mention] = []
        self.new_entities: dict[str, EntityNames] = {}  # id -> name, label, QID
        self.replaced: dict[str, str] = {}  # the linker's local:misc id -> the local id read for its name

    def ids(self) -> set[str]:
        """Every entity id of the article so far: those it had and those added."""
        return self.known | set(self.new_entities)

    def add(self, span: tuple[int, int], label: str, entity: str, names: EntityNames | None = None) -> str:
        """`entity`, made an entity of the article with the words at `span` as a mention of it."""
        start, end = span
        exists = any(m.start == start and m.end == end and m.entity == entity for m in [*self.mentions, *self.added])
        if not exists:
            self.added.append(Mention(start, end, self.text[start:end], label, entity))
        if entity not in self.known and entity not in self.new_entities:
            self.new_entities[entity] = names or (self.text[start:end], label, None)
            unplaced = _unplaced_twin(entity)
            if unplaced in self.known:
                self.replaced[unplaced] = entity
        return entity

    def final(self, entity: str | None) -> str | None:
        """The id `entity` has in the article once linked: a MISC local id replaced by the one read
        for the same name, any other id itself."""
        return self.replaced.get(entity, entity) if entity else entity

    def add_actor(self, span: tuple[int, int], actor: Actor) -> str:
        """The knowledge-base actor, made an entity of the article with the words at `span` as a mention of it."""
        return self.add(span, actor.label, actor.id, (actor.name, actor.label, actor.qid))

    def with_added(self) -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
        """The mentions with the speakers' added, in text order, and the entities with their indexes."""
        mentions = sorted([*self.analysis.mentions, *self.added], key=lambda m: (m.start, m.end))
        if self.replaced:
            mentions = [with_entity(m, self.final(m.entity)) for m in mentions]
        indexes: dict[str, list[int]] = {}
        for index, mention in enumerate(mentions):
            if mention.entity:
                indexes.setdefault(mention.entity, []).append(index)
        entities = [replace(e, mentions=tuple(indexes.get(e.id, ()))) for e in self.analysis.entities
                    if e.id not in self.replaced]
        for entity_id in indexes:
            if entity_id not in self.known:
                name, label, qid = self.new_entities[entity_id]
                entities.append(Entity(entity_id, name, label, qid, tuple(indexes[entity_id])))
        return tuple(mentions), tuple(entities)


def _unplaced_twin(entity: str) -> str | None:
    """'local:org:x' -> 'local:misc:x': the id the linker gives the same name tagged MISC."""
    kind, _, name = entity.removeprefix("local:").partition(":")
    if not entity.startswith("local:") or kind == _UNPLACED or not name:
        return None
    return local_id(_UNPLACED, name)  # a slug is its own slug
