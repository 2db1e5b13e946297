"""What a linked place or building stands for where it is mentioned: itself, the region named
after a city ('Vlaanderen, Wallonië en Brussel'), or the government it is a metonym for
('Washington eist')."""

from __future__ import annotations

import re

from ..records import Mention
from .kb import Actor, KnowledgeBase, normalize_name
from .lexicon import LinkLexicon

# Between two items of one enumeration: 'Vlaanderen, Wallonië en Brussel'.
_ENUMERATION_GAP = re.compile(r"^(?:,\s*|,?\s+(?:en|of)\s+)$")
# A place after these words is a location, not an actor ('vergaderen in Brussel').
_LOCATIVE = re.compile(r"(?:\b(?:in|naar|uit|bij|vanuit|te|rond|via|nabij|richting|op)\s+(?:het\s+|de\s+)?)$", re.I)
# Before a capital, these make it an actor: 'volgens Moskou', 'kanalen met Washington',
# 'tussen topambtenaren van Peking en Washington', 'dat Washington het beleid erkent'.
_ACTOR_BEFORE = re.compile(
    r"(?:\b(?:volgens|door|voor|met)\s+|\btussen\s+(?:\S+\s+){0,4}"
    r"|\b(?:dat|omdat|nadat|zodat|toen|terwijl|hoewel)\s+)$")


class PlaceReadings:
    def __init__(self, kb: KnowledgeBase, lexicon: LinkLexicon):
        self.kb = kb
        self.lexicon = lexicon
        # The region a city gives its name to: 'Brussel' -> the Brussels region (not Flanders, whose
        # capital it also is), 'Utrecht' -> the province 'provincie Utrecht'.
        named_after: dict[str, set[str]] = {}
        for region in kb.actors.values():
            if region.type != "territory":
                continue
            for name in region.names:
                for word in re.findall(r"[\w'-]+", normalize_name(name)):
                    for city in kb.by_name.get(word, ()):
                        if kb.actors[city].type == "city" and kb.actors[city].raw.get("country") == region.raw.get("country"):
                            named_after.setdefault(city, set()).add(region.id)
        self._region_of_city = {city: next(iter(regions)) for city, regions in named_after.items() if len(regions) == 1}
        self._city_regions = {r for regions in named_after.values() for r in regions}

    def region_in_enumeration(self, actor: Actor, text: str, mentions: list[Mention], index: int,
                              actor_at: dict[int, Actor]) -> Actor:
        """'In Vlaanderen, Wallonië en Brussel': a city listed with regions of its country is the
        region named after it."""
        region = self._region_of_city.get(actor.id)
        if region is None:
            return actor
        mention = mentions[index]
        for other, neighbour in actor_at.items():
            first, second = (mentions[other], mention) if mentions[other].start < mention.start else (mention, mentions[other])
            # The neighbour must be a region in its own right: 'Kiev en Charkiv' are two cities.
            if (neighbour.type == "territory" and neighbour.id not in self._city_regions
                    and neighbour.raw.get("country") == actor.raw.get("country")
                    and _ENUMERATION_GAP.match(text[first.end: second.start])):
                return self.kb.actors[region]
        return actor

    def metonym(self, actor: Actor, text: str, mention: Mention, mentioned: set[str]) -> Actor:
        """The government a city or building stands for when it acts ('Peking reageerde'),
        the place itself otherwise ('in Peking')."""
        if not actor.metonym_for:
            return actor
        if actor.type == "city" and not self._acts(text, mention):
            return actor
        if _LOCATIVE.search(text[max(0, mention.start - 16): mention.start]):
            return actor  # 'een ontmoeting in het Witte Huis', 'In Kinshasa beschuldigt X ...': the place itself
        targets = [t for t in actor.metonym_for if t in self.kb.actors]
        if not targets:
            return actor
        preferred = next((t for t in targets if t in mentioned), targets[0])
        return self.kb.actors[preferred]

    def _acts(self, text: str, mention: Mention) -> bool:
        """The place does something: 'Washington eist', 'volgens Moskou', 'tussen Brussel en ...'."""
        after = text[mention.end: mention.end + 20].split()
        before = text[max(0, mention.start - 50): mention.start]
        at_sentence_start = not before.strip() or before.rstrip()[-1:] in ".!?\n"
        return bool((after and after[0].lower().strip(",.") in self.lexicon.actor_verbs)
                    or _ACTOR_BEFORE.search(before.lower()) or at_sentence_start)
