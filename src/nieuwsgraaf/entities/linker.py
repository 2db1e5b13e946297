"""Grouping an article's mentions into entities and linking them to the knowledge base.

Steps, in order: repair the tagger's spans (cut at line breaks, trailing punctuation off,
pieces of one name joined, names the actor patterns cut short completed, courts found);
strip titles and genitives; group a surname with the full name it belongs to, whatever label
the tagger gave each; look each group up (exact name or alias, then fuzzy); let places and
buildings that stand for a government become that government; add role descriptions
('de NAVO-chef') resolved at the article's date; give everything unknown a stable local id
whose kind comes from the name itself or from the labels the tagger gave its mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from ..records import Entity, Mention
from ..slugs import local_id
from .kb import Actor, KnowledgeBase, normalize_name
from .lexicon import LinkLexicon

_TYPES_FOR_LABEL = {
    "PER": {"person"},
    "LOC": {"country", "territory", "city", "place"},
    "ORG": {"international_org", "institution", "party", "media", "agency", "company", "team", "group"},
    "MISC": set(),
}
_LABEL_ORDER = ("PER", "ORG", "LOC", "MISC")
# A place after these words is a location, not an actor ('vergaderen in Brussel').
_LOCATIVE = re.compile(r"(?:\b(?:in|naar|uit|bij|vanuit|te|rond|via|nabij|richting|op)\s+(?:het\s+|de\s+)?)$", re.I)
_NAME_PARTICLES = {"de", "van", "der", "den", "ter", "ten", "te", "von", "la", "le", "du", "da", "di", "'t", "het"}
_GOVERNMENT_OF = re.compile(r"^(?:regering|kabinet|administratie)[- ](?P<name>.+?)(?: [ivx]+)?$")
# Before a capital, these make it an actor: 'volgens Moskou', 'kanalen met Washington',
# 'tussen topambtenaren van Peking en Washington', 'dat Washington het beleid erkent'.
_ACTOR_BEFORE = re.compile(
    r"(?:\b(?:volgens|door|voor|met)\s+|\btussen\s+(?:\S+\s+){0,4}"
    r"|\b(?:dat|omdat|nadat|zodat|toen|terwijl|hoewel)\s+)$")
_ADJECTIVE_ENDINGS = ("se", "s", "sch")
# Adjective-like words that end a hyphenated MISC span: 'Vlaams-nationalistische', 'Oost-Europese'.
_ADJECTIVE_SUFFIXES = ("se", "sche", "ische", "ige", "ese", "ense", "aanse")
_FUZZY_CUTOFF = 90  # chosen on the dev corpus: catches Zelenski/Zelensky, not Merkel/Markel
# A span ends after an initial ('Delano G.', 'Peter R.'), otherwise not on punctuation.
_INITIAL_AT_END = re.compile(r"(?:^|[\s.])(?:[A-Z]|Jr|Sr|St)\.$")
_TRAILING = re.compile(r"[\s.,;:!?)\]\"'“”’»]+$")
_LEADING = re.compile(r"^[\s(\[\"'“”‘’«]+")
# Between the pieces of one person's name: 'Peter R.' + ' de ' + 'Vries'.
_ROMAN = re.compile(r"[IVX]+")
_OPEN_END = re.compile(r" (?:van|of|voor)$")
_NAME_GAP = re.compile(r"^ (?:(?:van|de|der|den|ter|ten|von|da|di|du|le|la|del|dos|bin|al) )*$")
# Capitalised words that continue a name the actor patterns cut short: 'Helsinki' + ' Times',
# 'Johan Cruijff' + ' ArenA', 'Paleis Huis' + ' ten Bosch'.
_CONTINUATION = re.compile(r"(?:[ ](?:(?:ten|ter|of|the|and|&)[ ])*[A-Z][\w&'’-]*){1,3}")
_PLACE_TYPES = {"country", "territory", "city", "person"}
# Words of a name before a place: 'Universiteit van ' + 'Amsterdam', 'Grote Prijs van ' + 'Abu Dhabi'.
_HEAD_BEFORE = re.compile(r"(?<![\w-])((?:[A-Z][\w'-]*[ ]){1,3}(?:van|voor|of)[ ](?:de[ ]|het[ ]|the[ ])?)$")
# A first name and particles before a surname the tagger marked alone: 'Jeroen de ' + 'Jager'.
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w-])(?P<first>[A-Z][a-z]+) (?:(?:de|van|der|den|ter|ten|von) )+$")
# 'de regio Kiev', 'de oblast Charkiv', 'de provincie Utrecht': the region named after its city.
_REGION_BEFORE = re.compile(r"\b(?P<word>[Rr]egio|[Oo]blast|[Pp]rovincie)(?: van)? $")
# Courts: 'de rechtbank van Amsterdam', 'het gerechtshof te Den Haag', 'het Amsterdamse gerechtshof'
# ('de rechtbank in Amsterdam' is a building in a city).
_COURT_OF = re.compile(r"\b(?P<kind>[Rr]echtbank|[Gg]erechtshof|[Hh]of)\s+(?:van|te)\s+"
                       r"(?P<place>(?:Den |'s-)?[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)?)")
_COURT_ADJECTIVE = re.compile(r"\b[A-Z][\w'-]*se\s+(?:rechtbank|gerechtshof|hof)\b")
# 'Delano G. (29)', 'verdachte Kamil E.': a first name and an initial, no name after it.
_INITIAL_NAME = re.compile(r"(?<![\w.-])[A-Z][a-z]{2,} [A-Z]\.(?! ?(?:[A-Z]|de |van |der |ten ))")
_NAMED_GOVERNMENT = re.compile(r"\b(?:regering|kabinet|administratie)[- ][A-Z][\w-]+(?: [IVX]+\b)?")
_PORTFOLIO_BEFORE = re.compile(r"\b(?:[Mm]inisters?|[Ss]taatssecretaris(?:sen)?)\s+(?:[A-Z][\w.'-]*\s+){0,4}"
                               r"(?:van|voor)\s+$")
_INDEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:een|één)\s+$", re.I)
# Nouns that take 'het': an adjective before them is uninflected in the canonical name
# ('het Russische ministerie van Defensie' is the 'Russisch ministerie van Defensie').
_HET_NOUNS = {"ministerie", "parlement", "leger", "kabinet", "hof", "agentschap", "bureau", "instituut"}
# Lowercase adjectives that change who a role description means ('de vorige president').
_OTHER_HOLDER = {"vorige", "voormalige", "nieuwe", "toekomstige", "volgende", "eerste", "laatste",
                 "vroegere", "toenmalige", "andere", "eventuele", "beoogde", "waarnemend", "waarnemende"}


@dataclass
class _Group:
    label: str
    forms: list[str] = field(default_factory=list)  # normalised forms, longest first
    indexes: list[int] = field(default_factory=list)
    surface: str = ""
    labels: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return self.forms[0]

    def voted_label(self) -> str:
        """The label most of its mentions got; MISC only when nothing else was said."""
        votes = Counter(lab for lab in self.labels if lab != "MISC") or Counter(self.labels)
        return max(_LABEL_ORDER, key=lambda lab: (votes[lab], lab == self.label))


@dataclass(frozen=True)
class LinkContext:
    published: str | None  # ISO date prefix of the article
    home: str  # the outlet's country, for 'de premier'


def _is_name_like(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and text[:1].isupper() and not text.isupper() or len(letters) >= 2 and text.isupper()


def _lowercase_compound(text: str) -> bool:
    """'NAVO-top', 'D66-collega', 'Arizona-coalitie': a compound whose head is a common noun."""
    last = text.split()[-1] if text.split() else ""
    return "-" in last and last.rsplit("-", 1)[1][:1].islower()


class Linker:
    def __init__(self, kb: KnowledgeBase, lexicon: LinkLexicon):
        self.kb = kb
        self.lexicon = lexicon
        self._fuzzy_names: dict[str, list[tuple[str, str]]] = {}
        for actor in kb.actors.values():
            for name in actor.names:
                self._fuzzy_names.setdefault(actor.label, []).append((normalize_name(name), actor.id))
        self._fuzzy_keys = {label: [n for n, _ in pairs] for label, pairs in self._fuzzy_names.items()}
        self._demonyms = {normalize_name(d) for a in kb.actors.values() for d in a.raw.get("demonyms") or ()}
        self._common_surnames = {normalize_name(s) for s in lexicon.common_surnames}
        # The uninflected adjective of each inflected one: 'Russische' -> 'Russisch'.
        self._uninflected: dict[str, str] = {}
        for actor in kb.actors.values():
            plain = [a for a in actor.adjectives if not a.endswith("e")]
            for adjective in actor.adjectives:
                if adjective.endswith("e") and plain:
                    self._uninflected[adjective] = plain[0]
        words = sorted({w.words for w in lexicon.role_words}, key=len, reverse=True)
        # Case matters around the role word: the adjective is capitalised, and a capital
        # after it means a name follows ('de premier Rutte'), which the name mention covers.
        # A lowercase adjective may stand between ('de wispelturige president').
        self._role_pattern = re.compile(
            r"\b(?P<det>[Dd]e|[Hh]et)\s+(?:(?P<adj>[A-Z][\w-]*(?:e|s))\s+|(?P<lower>[a-z]+e)\s+)?(?P<word>(?i:"
            + "|".join(re.escape(w) for w in words) + r"))\b(?!\s+[A-Z])(?!\s+van\b)"
        )
        self._role_by_word = {w.words: w for w in lexicon.role_words}
        titles = sorted((t for t in lexicon.titles if t.isalpha()), key=len, reverse=True)
        # 'prinses Alexia ... De prinses': the title alone, after the title with a name.
        self._title_pattern = re.compile(r"\b(?P<det>[Dd]e|[Hh]et)\s+(?P<word>(?i:"
                                         + "|".join(map(re.escape, titles)) + r"))\b(?!\s+[A-Z])(?!-)(?!\s+van\b)")

    # -- repairing the tagger's spans -------------------------------------------------

    def _clean(self, text: str, mention: Mention) -> Mention | None:
        """The mention cut at a line break, without quotes and trailing punctuation around it."""
        start, surface = mention.start, mention.text
        lines = surface.split("\n")
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is None:
            return None
        start += sum(len(line) + 1 for line in lines[:first])
        surface = lines[first]
        lead = _LEADING.match(surface)
        if lead:
            start += lead.end()
            surface = surface[lead.end():]
        if not _INITIAL_AT_END.search(surface):
            surface = _TRAILING.sub("", surface)
        else:
            surface = surface.rstrip()
        if not any(ch.isalpha() for ch in surface):
            return None
        if (start, surface) == (mention.start, mention.text):
            return mention
        return Mention(start, start + len(surface), surface, mention.label)

    def _known_other(self, form: str) -> bool:
        """A name the knowledge base has for something other than a person."""
        return any(a.type != "person" for a in self.kb.find(form))

    def _one_person(self, first: str, second: str, gap: str) -> bool:
        """'Peter R.' + 'Vries', 'Georgino' + 'Wijnaldum' are one name; 'Rutte' + 'Trump'
        ('Daar zou Rutte Trump op wijzen') and 'Trump' + 'de Europeanen' are two."""
        if not second[:1].isupper() or self._adjective(second, False) or normalize_name(second) in self._demonyms:
            return False
        if self._known_other(first) or self._known_other(second):
            return False
        known = [part for part in (first, second) if any(a.type == "person" for a in self.kb.find(part))]
        if not known:
            return True
        combined = normalize_name(f"{first}{gap}{second}")
        return bool(self.kb.find(combined)) or self._fuzzy(combined, "PER") is not None

    def _join(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Pieces of one name as one mention: 'Peter R.' 'de' 'Vries'; 'Russische' 'ministerie van Defensie'."""
        joined: list[Mention] = []
        for mention in mentions:
            if joined:
                last = joined[-1]
                gap = text[last.end: mention.start]
                if last.label == "PER" and _NAME_GAP.match(gap) and self._one_person(last.text, mention.text, gap):
                    joined[-1] = Mention(last.start, mention.end, text[last.start: mention.end], "PER")
                    continue
                if gap == " " and _ROMAN.fullmatch(mention.text):
                    # 'kabinet-Rutte' + 'III', 'Willem' + 'II'
                    joined[-1] = Mention(last.start, mention.end, text[last.start: mention.end], last.label)
                    continue
                if gap == " " and _OPEN_END.search(last.text) and mention.text[:1].isupper():
                    # 'Grote Prijs van' + 'Abu Dhabi'
                    surface = text[last.start: mention.end]
                    label = self.lexicon.kind_of_name(surface) or last.label
                    joined[-1] = Mention(last.start, mention.end, surface, label if label != "none" else last.label)
                    continue
                if gap == " " and last.label == "MISC" and mention.label == "ORG" and self._adjective(last.text) and (
                        mention.text[:1].islower() or self.kb.find(f"{last.text} {mention.text}")):
                    joined[-1] = Mention(last.start, mention.end, text[last.start: mention.end], "ORG")
                    continue
            joined.append(mention)
        return joined

    def _extend(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Names the actor patterns cut short, completed: 'Helsinki Times', 'Universiteit van Amsterdam'."""
        extended = []
        for index, mention in enumerate(mentions):
            if mention.label == "MISC" and self._adjective(mention.text):
                extended.append(mention)
                continue
            start, end = mention.start, mention.end
            limit = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
            floor = mentions[index - 1].end if index else 0
            after = _CONTINUATION.match(text, end, limit)
            if after and text[end - 1: end].isalnum():
                tokens = after.group().split(" ")[1:]
                keep = 0
                for position, token in enumerate(tokens):
                    if not token[:1].isupper() and mention.label == "PER":
                        break  # no particles after a person's name
                    if token[:1].isupper():
                        if (token.casefold() in self.lexicon.titles or self._adjective(token, False)
                                or any(a.type in _PLACE_TYPES for a in self.kb.find(token))):
                            break
                        keep = position + 1
                if keep:
                    end += len(" " + " ".join(tokens[:keep]))
            first_name = _FIRST_NAME_BEFORE.search(text, floor, start) if mention.label == "PER" else None
            if (first_name and first_name["first"].casefold() not in self.lexicon.titles
                    and not self._opens_sentence(text, Mention(first_name.start(), start, "", "PER"))):
                start = first_name.start()  # 'verslaggever Jeroen de' + 'Jager'
            region = _REGION_BEFORE.search(text, floor, start)
            if region and self.kb.find(f"{region['word']} {mention.text}"):
                start = region.start()  # 'de regio Kiev' is the oblast, not the city
            before = _HEAD_BEFORE.search(text, floor, start)
            if before and self.lexicon.kind_of_name(before.group(1) + mention.text) not in (None, "none", "PER"):
                candidate = before.group(1).split()[0].casefold()
                if candidate not in self.lexicon.titles:
                    start = before.start(1)
            if (start, end) == (mention.start, mention.end):
                extended.append(mention)
                continue
            surface = text[start:end]
            label = self.lexicon.kind_of_name(surface) or mention.label
            extended.append(Mention(start, end, surface, label if label != "none" else mention.label))
        return extended

    def _courts(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Courts named by their seat, which the tagger splits or misses: 'de rechtbank van Amsterdam'."""
        found = []
        for match in _COURT_OF.finditer(text):
            kind = "gerechtshof" if match["kind"].lower() == "hof" else match["kind"].lower()
            name = f"{kind} {match['place']}"
            if self.kb.find(name) or kind != "gerechtshof" or match["kind"].lower() != "hof":
                found.append(Mention(match.start(), match.end(), match.group(), "ORG"))
        for match in _COURT_ADJECTIVE.finditer(text):
            if self.kb.find(match.group()):
                found.append(Mention(match.start(), match.end(), match.group(), "ORG"))
        if not found:
            return mentions
        kept = [m for m in mentions if not any(c.start < m.end and m.start < c.end for c in found)]
        return sorted(kept + found, key=lambda m: (m.start, m.end))

    def _repair(self, text: str, mentions: list[Mention]) -> list[Mention]:
        cleaned = sorted((c for m in mentions if (c := self._clean(text, m))), key=lambda m: (m.start, -m.end))
        unique: list[Mention] = []
        for mention in cleaned:
            if unique and mention.start < unique[-1].end:
                continue  # overlapping spans: the first, longest one stays
            unique.append(mention)
        repaired = self._courts(text, self._extend(text, self._join(text, unique)))
        return self._scan(text, repaired)

    def _scan(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Names of a fixed shape the tagger may miss: suspects named with an initial ('Delano G.')
        and named governments ('regering-Trump', 'kabinet-Rutte III')."""
        found = []
        for pattern, label in ((_INITIAL_NAME, "PER"), (_NAMED_GOVERNMENT, "ORG")):
            for match in pattern.finditer(text):
                if not any(m.start < match.end() and match.start() < m.end for m in [*mentions, *found]):
                    found.append(Mention(match.start(), match.end(), match.group(), label))
        return sorted(mentions + found, key=lambda m: (m.start, m.end)) if found else mentions

    # -- names ----------------------------------------------------------------

    def _court(self, text: str) -> str | None:
        """'rechtbank van Amsterdam', 'het hof in Den Haag' -> 'Rechtbank Amsterdam', 'Gerechtshof Den Haag'."""
        court = _COURT_OF.fullmatch(text.strip())
        if court is None:
            return None
        kind = "Gerechtshof" if court["kind"].lower() == "hof" else court["kind"].capitalize()
        return f"{kind} {court['place']}"

    def _strip(self, text: str) -> str:
        court = self._court(text)
        if court:
            return normalize_name(court)
        region = _REGION_BEFORE.search(text.split()[0] + " ") if " " in text else None
        if region:
            return normalize_name(f"{region['word']} {text.split(None, 1)[1].removeprefix('van ')}")
        key = normalize_name(text)
        words = key.split()
        while len(words) > 1 and words[0] in self.lexicon.titles:
            words.pop(0)
        return " ".join(words)

    def _adjective(self, text: str, loose: bool = True) -> bool:
        """A nationality or region adjective: one the knowledge base lists, or (`loose`, for MISC
        spans) a capitalised word with an adjective ending ('Europees', 'Vlaams-nationalistische')."""
        text = text.strip()
        if normalize_name(text) in self.kb.by_adjective:
            return True
        if not loose or " " in text or not text[:1].isupper() or any(ch.isdigit() for ch in text):
            return False
        last = text.rsplit("-", 1)[-1]
        return (last[1:].islower() or last.islower()) and (
            text[1:].islower() and text.endswith(_ADJECTIVE_ENDINGS) or last.endswith(_ADJECTIVE_SUFFIXES))

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
            # Across labels only by a proper name ('NAVO' tagged LOC), never by an alias.
            # People too, whatever the tagger called them ('Trump' tagged MISC).
            fitting = [a for a in candidates if (form, a.id) in self.kb.proper_names or a.type == "person"]
            if not fitting:
                return None
        # A common surname alone ('De Jager', 'Visser') is the knowledge base's person only
        # while that person holds an office.
        fitting = [a for a in fitting if not (
            a.type == "person" and form in self._common_surnames and (form, a.id) not in self.kb.proper_names
            and not any(r.active_on(context.published) for r in a.roles))]
        if not fitting:
            return None
        active = [a for a in fitting if any(r.active_on(context.published) for r in a.roles)]
        ranked = active or fitting
        return sorted(ranked, key=lambda a: (a.qid is None, a.id))[0]

    def _fuzzy(self, form: str, label: str, context: LinkContext | None = None) -> Actor | None:
        keys = self._fuzzy_keys.get(label)
        if not keys or len(form) < 5:
            return None
        found = process.extractOne(form, keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
        if found is None:
            return None
        # Word for word a near spelling ('Georgino Wijnaldum'), not another word in the same
        # frame ('Franse ministerie van Defensie' is no 'Oekraïense ministerie van Defensie').
        words, known = form.split(), found[0].split()
        if len(words) != len(known) or any(fuzz.ratio(a, b) < 75 or a[:1] != b[:1] for a, b in zip(words, known, strict=True)):
            return None
        actor = self.kb.actors[self._fuzzy_names[label][found[2]][1]]
        return self._choose([actor], label, context, found[0]) if context else actor

    def _group(self, mentions: list[Mention], skip: set[int]) -> list[_Group]:
        order = sorted(range(len(mentions)), key=lambda i: -len(self._strip(mentions[i].text)))
        groups: list[_Group] = []
        for index in order:
            mention = mentions[index]
            if index in skip or self.is_adjective(mention):
                continue  # nationality adjectives stay unlinked mentions
            form = self._strip(mention.text)
            target = None
            for group in groups:
                if form in group.forms:
                    target = group
                    break
                # A surname joins the full name before it, whatever the tagger called it
                # ('De Vries' tagged ORG beside 'Peter R. de Vries'), unless it names a place.
                if group.label == "PER" and (mention.label == "PER" or not self._known_other(form)) and any(
                        f.endswith(" " + form) or f.endswith(" " + form.removesuffix("s")) for f in group.forms):
                    target = group
                    break
            if target is None:
                target = _Group(mention.label, surface=mention.text)
                groups.append(target)
            if form not in target.forms:
                target.forms.append(form)
            target.indexes.append(index)
            target.labels.append(mention.label if target.label != "PER" else "PER")
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
                if actor is not None and not self._other_country(words[0], actor):
                    return actor
        return None

    def _other_country(self, adjective: str, actor: Actor) -> bool:
        """'Russische' before 'ministerie van Defensie': not the Dutch ministry."""
        owner = self.kb.actors.get(self.kb.by_adjective.get(adjective, ""))
        country = owner.raw.get("country") if owner else None
        return bool(country and actor.raw.get("country") and actor.raw["country"] != country)

    def _government_of(self, form: str, context: LinkContext) -> Actor | None:
        """'regering Trump', 'kabinet-Rutte': the government of the country the leader led."""
        match = _GOVERNMENT_OF.match(form)
        if not match:
            return None
        leader = self._choose(self._candidates(match["name"], "PER"), "PER", context, match["name"])
        if leader is None:
            return None
        governments = []
        for role in leader.roles:
            if role.role in ("president", "premier", "kanselier") and role.of and role.of.startswith("gpe:"):
                government = "gov:" + role.of.removeprefix("gpe:")
                if government in self.kb.actors:
                    if context.published is None or role.active_on(context.published):
                        return self.kb.actors[government]
                    governments.append(government)
        # 'de regering Obama' in 2017: the government he led, the only one he led.
        return self.kb.actors[governments[0]] if len(set(governments)) == 1 else None

    # -- metonyms and roles ------------------------------------------------------

    def _acts(self, text: str, mention: Mention) -> bool:
        """The place does something: 'Washington eist', 'volgens Moskou', 'tussen Brussel en ...'."""
        after = text[mention.end: mention.end + 20].split()
        before = text[max(0, mention.start - 50): mention.start]
        at_sentence_start = not before.strip() or before.rstrip()[-1:] in ".!?\n"
        return bool((after and after[0].lower().strip(",.") in self.lexicon.actor_verbs)
                    or _ACTOR_BEFORE.search(before.lower()) or at_sentence_start)

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
        """'Amerikaanse', 'Europees', 'Oost-Europese': a MISC mention that only names a nationality or region."""
        return mention.label == "MISC" and self._adjective(mention.text)

    @staticmethod
    def _opens_sentence(text: str, mention: Mention) -> bool:
        before = text[max(0, mention.start - 3): mention.start].rstrip(" \"'‘“")
        return not before or before[-1] in ".!?:\n"

    def _not_a_name(self, text: str, mention: Mention) -> bool:
        """Mentions that refer to no one: 'het kabinet', 'minister van Financiën', 'één Chinese regering'."""
        if not any(ch.isupper() for ch in mention.text):
            return True
        before = text[max(0, mention.start - 40): mention.start]
        return mention.label != "PER" and bool(_PORTFOLIO_BEFORE.search(before) or _INDEFINITE_BEFORE.search(before))

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
            if word is None or (match["lower"] or "") in _OTHER_HOLDER:
                continue
            actor = self._resolve_role(word, match["adj"], context, mentioned, named_only=match["lower"] is not None)
            if actor is not None:
                found.append((Mention(start, end, text[start:end], "PER"), actor))
        return found

    def _title_mentions(self, text: str, mentions: list[Mention], taken: list[tuple[int, int]]
                        ) -> list[tuple[Mention, str]]:
        """'prinses Alexia ... De prinses gaat naar school': the title alone means the person
        the article last called by that title."""
        titled: list[tuple[int, str, str]] = []  # (position, title, entity)
        for mention in mentions:
            if not mention.entity or mention.label != "PER":
                continue
            before = text[max(0, mention.start - 30): mention.start].split()
            if before:
                titled.append((mention.start, before[-1].casefold(), mention.entity))
            words = mention.text.split()
            if len(words) > 1:
                titled.append((mention.start, words[0].casefold(), mention.entity))
        found = []
        for match in self._title_pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            word = match["word"].casefold()
            earlier = {entity for position, title, entity in titled if title == word and position < start
                       and start - position < 1500}
            if len(earlier) == 1:
                found.append((Mention(start, end, text[start:end], "PER"), earlier.pop()))
        return found

    def _resolve_role(self, word, adjective: str | None, context: LinkContext,
                      mentioned: set[str] = frozenset(), named_only: bool = False) -> Actor | None:
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
        if context.published is None or named_only:
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

    def _local(self, text: str, group: _Group, mentions: list[Mention]) -> tuple[str, str, str] | None:
        """(local id, display name, label) of a name the knowledge base does not know, or None."""
        longest = max((mentions[i] for i in group.indexes), key=lambda m: len(m.text))
        surface = self._court(longest.text) or longest.text
        if not _is_name_like(surface) or _lowercase_compound(surface) or _ROMAN.fullmatch(surface):
            return None
        if normalize_name(surface) in self._demonyms:
            return None
        if " " not in surface and all(self._opens_sentence(text, mentions[i]) for i in group.indexes):
            return None  # 'Migratie ligt op tafel', a heading 'Handelsgesprekken': a capitalised common word
        kind = self.lexicon.kind_of_name(surface)
        if kind == "none" or (len(surface.split()) > 1 and surface.split()[-1].casefold() in self.lexicon.titles):
            return None  # 'NAVO-top', 'Europees Commissievoorzitter'
        label = kind or group.voted_label()
        if label == "MISC" and (self._adjective(surface) or surface.isupper()):
            return None
        words = surface.split()
        # A capitalised article the tagger took in belongs to the name ('De Kuip').
        keeps_article = words[0] in ("De", "Het", "Den") and len(words) > 1
        name = surface if keeps_article else (self._strip(surface) or surface)
        while len(words) > 1 and words[0].casefold() in self.lexicon.titles:
            words.pop(0)  # 'Topman Peter Wennink' is shown as 'Peter Wennink'
        surface = " ".join(words)
        if words[0] in self._uninflected and len(words) > 1 and words[1].casefold() in _HET_NOUNS:
            surface = name = " ".join([self._uninflected[words[0]], *words[1:]])
        return local_id(label, name), surface, label

    def _propagate(self, text: str, mentions: list[Mention], groups: list[_Group]) -> list[Mention]:
        """Further occurrences of a name the tagger found once, and the surname of a person it
        named in full ('Peter R. de Vries' ... 'De Vries'), join the entity (indexes appended)."""
        taken = [(m.start, m.end) for m in mentions]
        added = list(mentions)
        claims: dict[str, list[_Group]] = {}
        for group in groups:
            for surface in self._surfaces(group, mentions):
                claims.setdefault(surface, []).append(group)
        for surface, owners in claims.items():
            if len(owners) > 1 or not any(ch.isupper() for ch in surface):
                continue  # 'M.' for both 'Krystian M.' and 'Gerower M.'
            group = owners[0]
            pattern = r"(?<![\w-])" + re.escape(surface) + (r"(?![\w-])" if surface[-1].isalnum() else "")
            for match in re.finditer(pattern, text):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                if group.label == "PER" and _FIRST_NAME_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                    continue  # 'Jager' in 'Jeroen de Jager' is part of another name
                taken.append(match.span())
                group.indexes.append(len(added))
                added.append(Mention(match.start(), match.end(), surface, mentions[group.indexes[0]].label))
        return added

    def _surfaces(self, group: _Group, mentions: list[Mention]) -> set[str]:
        """The forms under which an entity may come back: its mentions and a person's surname."""
        surfaces = {mentions[i].text for i in group.indexes if len(mentions[i].text) >= 3}
        if group.voted_label() == "PER":
            full = max(surfaces, key=len, default="").split()
            if len(full) >= 2 and full[-1][:1].isupper() and full[0].casefold() not in _NAME_PARTICLES:
                particles = []
                for word in reversed(full[:-1]):
                    if word not in _NAME_PARTICLES:
                        break
                    particles.insert(0, word)
                surname = " ".join([*particles, full[-1]])
                surname = surname[:1].upper() + surname[1:]
                if re.fullmatch(r"[A-Z]\.", surname):
                    surfaces.add(surname)  # 'G.' after 'Delano G.'
                elif len(surname) >= 4 and not self._known_other(surname):
                    surfaces |= {surname, surname + "s"}
        return surfaces

    def link(self, text: str, mentions: list[Mention], context: LinkContext) -> tuple[list[Mention], list[Entity]]:
        """Mentions (spans repaired, role descriptions added, each with its entity id) and the
        article's entities."""
        mentions = self._repair(text, mentions)
        skip = {i for i, m in enumerate(mentions) if self._not_a_name(text, m)}
        groups = self._group(mentions, skip)
        resolved: list[tuple[_Group, Actor | None]] = []
        for group in groups:
            actor = None
            label = group.voted_label()
            # A person's surname is looked up only when the article never gives the full name:
            # 'De Jager' beside 'Jeroen de Jager' is not Jan Kees de Jager.
            forms = group.forms[:1] if label == "PER" or group.label == "PER" else group.forms
            for form in forms:
                actor = self._choose(self._candidates(form, label), label, context, form)
                if actor:
                    break
            actor = actor or self._government_of(group.key, context)
            if actor is None:
                # Near spellings and names inside a wider span only where the name's own head
                # word does not say otherwise ('Grote Prijs van Abu Dhabi' is no city).
                kind = self.lexicon.kind_of_name(group.surface)
                actor = self._fuzzy(group.key, label, context) or self._inner_name(group.surface, label, context)
                if actor is not None and kind is not None and kind != actor.label:
                    actor = None
            resolved.append((group, actor))
        locals_ = {id(group): self._local(text, group, mentions) for group, actor in resolved if actor is None}
        mentions = self._propagate(text, mentions, [g for g, a in resolved if a or locals_.get(id(g))])
        mentioned = {a.id for _, a in resolved if a}
        linked: dict[int, str] = {}
        labels: dict[int, str] = {}
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
            local = locals_.get(id(group))
            if local is None:
                continue  # adjectives, common nouns and tagger debris ('x', 'iii') stay unlinked mentions
            entity_id, name, label = local
            names.setdefault(entity_id, (name, label, None))
            for index in group.indexes:
                linked[index] = entity_id
                labels[index] = label
        for index, mention in enumerate(mentions):
            # 'regering Trump', 'kabinet-Rutte' where the tagger marked only the name
            before = text[max(0, mention.start - 12): mention.start].lower()
            if mention.label == "PER" and re.search(r"\b(?:regering|kabinet|administratie)[- ]$", before):
                government = self._government_of(f"regering {mention.text}", context)
                if government is not None:
                    linked[index] = government.id
                    names.setdefault(government.id, (government.name, government.label, government.qid))
        all_mentions = [Mention(m.start, m.end, m.text, labels.get(i, m.label), linked.get(i))
                        for i, m in enumerate(mentions)]
        for mention, actor in self._role_mentions(text, mentions, context, set(linked.values())):
            all_mentions.append(Mention(mention.start, mention.end, mention.text, mention.label, actor.id))
            names.setdefault(actor.id, (actor.name, actor.label, actor.qid))
        taken = [(m.start, m.end) for m in all_mentions]
        for mention, entity_id in self._title_mentions(text, all_mentions, taken):
            all_mentions.append(Mention(mention.start, mention.end, mention.text, mention.label, entity_id))
        all_mentions.sort(key=lambda m: (m.start, m.end))
        by_entity: dict[str, list[int]] = {}
        for index, mention in enumerate(all_mentions):
            if mention.entity:
                by_entity.setdefault(mention.entity, []).append(index)
        entities = [Entity(entity_id, names[entity_id][0], names[entity_id][1], names[entity_id][2], tuple(idx))
                    for entity_id, idx in by_entity.items()]
        return all_mentions, entities
