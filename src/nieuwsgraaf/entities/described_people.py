"""A description of a speaker that means a person the article names, as a reader takes it (issue #14
§2, #15): 'een voorman van Hamas, Basem Naim, ...' (an apposition after the words), 'Jan Peeters, de
woordvoerder van X, ...' (an apposition before), 'de fractieleidster van ...' after 'fractieleider Eva
Smit' or 'De advocaat van X, Eva Smit,' (the office the article gave the person before), and 'De woordvoerder van X bevestigt ... "...",
zegt Olivier Peeters' (a person first named as the next speaker of the same paragraph). The office
nouns and titles come from data/lexicons (speaker_nouns.tsv, titles.txt, roles.tsv)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from ..records import Mention
from .kb import normalize_name

# 'De advocaat van Wilders, Geert-Jan Knoops,': a description the name is apposed to, its head noun
# (the word before 'van' or 'bij') the person's office
_DESCRIPTION_BEFORE = re.compile(
    r"\b(?:[Dd]e|[Hh]et|[Ee]en)\s+(?:[a-z][\w-]*\s+){0,2}?([\w-]+)(?:\s+(?:van|bij)\s+[^,.;:!?()\n]{1,50})?,\s*$")
# What may close an apposition: a comma, a bracket with a party ('(CD&V)'), the end of a sentence.
_APPOSITION_END = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:[,.;:!?]|$)")
# The feminine and masculine endings of one office noun: 'fractieleidster' is a 'fractieleider',
# 'woordvoerster' a 'woordvoerder'; the noun itself is tried first.
_OFFICE_ENDINGS = ("ster", "e", "")
_MASCULINE_ENDINGS = ("der", "er", "e", "")
_PARAGRAPH = "\n\n"
_MIN_OFFICE = 4  # letters: the office ending a compound and the field before it ('landbouw' + 'minister')
_MAX_TITLE_DISTANCE = 3000  # characters: a title given far before is no longer what a reader recalls


def office_stems(noun: str) -> set[str]:
    """The stems a title must end in (plus a masculine ending) to name the same office as `noun`."""
    noun = noun.casefold()
    return {noun.removesuffix(ending) for ending in _OFFICE_ENDINGS if ending and noun.endswith(ending)} | {noun}


def same_office(title: str, noun: str, prefixes: frozenset[str] = frozenset()) -> bool:
    """'Kamerfractieleider' and 'fractieleidster', 'woordvoerder' and 'woordvoerster': the title ends
    in the office the noun names, in either gender, after no prefix that makes it another office
    ('vicepremier', 'oud-minister')."""
    title = title.casefold()
    for stem in office_stems(noun):
        for ending in _MASCULINE_ENDINGS:
            if len(stem) >= 4 and title.endswith(stem + ending):
                prefix = title[:len(title) - len(stem + ending)]
                return not any(prefix.endswith(p) for p in prefixes)
    return False


def without_titles(name: str, titles: frozenset[str]) -> str:
    """'Minister van Quickenborne', 'burgemeester Jan Smit': the name without the titles before it
    (`titles`: data/lexicons/titles.txt and roles.tsv, lowercase)."""
    words = name.split()
    while len(words) > 1:
        if len(words) > 2 and " ".join(words[:2]).casefold() in titles:
            words = words[2:]
        elif words[0].casefold() in titles:
            words = words[1:]
        else:
            break
    return " ".join(words)


class DescribedPeople:
    """The people an article names, read for the descriptions of its speakers."""

    def __init__(self, text: str, mentions: Sequence[Mention], office_prefixes: frozenset[str] = frozenset()):
        self.text = text
        self.office_prefixes = office_prefixes
        self.people = sorted((m for m in mentions if m.entity and m.label == "PER"), key=lambda m: m.start)

    def fullest_name_of(self, form: str) -> str | None:
        """The one person of the article whose name is the normalised `form` or ends in it ('van
        quickenborne' after 'Vincent Van Quickenborne'): a reader's id is that of the fullest name."""
        found = set()
        for mention in self.people:
            full = normalize_name(mention.text)
            if full == form or full.endswith(" " + form):
                found.add(mention.entity)
        return found.pop() if len(found) == 1 else None

    def apposed(self, start: int, end: int) -> str | None:
        """The person an apposition names beside the words at [start, end): 'een voorman van Hamas,
        Basem Naim,' or 'Jan Peeters, de woordvoerder van X,'."""
        after = re.match(r",\s*", self.text[end:end + 4])
        if after:
            person = next((m for m in self.people if m.start == end + after.end()), None)
            if person is not None and _APPOSITION_END.match(self.text, person.end):
                return person.entity
        before = re.search(r"(?<=\S),\s*$", self.text[max(0, start - 4):start])
        if before:
            at = start - len(before.group())
            person = next((m for m in self.people if m.end == at), None)
            if person is not None and _APPOSITION_END.match(self.text, end):
                return person.entity
        return None

    def titled_before(self, start: int, noun: str, possessor: str | None = None) -> str | None:
        """The one person named before `start` with a title of the office `noun` names
        ('Kamerfractieleider Meryame Kitir', 'Eva Smit, woordvoerster van X,'); never the
        `possessor` of the description ('zijn advocaat' is not the man 'zijn' refers to)."""
        found = {m.entity for m in self.people if start - _MAX_TITLE_DISTANCE < m.start < start
                 and any(same_office(title, noun, self.office_prefixes) for title in self._titles_of(m))}
        found.discard(possessor)
        return found.pop() if len(found) == 1 else None

    def portfolio_holder(self, start: int, noun: str, offices: frozenset[str]) -> str | None:
        """'de landbouwminister' after 'Piet Adema, minister van Landbouw, …' or 'minister van
        Landbouw Piet Adema': the one person named before `start` with the office that ends the
        compound `noun` and a portfolio that opens with the word before it."""
        noun = noun.casefold()
        office = max((o for o in offices if len(o) >= _MIN_OFFICE and noun.endswith(o) and noun != o), key=len, default="")
        field = noun.removesuffix(office).rstrip("-")
        if not office or len(field) < _MIN_OFFICE or any(field.endswith(p) for p in self.office_prefixes):
            return None
        portfolio = re.compile(rf"\b{re.escape(office)}\s+(?:van|voor)\s+(?:[\w-]+,?\s+){{0,3}}?{re.escape(field)}",
                               re.IGNORECASE)
        found = set()
        for mention in self.people:
            if not start - _MAX_TITLE_DISTANCE < mention.start < start:
                continue
            before = self.text[max(0, mention.start - 60):mention.start]
            after = re.match(r",\s+", self.text[mention.end:mention.end + 3])
            if re.search(portfolio.pattern + r"\w*\s+$", before, re.IGNORECASE) or (
                    after and portfolio.match(self.text, mention.end + after.end())):
                found.add(mention.entity)
        return found.pop() if len(found) == 1 else None

    def compatriot(self, start: int, country_code: str, country_of: Callable[[str], str | None]) -> str | None:
        """'aldus de nuchtere Noor' after 'NAVO-baas Jens Stoltenberg': the one person named before
        `start` whose country (`country_of` an entity, from the knowledge base) is `country_code`."""
        found = {m.entity for m in self.people if start - _MAX_TITLE_DISTANCE < m.start < start
                 and country_of(m.entity) == country_code}
        return found.pop() if len(found) == 1 else None

    def first_named_next(self, end: int, next_speakers: Iterable[tuple[int, str, str]], noun: str,
                         is_title: Callable[[str], bool]) -> str | None:
        """'De woordvoerder van X bevestigt ... "...", zegt Olivier Peeters': the person named for the
        first time, right after the cue, as the next speaker after `end` (start, entity or '', cue)
        in the same paragraph; not one named with a title of another office ('zegt officier van
        justitie Eva Smit', 'Eva Smit, advocaat van Y,' are someone else)."""
        following = sorted(speaker for speaker in next_speakers if speaker[0] >= end)
        if not following:
            return None
        start, entity = following[0][:2]
        if not entity or _PARAGRAPH in self.text[end:start]:
            return None
        before = self.text[:start].rstrip().casefold()
        if not any(cue and before.endswith(cue.casefold()) for at, _, cue in following if at == start):
            return None  # the next speaker has words of their own before the name
        person = next((m for m in self.people if m.start == start and m.entity == entity), None)
        first = next((m for m in self.people if m.entity == entity), None)
        if person is None or first is not person:
            return None
        titles = [t for t in self._titles_of(person) if is_title(t)]
        return entity if all(same_office(t, noun, self.office_prefixes) for t in titles) else None

    def _titles_of(self, mention: Mention) -> list[str]:
        """The words that give a person's office: the word before the name ('fractieleider Eva
        Smit') and the first word of an apposition after it ('Eva Smit, woordvoerster van ...')."""
        titles = []
        before = re.search(r"([\w-]+)\s+$", self.text[max(0, mention.start - 40):mention.start])
        if before:
            titles.append(before[1])
        after = re.match(r"\s*(?:\([^()]{1,40}\)\s*)?,\s+(?:de\s+|het\s+)?([\w-]+)", self.text[mention.end:mention.end + 80])
        if after:
            titles.append(after[1])
        described = _DESCRIPTION_BEFORE.search(self.text, max(0, mention.start - 100), mention.start)
        if described:
            titles.append(described[1])
        return titles
