"""The bookkeeping of one article's entities while its speakers and event actors are linked: which
entity each linked mention names, the mentions added for words that name one, and the entities the
article did not have before."""

from __future__ import annotations

from dataclasses import replace

from ..records import Analysis, Entity, Mention
from .kb import Actor

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
        return entity

    def add_actor(self, span: tuple[int, int], actor: Actor) -> str:
        """The knowledge-base actor, made an entity of the article with the words at `span` as a mention of it."""
        return self.add(span, actor.label, actor.id, (actor.name, actor.label, actor.qid))

    def with_added(self) -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
        """The mentions with the speakers' added, in text order, and the entities with their indexes."""
        mentions = sorted([*self.analysis.mentions, *self.added], key=lambda m: (m.start, m.end))
        indexes: dict[str, list[int]] = {}
        for index, mention in enumerate(mentions):
            if mention.entity:
                indexes.setdefault(mention.entity, []).append(index)
        entities = [replace(e, mentions=tuple(indexes.get(e.id, ()))) for e in self.analysis.entities]
        for entity_id in indexes:
            if entity_id not in self.known:
                name, label, qid = self.new_entities[entity_id]
                entities.append(Entity(entity_id, name, label, qid, tuple(indexes[entity_id])))
        return tuple(mentions), tuple(entities)
