"""Repairing the tagger's spans before anything is looked up: cut at line breaks and trailing
punctuation, pieces of one name joined, names the actor patterns cut short completed, and names
of a fixed shape the tagger misses (courts, suspects with an initial, named governments) added."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..records import Mention
from .kb import KnowledgeBase, normalize_name
from .lexicon import LinkLexicon
from .lookup import ActorLookup
from .names import (
    COURT_OF,
    FIRST_NAME_BEFORE,
    GOVERNMENT_WORDS,
    REGION_BEFORE,
    ROMAN,
    NameForms,
    opens_sentence,
)

# A span ends after an initial ('Delano G.', 'Peter R.'), otherwise not on punctuation.
_INITIAL_AT_END = re.compile(r"(?:^|[\s.])(?:[A-Z]|Jr|Sr|St)\.$")
_TRAILING = re.compile(r"[\s.,;:!?)\]\"'“”’»]+$")
_LEADING = re.compile(r"^[\s(\[\"'“”‘’«]+")
_OPEN_END = re.compile(r" (?:van|of|voor)$")
# Lowercase words the tagger took in before a name ('waarop Loones', 'minister Van Quickenborne');
# name particles stay ('de Volkskrant', 'van Dam' opens no sentence but is a name).
_LOWER_LEAD = re.compile(r"^(?:(?!(?:van|de|der|den|ter|ten|von|da|di|du|le|la|del|dos|het|'t)\s)[a-zà-ÿ][\w'’]*\s+)+(?=[A-Z])")
# Between the pieces of one person's name: 'Peter R.' + ' de ' + 'Vries'.
_NAME_GAP = re.compile(r"^ (?:(?:van|de|der|den|ter|ten|von|da|di|du|le|la|del|dos|bin|al) )*$")
# Capitalised words that continue a name the actor patterns cut short: 'Helsinki' + ' Times',
# 'Johan Cruijff' + ' ArenA', 'Paleis Huis' + ' ten Bosch'.
_CONTINUATION = re.compile(r"(?:[ ](?:(?:ten|ter|of|the|and|&)[ ])*[A-Z][\w&'’-]*){1,3}")
_PLACE_TYPES = {"country", "territory", "city", "person"}
# Words of a name before a place: 'Universiteit van ' + 'Amsterdam', 'Tour de ' + 'France'.
_HEAD_BEFORE = re.compile(r"(?<![\w-])((?:[A-Z][\w'-]*[ ]){1,3}(?:(?:van|voor|of)[ ](?:de[ ]|het[ ]|the[ ])?|de[ ]|du[ ]|d'))$")
# 'Kabinet Rutte III', 'het kabinet-Rutte', 'de kabinetten-Rutte': the word before a leader's name.
# Capitalised words between an article and a body's name are the start of that name ('de Nationale ' +
# 'Veiligheidsraad' is another council than the UN's 'Veiligheidsraad').
_NAME_WORDS_AFTER_ARTICLE = re.compile(r"(?<![\w-])(?:[Dd]e|[Hh]et) (?P<words>(?:[A-Z][a-zà-ÿ]+ ){1,2})$")
_GOVERNMENT_WORD_BEFORE = re.compile(rf"\b{GOVERNMENT_WORDS}[- ]$")
_COURT_ADJECTIVE = re.compile(r"\b[A-Z][\w'-]*se\s+(?:rechtbank|gerechtshof|hof)\b")
# 'Delano G. (29)', 'verdachte Kamil E.': a first name and an initial, no name after it.
_INITIAL_NAME = re.compile(r"(?<![\w.-])[A-Z][a-z]{2,} [A-Z]\.(?! ?(?:[A-Z]|de |van |der |ten ))")
_NAMED_GOVERNMENT = re.compile(rf"\b{GOVERNMENT_WORDS}[- ][A-Z][\w-]+(?: [IVX]+\b)?")
# 'Eva van Dalen van Infrastructuur', 'Jan Smit van Defensie': a full name, then where the person works.
# A capitalised word right before a person's name, which may be a first name the tagger left out
# ('boer Jan' + 'Rutte': it leaves the first name off a surname it knows from a famous person).
_WORD_BEFORE = re.compile(r"(?<![\w.-])(?P<first>[A-Z][a-zà-ÿ]+) $")
_AFFILIATION_TAIL = re.compile(r" van (?:de |het )?(?P<org>[A-Z][\w'-]*(?: (?:en )?[A-Z][\w'-]*)*)$")


def _place_after_name(person: Mention, other: Mention, gap: str) -> bool:
    """'Marianne Schuurmans' + ' van ' + 'Hoofddorp': a full name (two words, the last no initial)
    and, after 'van', a place or body the tagger tagged as such is where the person is from or works,
    not the rest of the name ('Peter R.' + ' de ' + 'Vries' and 'Annemiek' + ' van ' + 'Spanje' still join)."""
    words = person.text.split()
    return (other.label in ("LOC", "ORG") and gap.strip().startswith("van") and len(words) >= 2
            and not _INITIAL_AT_END.search(person.text))


class SpanRepair:
    def __init__(self, kb: KnowledgeBase, lexicon: LinkLexicon, forms: NameForms, lookup: ActorLookup):
        self.kb = kb
        self.lexicon = lexicon
        self.forms = forms
        self.lookup = lookup

    def repair(self, text: str, mentions: list[Mention]) -> list[Mention]:
        cleaned = sorted((c for m in mentions if (o := self._without_opener(m)) and (c := self._clean(o, self._body_name))),
                         key=lambda m: (m.start, -m.end))
        unique: list[Mention] = []
        for mention in cleaned:
            if unique and mention.start < unique[-1].end:
                continue  # overlapping spans: the first, longest one stays
            unique.append(mention)
        repaired = self._courts(text, self._extend(text, self._join(text, unique)))
        return self._scan(text, self._affiliations(repaired))

    def _without_opener(self, mention: Mention) -> Mention | None:
        """'Waarop Loones' -> 'Loones': a clause-opening word the tagger took into a name; the
        word alone ('Waarop' tagged as a person) is no name at all. Likewise a party compound used
        as a title before a person ('Groen-Kamerlid Wouter De Vriendt')."""
        if mention.text.strip().casefold() in self.lexicon.clause_openers:
            return None
        first, _, rest = mention.text.partition(" ")
        title = mention.label == "PER" and "-" in first and first.rsplit("-", 1)[1].casefold() in self.lexicon.titles
        if rest[:1].isupper() and (first.casefold() in self.lexicon.clause_openers or title):
            start = mention.start + len(first) + 1
            return Mention(start, mention.end, rest, mention.label)
        return mention

    def _body_name(self, surface: str) -> bool:
        """'politiezone Brussel-West', 'parket Gent': a body's own name that opens with a lowercase word."""
        return any(actor.type == "institution" for actor in self.kb.find(surface))

    @staticmethod
    def _clean(mention: Mention, keeps_lead: Callable[[str], bool] = lambda surface: False) -> Mention | None:
        """The mention cut at a line break, without quotes and trailing punctuation around it, and
        without lowercase words before a name unless `keeps_lead` says the whole is one name."""
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
        lower = _LOWER_LEAD.match(surface)
        if lower and not keeps_lead(_TRAILING.sub("", surface)):
            start += lower.end()
            surface = surface[lower.end():]
        if not _INITIAL_AT_END.search(surface):
            surface = _TRAILING.sub("", surface)
        else:
            surface = surface.rstrip()
        if not any(ch.isalpha() for ch in surface):
            return None
        if (start, surface) == (mention.start, mention.text):
            return mention
        return Mention(start, start + len(surface), surface, mention.label)

    def _affiliations(self, mentions: list[Mention]) -> list[Mention]:
        """'Eva van Dalen van Infrastructuur' is the person 'Eva van Dalen' of 'Infrastructuur': the
        tail is cut off when the name before it already has its own 'van' surname, or when the tail
        is a known organisation; a known organisation tail becomes a mention of its own."""
        result: list[Mention] = []
        for mention in mentions:
            tail = _AFFILIATION_TAIL.search(mention.text) if mention.label == "PER" else None
            if tail is None:
                result.append(mention)
                continue
            person = mention.text[:tail.start()]
            organisation = [a for a in self.kb.find(tail["org"]) if a.type != "person"]
            if not (organisation or (" van " in person and person.count(" ") >= 2)) or self.kb.find(mention.text):
                result.append(mention)
                continue
            result.append(Mention(mention.start, mention.start + len(person), person, "PER"))
            if organisation:
                org_start = mention.start + tail.start("org")
                result.append(Mention(org_start, mention.end, tail["org"], "ORG"))
        return result

    def _one_person(self, first: str, second: str, gap: str) -> bool:
        """'Peter R.' + 'Vries', 'Georgino' + 'Wijnaldum' are one name; 'Rutte' + 'Trump'
        ('Daar zou Rutte Trump op wijzen') and 'Trump' + 'de Europeanen' are two."""
        if not second[:1].isupper() or self.forms.adjective(second, False) or normalize_name(second) in self.forms.demonyms:
            return False
        if self.forms.known_other(first) or self.forms.known_other(second):
            return False
        known = [part for part in (first, second) if any(a.type == "person" for a in self.kb.find(part))]
        if not known:
            return True
        combined = normalize_name(f"{first}{gap}{second}")
        return bool(self.kb.find(combined)) or self.lookup.fuzzy(combined, "PER") is not None

    def _join(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Pieces of one name as one mention: 'Peter R.' 'de' 'Vries'; 'Russische' 'ministerie van Defensie';
        'Actiegroep' 'Voll Gass'."""
        joined: list[Mention] = []
        for mention in mentions:
            if joined:
                last = joined[-1]
                gap = text[last.end: mention.start]
                if last.label == "PER" and _NAME_GAP.match(gap) and not _place_after_name(last, mention, gap) \
                        and self._one_person(last.text, mention.text, gap):
                    joined[-1] = Mention(last.start, mention.end, text[last.start: mention.end], "PER")
                    continue
                if gap == " " and ROMAN.fullmatch(mention.text):
                    # 'kabinet-Rutte' + 'III', 'Willem' + 'II'
                    joined[-1] = Mention(last.start, mention.end, text[last.start: mention.end], last.label)
                    continue
                if gap in (" van ", " voor ", " of ") and last.label != "PER" and mention.text[:1].isupper():
                    # 'Grote Prijs' + ' van ' + 'Abu Dhabi', when the head word says it is one name
                    surface = text[last.start: mention.end]
                    kind = self.lexicon.kind_of_name(surface)
                    if kind not in (None, "none", "PER"):
                        joined[-1] = Mention(last.start, mention.end, surface, kind)
                        continue
                if gap == " " and _OPEN_END.search(last.text) and mention.text[:1].isupper():
                    # 'Grote Prijs van' + 'Abu Dhabi'
                    surface = text[last.start: mention.end]
                    label = self.lexicon.kind_of_name(surface) or last.label
                    joined[-1] = Mention(last.start, mention.end, surface, label if label != "none" else last.label)
                    continue
                if gap == " " and last.label == "MISC" and mention.label == "ORG" and self.forms.adjective(last.text) and (
                        mention.text[:1].islower() or self.kb.find(f"{last.text} {mention.text}")):
                    joined[-1] = Mention(last.start, mention.end, text[last.start: mention.end], "ORG")
                    continue
                if gap == " " and mention.label == "ORG" and last.label in ("ORG", "MISC") \
                        and self.lexicon.names_body_in_compound(last.text):
                    # 'Actiegroep' + 'Voll Gass': a body's compound noun opens its name
                    joined[-1] = Mention(last.start, mention.end, text[last.start: mention.end], "ORG")
                    continue
            joined.append(mention)
        return joined

    def _extend(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Names the actor patterns cut short, completed: 'Helsinki Times', 'Universiteit van Amsterdam'."""
        extended = []
        for index, mention in enumerate(mentions):
            if mention.label == "MISC" and self.forms.adjective(mention.text):
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
                        if (token.casefold() in self.lexicon.titles or self.forms.adjective(token, False)
                                or any(a.type in _PLACE_TYPES for a in self.kb.find(token))):
                            break
                        keep = position + 1
                if keep:
                    end += len(" " + " ".join(tokens[:keep]))
            first_name = FIRST_NAME_BEFORE.search(text, floor, start) if mention.label == "PER" else None
            if (first_name and first_name["first"].casefold() not in self.lexicon.titles
                    and not opens_sentence(text, Mention(first_name.start(), start, "", "PER"))):
                start = first_name.start()  # 'verslaggever Jeroen de' + 'Jager'
            elif mention.label == "PER" and " " not in mention.text:
                start = self._first_name_left_out(text, floor, start)
            region = REGION_BEFORE.search(text, floor, start)
            if region and self.kb.find(f"{region['word']} {mention.text}"):
                start = region.start()  # 'de regio Kiev' is the oblast, not the city
            government = _GOVERNMENT_WORD_BEFORE.search(text, floor, start) if mention.label == "PER" else None
            if government:
                # 'Kabinet Rutte III': the government, named after its leader
                extended.append(Mention(government.start(), end, text[government.start():end], "ORG"))
                continue
            before = _HEAD_BEFORE.search(text, floor, start)
            if before and self.lexicon.kind_of_name(before.group(1) + mention.text) not in (None, "none", "PER"):
                candidate = before.group(1).split()[0].casefold()
                if candidate not in self.lexicon.titles:
                    start = before.start(1)
            elif mention.label == "ORG":
                start = self._name_start_after_article(text, floor, start)
            if (start, end) == (mention.start, mention.end):
                extended.append(mention)
                continue
            surface = text[start:end]
            label = self.lexicon.kind_of_name(surface) or mention.label
            extended.append(Mention(start, end, surface, label if label != "none" else mention.label))
        return extended

    def _name_start_after_article(self, text: str, floor: int, start: int) -> int:
        """Where a body's name starts when capitalised words stand between an article and the tagger's
        span ('de Nationale ' + 'Veiligheidsraad'); a country's adjective ('de Iraanse Veiligheidsraad'),
        a title or a known actor's name before it is no part of the name."""
        words = _NAME_WORDS_AFTER_ARTICLE.search(text, floor, start)
        if words is None:
            return start
        if any(self.forms.adjective(word) or word.casefold() in self.lexicon.titles or self.kb.find(word)
               for word in words["words"].split()):
            return start
        return words.start("words")

    def _first_name_left_out(self, text: str, floor: int, start: int) -> int:
        """Where a one-word person's name starts when a known first name stands right before it
        ('boer Jan' + 'Rutte' is Jan Rutte, not the Rutte of the knowledge base)."""
        word = _WORD_BEFORE.search(text, floor, start)
        if word and word["first"].casefold() in self.lexicon.first_names:
            return word.start()
        return start

    def _courts(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Courts named by their seat, which the tagger splits or misses: 'de rechtbank van Amsterdam'."""
        found = []
        for match in COURT_OF.finditer(text):
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

    @staticmethod
    def _scan(text: str, mentions: list[Mention]) -> list[Mention]:
        """Names of a fixed shape the tagger may miss: suspects named with an initial ('Delano G.')
        and named governments ('regering-Trump', 'kabinet-Rutte III')."""
        found = []
        for pattern, label in ((_INITIAL_NAME, "PER"), (_NAMED_GOVERNMENT, "ORG")):
            for match in pattern.finditer(text):
                if not any(m.start < match.end() and match.start() < m.end for m in [*mentions, *found]):
                    found.append(Mention(match.start(), match.end(), match.group(), label))
        return sorted(mentions + found, key=lambda m: (m.start, m.end)) if found else mentions
