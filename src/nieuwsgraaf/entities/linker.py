"""Grouping an article's mentions into entities and linking them to the knowledge base.

Steps, in order: strip titles and genitives; group a surname with the full name it belongs
to; look each group up (exact name or alias, then fuzzy); let places and buildings that
stand for a government become that government; add role descriptions ('de NAVO-chef')
resolved at the article's date; give everything unknown a stable local id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from ..records import Entity, Mention
from ..slugs import local_id
from .kb import Actor, KnowledgeBase, normalize_name
from .lexicon import LinkLexicon

_TYPES_FOR_LABEL = {
    "PER": {"person"},
    "LOC": {"country", "territory", "city"},
    "ORG": {"international_org", "institution", "party", "media", "agency", "company"},
    "MISC": set(),
}
# A place after these words is a location, not an actor ('vergaderen in Brussel').
_LOCATIVE = re.compile(r"(?:\b(?:in|naar|uit|bij|vanuit|te|rond|via|nabij|richting|op)\s+(?:het\s+|de\s+)?)$", re.I)
_NAME_PARTICLES = {"de", "van", "der", "den", "ter", "ten", "te", "von", "la", "le", "du", "da", "di", "'t", "het"}
_GOVERNMENT_OF = re.compile(r"^(?:regering|kabinet|administratie)[- ](?P<name>.+?)(?: [ivx]+)?$")
_ACTOR_BEFORE = re.compile(r"(?:\b(?:volgens|door|tussen|voor)\s+|\btussen\s+\w+\s+en\s+)$")
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


def _is_name_like(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and text[:1].isupper() and not text.isupper() or len(letters) >= 2 and text.isupper()


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
        if not found and form.endswith("s") and len(form) > 3:
            # genitive: 'Trumps adviseurs', whatever label the tagger gave it
            found = [a for a in self.kb.find(form[:-1]) if a.type == "person"]
        return found

    def _choose(self, candidates: list[Actor], label: str, context: LinkContext, form: str = "") -> Actor | None:
        if not candidates:
            return None
        fitting = [a for a in candidates if a.type in _TYPES_FOR_LABEL.get(label, set())]
        if not fitting:
            # Across labels only by a proper name ('NAVO' tagged LOC), never by an alias
            # ('Europa' is an alias of the EU but, tagged LOC, means the continent).
            # People too, whatever the tagger called them ('Trump' tagged MISC).
            fitting = [a for a in candidates if (form, a.id) in self.kb.proper_names or a.type == "person"]
            if not fitting:
                return None
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

    def _inner_name(self, surface: str, label: str, context: LinkContext) -> Actor | None:
        """A known name inside a span the tagger drew too wide ('Rutte als NAVO-chef', 'Abe het').

        Only when the span holds a lowercase word that is no name particle; otherwise only its
        last two or three words ('NAVO-secretaris-generaal Jens Stoltenberg').
        """
        words = self._strip(surface).split()
        glued = any(w[:1].islower() and w not in _NAME_PARTICLES for w in surface.split()[1:])
        for size in range(len(words) - 1, 0, -1):
            starts = range(len(words) - size + 1) if glued else ([len(words) - size] if size >= 2 else [])
            for first in starts:
                part = " ".join(words[first:first + size])
                if len(part) < 3 or part in self.lexicon.titles or words[first] in _NAME_PARTICLES:
                    continue
                actor = self._choose(self._candidates(part, label), label, context, part)
                if actor is not None:
                    return actor
        return None

    def _government_of(self, form: str, context: LinkContext) -> Actor | None:
        """'regering Trump', 'kabinet-Rutte': the government of the country the leader led."""
        match = _GOVERNMENT_OF.match(form)
        if not match:
            return None
        leader = self._choose(self._candidates(match["name"], "PER"), "PER", context, match["name"])
        if leader is None:
            return None
        for role in leader.roles:
            if role.role in ("president", "premier", "kanselier") and role.of and role.of.startswith("gpe:"):
                government = "gov:" + role.of.removeprefix("gpe:")
                if government in self.kb.actors and (context.published is None or role.active_on(context.published)):
                    return self.kb.actors[government]
        return None

    # -- metonyms and roles ------------------------------------------------------

    def _acts(self, text: str, mention: Mention) -> bool:
        """The place does something: 'Washington eist', 'volgens Moskou', 'tussen Brussel en ...'."""
        after = text[mention.end: mention.end + 20].split()
        before = text[max(0, mention.start - 30): mention.start].lower()
        at_sentence_start = not before.strip() or before.rstrip()[-1:] in ".!?\n"
        return bool((after and after[0].lower().strip(",.") in self.lexicon.actor_verbs)
                    or _ACTOR_BEFORE.search(before) or at_sentence_start)

    def _metonym(self, actor: Actor, text: str, mentions: list[Mention], indexes: list[int],
                 mentioned: set[str]) -> Actor:
        if not actor.metonym_for:
            return actor
        if actor.type == "city" and not any(self._acts(text, mentions[i]) for i in indexes):
            return actor
        if actor.type != "city" and all(
                _LOCATIVE.search(text[max(0, mentions[i].start - 16): mentions[i].start]) for i in indexes):
            return actor  # 'een ontmoeting in het Witte Huis': the building itself
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

    def _role_mentions(self, text: str, mentions: list[Mention], context: LinkContext,
                       mentioned: set[str]) -> list[tuple[Mention, Actor]]:
        # A tagged name before the role word blocks it; MISC spans ('NAVO-baas') and names
        # inside the role phrase ('van het Kremlin') do not.
        taken = [(m.start, m.end) for m in mentions if m.label != "MISC"]
        found = []
        for match in self._role_pattern.finditer(text):
            start, end = match.span()
            if any(s < match.start("word") and start < e for s, e in taken):
                continue
            word = self._role_by_word.get(match["word"].lower())
            if word is None:
                continue
            actor = self._resolve_role(word, match["adj"], context, mentioned)
            if actor is not None:
                found.append((Mention(start, end, text[start:end], "PER"), actor))
        return found

    def _resolve_role(self, word, adjective: str | None, context: LinkContext,
                      mentioned: set[str] = frozenset()) -> Actor | None:
        if not adjective or context.published is None:
            # 'de president', 'de premier': the holder already named in this article, if one
            named = [self.kb.actors[i] for i in mentioned if i in self.kb.actors]
            owner = self.kb.by_adjective.get(normalize_name(adjective)) if adjective else None
            # Without a publication date, a holder the article itself names is good enough.
            holders = [a for a in named for r in a.roles if r.role in word.roles
                       and (context.published is None or r.active_on(context.published))
                       and (owner is None or r.of == owner)]
            if len({a.id for a in holders}) == 1:
                return holders[0]
        if context.published is None:
            return None  # who held a role depends on the date; without it, no more guessing
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
                actor = self._choose(self._candidates(form, group.label), group.label, context, form)
                if actor:
                    break
            actor = actor or self._government_of(group.key, context) or self._fuzzy(group.key, group.label)
            actor = actor or self._inner_name(group.surface, group.label, context)
            resolved.append((group, actor))
        mentioned = {a.id for _, a in resolved if a}
        linked: dict[int, str] = {}
        names: dict[str, tuple[str, str, str | None]] = {}
        for group, actor in resolved:
            if actor is not None:
                # Each mention decides for itself: 'Peking reageerde' is the government,
                # 'in Peking' the city.
                for index in group.indexes:
                    chosen = self._metonym(actor, text, mentions, [index], mentioned)
                    names.setdefault(chosen.id, (chosen.name, chosen.label, chosen.qid))
                    linked[index] = chosen.id
                continue
            elif group.label == "MISC" or not _is_name_like(group.surface):
                continue  # unknown MISC spans and tagger debris ('x', 'iii') stay unlinked mentions
            else:
                longest = max((mentions[i].text for i in group.indexes), key=len)
                name = longest
                entity_id, qid, label = local_id(group.label, self._strip(longest) or longest), None, group.label
            names.setdefault(entity_id, (name, label if label in ("PER", "ORG", "LOC", "MISC") else group.label, qid))
            for index in group.indexes:
                linked[index] = entity_id
        for index, mention in enumerate(mentions):
            # 'regering Trump', 'kabinet-Rutte' where the tagger marked only the name
            before = text[max(0, mention.start - 12): mention.start].lower()
            if mention.label == "PER" and re.search(r"\b(?:regering|kabinet|administratie)[- ]$", before):
                government = self._government_of(f"regering {mention.text}", context)
                if government is not None:
                    linked[index] = government.id
                    names.setdefault(government.id, (government.name, government.label, government.qid))
        all_mentions = [Mention(m.start, m.end, m.text, m.label, linked.get(i)) for i, m in enumerate(mentions)]
        for mention, actor in self._role_mentions(text, mentions, context, set(linked.values())):
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
