"""Grouping an article's mentions into entities and linking them to the knowledge base.

Steps, in order: strip titles and genitives; group a surname with the full name it belongs
to; look each group up (exact name or alias, then fuzzy); let places and buildings that
stand for a government become that government; add role descriptions ('de NAVO-chef')
resolved at the article's date; give everything unknown a stable local id.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from ..records import Entity, Mention
from .kb import Actor, KnowledgeBase, normalize_name
from .lexicon import LinkLexicon

_TYPES_FOR_LABEL = {
    "PER": {"person"},
    "LOC": {"country", "territory", "city"},
    "ORG": {"international_org", "institution", "party", "media", "agency", "company"},
    "MISC": set(),
}
# A place after these words is a location, not an actor ('vergaderen in Brussel').
_LOCATIVE = re.compile(r"(?:\b(?:in|naar|uit|bij|vanuit|te|rond|via|door|nabij|richting|op|van)\s+)$", re.I)
_ADJECTIVE_ENDINGS = ("se", "s", "sch")
_FUZZY_CUTOFF = 90  # chosen on the dev corpus: catches Zelenski/Zelensky, not Merkel/Markel


@dataclass
class _Group:
    label: str
    forms: list[str] = field(default_factory=list)  # normalised forms, longest first
    indexes: list[int] = field(default_factory=list)
    surface: str = ""

    @property
    def key(self) -> str:
        return self.forms[0]


@dataclass(frozen=True)
class LinkContext:
    published: str | None  # ISO date prefix of the article
    home: str  # the outlet's country, for 'de premier'


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def local_id(label: str, name: str) -> str:
    """A stable id for an actor the knowledge base does not know: same name and type, same id."""
    return f"local:{label.lower()}:{slug(name)}"


class Linker:
    def __init__(self, kb: KnowledgeBase, lexicon: LinkLexicon):
        self.kb = kb
        self.lexicon = lexicon
        self._fuzzy_names: dict[str, list[tuple[str, str]]] = {}
        for actor in kb.actors.values():
            for name in actor.names:
                self._fuzzy_names.setdefault(actor.label, []).append((normalize_name(name), actor.id))
        self._fuzzy_keys = {label: [n for n, _ in pairs] for label, pairs in self._fuzzy_names.items()}
        words = sorted({w.words for w in lexicon.role_words}, key=len, reverse=True)
        # Case matters around the role word: the adjective is capitalised, and a capital
        # after it means a name follows ('de premier Rutte'), which the name mention covers.
        self._role_pattern = re.compile(
            r"\b(?P<det>[Dd]e|[Hh]et)\s+(?:(?P<adj>[A-Z][\w-]*(?:e|s))\s+)?(?P<word>(?i:"
            + "|".join(re.escape(w) for w in words) + r"))\b(?!\s+[A-Z])"
        )
        self._role_by_word = {w.words: w for w in lexicon.role_words}

    # -- names ----------------------------------------------------------------

    def _strip(self, text: str) -> str:
        key = normalize_name(text)
        words = key.split()
        while len(words) > 1 and words[0] in self.lexicon.titles:
            words.pop(0)
        return " ".join(words)

    def _candidates(self, form: str, label: str) -> list[Actor]:
        found = self.kb.find(form)
        if not found and label == "PER" and form.endswith("s") and len(form) > 3:
            found = self.kb.find(form[:-1])  # genitive: 'Trumps adviseurs'
        return found

    def _choose(self, candidates: list[Actor], label: str, context: LinkContext) -> Actor | None:
        if not candidates:
            return None
        fitting = [a for a in candidates if a.type in _TYPES_FOR_LABEL.get(label, set())] or candidates
        active = [a for a in fitting if any(r.active_on(context.published) for r in a.roles)]
        ranked = active or fitting
        return sorted(ranked, key=lambda a: (a.qid is None, a.id))[0]

    def _fuzzy(self, form: str, label: str) -> Actor | None:
        keys = self._fuzzy_keys.get(label)
        if not keys or len(form) < 5:
            return None
        found = process.extractOne(form, keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
        if found is None:
            return None
        return self.kb.actors[self._fuzzy_names[label][found[2]][1]]

    def _group(self, mentions: list[Mention]) -> list[_Group]:
        order = sorted(range(len(mentions)), key=lambda i: -len(self._strip(mentions[i].text)))
        groups: list[_Group] = []
        for index in order:
            mention = mentions[index]
            if self.is_adjective(mention):
                continue  # nationality adjectives stay unlinked mentions
            form = self._strip(mention.text)
            target = None
            for group in groups:
                if group.label != mention.label:
                    continue
                if form in group.forms or (mention.label == "PER" and any(
                        f.endswith(" " + form) or f.endswith(" " + form.removesuffix("s")) for f in group.forms)):
                    target = group
                    break
            if target is None:
                target = _Group(mention.label, surface=mention.text)
                groups.append(target)
            if form not in target.forms:
                target.forms.append(form)
            target.indexes.append(index)
        return groups

    # -- metonyms and roles ------------------------------------------------------

    def _metonym(self, actor: Actor, text: str, mentions: list[Mention], indexes: list[int],
                 mentioned: set[str]) -> Actor:
        if not actor.metonym_for:
            return actor
        if actor.type == "city" and all(
                _LOCATIVE.search(text[max(0, mentions[i].start - 12): mentions[i].start]) for i in indexes):
            return actor
        targets = [t for t in actor.metonym_for if t in self.kb.actors]
        if not targets:
            return actor
        preferred = next((t for t in targets if t in mentioned), targets[0])
        return self.kb.actors[preferred]

    def is_adjective(self, mention: Mention) -> bool:
        """'Amerikaanse', 'Europees', 'Arabische': a MISC mention that only names a nationality or region."""
        if mention.label != "MISC":
            return False
        text = mention.text.strip()
        return normalize_name(text) in self.kb.by_adjective or (
            " " not in text and text[:1].isupper() and text[1:].islower() and text.endswith(_ADJECTIVE_ENDINGS))

    def _role_mentions(self, text: str, mentions: list[Mention], context: LinkContext) -> list[tuple[Mention, Actor]]:
        taken = [(m.start, m.end) for m in mentions if not self.is_adjective(m)]
        found = []
        for match in self._role_pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            word = self._role_by_word.get(match["word"].lower())
            if word is None:
                continue
            actor = self._resolve_role(word, match["adj"], context)
            if actor is not None:
                found.append((Mention(start, end, text[start:end], "PER"), actor))
        return found

    def _resolve_role(self, word, adjective: str | None, context: LinkContext) -> Actor | None:
        owners: list[str] = []
        for of in word.of:
            if of == "@adjective" and adjective:
                owner = self.kb.by_adjective.get(normalize_name(adjective))
                if owner:
                    owners.append(owner)
            elif of == "@home" and not adjective:
                owners.append(context.home)
            elif not of.startswith("@"):
                owners.append(of)
        for owner in owners:
            for role in word.roles:
                holders = self.kb.holders(role, owner, context.published)
                if len(holders) == 1:
                    return holders[0]
        return None

    # -- the whole article ---------------------------------------------------------

    def link(self, text: str, mentions: list[Mention], context: LinkContext) -> tuple[list[Mention], list[Entity]]:
        """Mentions (role descriptions added, each with its entity id) and the article's entities."""
        groups = self._group(mentions)
        resolved: list[tuple[_Group, Actor | None]] = []
        for group in groups:
            actor = None
            # A person's surname is looked up only when the article never gives the full name:
            # 'De Jager' beside 'Jeroen de Jager' is not Jan Kees de Jager.
            forms = group.forms[:1] if group.label == "PER" else group.forms
            for form in forms:
                actor = self._choose(self._candidates(form, group.label), group.label, context)
                if actor:
                    break
            actor = actor or self._fuzzy(group.key, group.label)
            resolved.append((group, actor))
        mentioned = {a.id for _, a in resolved if a}
        linked: dict[int, str] = {}
        names: dict[str, tuple[str, str, str | None]] = {}
        for group, actor in resolved:
            if actor is not None:
                actor = self._metonym(actor, text, mentions, group.indexes, mentioned)
                entity_id, name, qid, label = actor.id, actor.name, actor.qid, actor.label
            else:
                longest = max((mentions[i].text for i in group.indexes), key=len)
                name = longest
                entity_id, qid, label = local_id(group.label, self._strip(longest) or longest), None, group.label
            names.setdefault(entity_id, (name, label if label in ("PER", "ORG", "LOC", "MISC") else group.label, qid))
            for index in group.indexes:
                linked[index] = entity_id
        all_mentions = [Mention(m.start, m.end, m.text, m.label, linked.get(i)) for i, m in enumerate(mentions)]
        for mention, actor in self._role_mentions(text, mentions, context):
            all_mentions.append(Mention(mention.start, mention.end, mention.text, mention.label, actor.id))
            names.setdefault(actor.id, (actor.name, actor.label, actor.qid))
        all_mentions.sort(key=lambda m: (m.start, m.end))
        by_entity: dict[str, list[int]] = {}
        for index, mention in enumerate(all_mentions):
            if mention.entity:
                by_entity.setdefault(mention.entity, []).append(index)
        entities = [Entity(entity_id, names[entity_id][0], names[entity_id][1], names[entity_id][2], tuple(idx))
                    for entity_id, idx in by_entity.items()]
        return all_mentions, entities
