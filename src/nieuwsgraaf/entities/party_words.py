"""Words that name politicians and parties by their party or political family, as a reader takes them:
- a party-member noun: "de CDA'er", "de VVD'ers", "de Groen-politicus": the party its name opens;
- a family epithet: "de liberaal", "de Vlaamse nationalisten", "de christendemocraten": the parties
  of that family (data/lexicons/party_families.tsv).
One member is the person of such a party the article named last before the words: by the knowledge
base's party memberships at the article's date, or by how the article introduced the person
('CDA-leider Sybrand Buma', 'Sybrand Buma (CDA)'). The members together are the party itself, when
the article names exactly one party that fits; never a party the article does not name."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from .. import resources
from ..records import Mention
from .kb import KnowledgeBase, Role, normalize_name

_DEFINITE = frozenset({"de", "het"})
_MEMBER = re.compile(r"(?P<party>\S+?)['’](?P<ending>ers?)")  # "CDA'er", "de PVV'ers"
# the nouns a party's name may open to name one of its people: 'de Groen-politicus', 'het VVD-Kamerlid'
_MEMBER_HEADS = frozenset({"politicus", "politica", "kamerlid", "parlementslid", "senator", "partijgenoot",
                           "partijgenote", "boegbeeld", "kopstuk"})
_TITLE_BEFORE = re.compile(r"(\S+)-[\w-]+\s+$")  # 'CDA-leider ' right before a name
_PARTY_AFTER = re.compile(r"\s*\((?P<party>[^()]{1,30})\)")  # 'Sybrand Buma (CDA)'
_MAX_DISTANCE = 3000  # characters: a person named far before is no longer the one a reader recalls


@dataclass(frozen=True)
class PartyWord:
    """The parties the words may mean, and whether they name the members together."""
    parties: frozenset[str]
    plural: bool


@cache
def _families() -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, bool]]]:
    """(family -> its parties, epithet -> (family, plural)) from data/lexicons/party_families.tsv."""
    parties: dict[str, set[str]] = defaultdict(set)
    epithets: dict[str, tuple[str, bool]] = {}
    for _, fields in resources.lexicon_rows("party_families.tsv"):
        kind, key, value = fields[:3]
        if kind == "party":
            parties[value].add(key)
        else:
            epithets[key.casefold()] = (value, kind == "plural")
    return {family: frozenset(ids) for family, ids in parties.items()}, epithets


def parties_named(name: str, kb: KnowledgeBase) -> frozenset[str]:
    """The parties of the knowledge base with `name` as a name or alias ('SP': two of them)."""
    return frozenset(i for i in kb.by_name.get(normalize_name(name), ()) if kb.actors[i].type == "party")


def party_word(words: Sequence[str], kb: KnowledgeBase) -> PartyWord | None:
    """What a definite description says of party: "de CDA'er", "de VVD'ers", "de Groen-politicus",
    "de Vlaamse nationalisten", "de liberaal"; None for other words."""
    if len(words) not in (2, 3) or words[0].casefold() not in _DEFINITE:
        return None
    noun = words[-1]
    member = _MEMBER.fullmatch(noun)
    if member and len(words) == 2:
        parties = parties_named(member["party"], kb)
        return PartyWord(parties, member["ending"] == "ers") if parties else None
    head = noun.rsplit("-", 1)
    if len(head) == 2 and head[1].casefold() in _MEMBER_HEADS and len(words) == 2:
        parties = parties_named(head[0], kb)
        return PartyWord(parties, False) if parties else None
    families, epithets = _families()
    epithet = epithets.get(noun.casefold()) or epithets.get(head[-1].casefold())
    if epithet is None:
        return None
    return PartyWord(families.get(epithet[0], frozenset()), epithet[1])


def party_named(word: PartyWord, named: Iterable[str]) -> str | None:
    """The one party of `word` among the entities the article names, else None."""
    found = sorted(word.parties & set(named))
    return found[0] if len(found) == 1 else None


def member_before(word: PartyWord, start: int, people: Sequence[Mention], text: str, kb: KnowledgeBase,
                  day: str | None) -> str | None:
    """The person of a party of `word` the article named last before `start`."""
    for mention in sorted(people, key=lambda m: m.start, reverse=True):
        if mention.end > start or start - mention.start > _MAX_DISTANCE:
            continue
        if _member_of(mention, word.parties, text, kb, day):
            return mention.entity
    return None


def _member_of(mention: Mention, parties: frozenset[str], text: str, kb: KnowledgeBase, day: str | None) -> bool:
    actor = kb.actors.get(mention.entity)
    if actor is not None and any(_active(p, day) for p in actor.raw.get("party") or () if p.get("of") in parties):
        return True
    title = _TITLE_BEFORE.search(text[max(0, mention.start - 40):mention.start])  # 'CDA-leider Buma'
    if title and parties_named(title[1], kb) & parties:
        return True
    after = _PARTY_AFTER.match(text, mention.end)  # 'Buma (CDA)'
    return bool(after and parties_named(after["party"], kb) & parties)


def _active(membership: dict, day: str | None) -> bool:
    """A membership held on `day`, by the rule of a role (kb.Role.active_on)."""
    return Role("lid", membership.get("of"), membership.get("start"), membership.get("end")).active_on(day)
