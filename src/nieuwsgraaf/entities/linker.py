"""Grouping an article's mentions into entities and linking them to the knowledge base.

Steps, in order (each in its own module):
  spans      repair the tagger's spans (cut at line breaks, trailing punctuation off, pieces of
             one name joined, names the actor patterns cut short completed, courts, suspects
             with an initial and named governments found);
  grouping   group a surname with the full name it belongs to, whatever label the tagger gave
             each; later occurrences the tagger missed join their entity;
  lookup     look each group up at the article's date (exact name or alias, then fuzzy, a known
             name inside a wider span, a government named after its leader, a relative by
             first name);
  places     let a city listed with regions become the region of its name, and places and
             buildings that act become the government they stand for;
  local_ids  give every other real name a stable local id whose kind comes from the name, the
             word before it or the tagger's labels;
  roles      add role descriptions ('de NAVO-chef') resolved at the article's date, and bare
             titles ('De prinses') of a person named before;
  compounds  an organisation's name inside a compound ('NAVO-top', 'VVD-fractie') becomes a
             mention of it.
"""

from __future__ import annotations

from functools import cache

from ..records import Entity, Mention
from .compounds import CompoundMentions
from .grouping import Group, MentionGrouping
from .kb import Actor, KnowledgeBase, load_knowledge_base
from .lexicon import LinkLexicon, load_link_lexicon
from .local_ids import LocalNames
from .lookup import ActorLookup, LinkContext
from .names import NameForms
from .places import PlaceReadings
from .roles import RoleDescriptions
from .spans import SpanRepair

__all__ = ["LinkContext", "Linker", "default_linker"]

# Display name, label and QID of each entity id an article links to.
_Names = dict[str, tuple[str, str, str | None]]


class Linker:
    def __init__(self, kb: KnowledgeBase, lexicon: LinkLexicon):
        self.kb = kb
        self.lexicon = lexicon
        self.forms = NameForms(kb, lexicon)
        self.lookup = ActorLookup(kb, lexicon, self.forms)
        self.spans = SpanRepair(kb, lexicon, self.forms, self.lookup)
        self.grouping = MentionGrouping(self.forms)
        self.places = PlaceReadings(kb, lexicon)
        self.local_names = LocalNames(kb, lexicon, self.forms)
        self.roles = RoleDescriptions(kb, lexicon)
        self.compounds = CompoundMentions(kb)

    def _gender(self, entity_id: str) -> str | None:
        actor = self.kb.actors.get(entity_id)
        return actor.gender if actor is not None else None

    def is_adjective(self, mention: Mention) -> bool:
        return self.forms.is_adjective(mention)

    def link(self, text: str, mentions: list[Mention], context: LinkContext) -> tuple[list[Mention], list[Entity]]:
        """Mentions (spans repaired, role descriptions added, each with its entity id) and the
        article's entities."""
        mentions = self.spans.repair(text, mentions)
        skip = {i for i, m in enumerate(mentions) if self.grouping.not_a_name(text, m)}
        groups = self.grouping.group(mentions, skip)
        resolved = self.lookup.relatives([(group, self.lookup.resolve(group, context)) for group in groups])
        locals_ = {id(group): self.local_names.local(text, group, mentions) for group, actor in resolved if actor is None}
        mentions = self.grouping.propagate(text, mentions, [g for g, a in resolved if a or locals_.get(id(g))])
        names: _Names = {}
        linked, labels = self._entity_ids(text, mentions, resolved, locals_, names)
        all_mentions = [Mention(m.start, m.end, m.text, labels.get(i, m.label), linked.get(i))
                        for i, m in enumerate(mentions)]
        all_mentions = self._with_roles(text, mentions, all_mentions, context, set(linked.values()), names)
        all_mentions, compound_actors = self.compounds.find(text, all_mentions)
        for actor in compound_actors:
            _remember(names, actor)
        all_mentions.sort(key=lambda m: (m.start, m.end))
        by_entity: dict[str, list[int]] = {}
        for index, mention in enumerate(all_mentions):
            if mention.entity:
                by_entity.setdefault(mention.entity, []).append(index)
        entities = [Entity(entity_id, names[entity_id][0], names[entity_id][1], names[entity_id][2], tuple(idx),
                           self._gender(entity_id))
                    for entity_id, idx in by_entity.items()]
        return all_mentions, entities

    def _entity_ids(self, text: str, mentions: list[Mention], resolved: list[tuple[Group, Actor | None]],
                    locals_: dict[int, tuple[str, str, str] | None], names: _Names
                    ) -> tuple[dict[int, str], dict[int, str]]:
        """The entity id of each mention index, and the label of the mentions a local id relabels."""
        mentioned = {a.id for _, a in resolved if a}
        actor_at = {i: a for g, a in resolved if a is not None for i in g.indexes}
        linked: dict[int, str] = {}
        labels: dict[int, str] = {}
        for group, actor in resolved:
            if actor is not None:
                # Each mention decides for itself: 'Peking reageerde' is the government,
                # 'in Peking' the city.
                for index in group.indexes:
                    chosen = self.places.region_in_enumeration(actor, text, mentions, index, actor_at)
                    chosen = self.places.metonym(chosen, text, mentions[index], mentioned)
                    _remember(names, chosen)
                    linked[index] = chosen.id
                continue
            local = locals_.get(id(group))
            if local is None:
                continue  # adjectives, common nouns and tagger debris ('x', 'iii') stay unlinked mentions
            entity_id, name, label = local
            names.setdefault(entity_id, (name, label, None))
            for index in group.indexes:
                linked[index] = entity_id
                labels[index] = label
        return linked, labels

    def _with_roles(self, text: str, mentions: list[Mention], all_mentions: list[Mention], context: LinkContext,
                    mentioned: set[str], names: _Names) -> list[Mention]:
        """The mentions with role descriptions and bare titles added."""
        for mention, actor in self.roles.role_mentions(text, mentions, context, mentioned):
            # 'De woordvoerder van het Kremlin' is one mention, of a person: the Kremlin in it is
            # part of the description, not an actor of the article.
            all_mentions = [m for m in all_mentions if not (mention.start <= m.start and m.end <= mention.end)]
            all_mentions.append(Mention(mention.start, mention.end, mention.text, mention.label, actor.id))
            _remember(names, actor)
        taken = [(m.start, m.end) for m in all_mentions]
        for mention, entity_id in self.roles.title_mentions(text, all_mentions, taken):
            all_mentions.append(Mention(mention.start, mention.end, mention.text, mention.label, entity_id))
        return all_mentions


@cache
def default_linker() -> Linker:
    """The linker over the knowledge base and lexicons of data/."""
    return Linker(load_knowledge_base(), load_link_lexicon())


def _remember(names: _Names, actor: Actor) -> None:
    names.setdefault(actor.id, (actor.name, actor.label, actor.qid))
