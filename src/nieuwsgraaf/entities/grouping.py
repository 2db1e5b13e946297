"""Which mentions of one article are the same entity: a surname with the full name before it,
whatever label the tagger gave each, and later occurrences the tagger missed."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..records import Mention
from .names import FIRST_NAME_BEFORE, NAME_PARTICLES, NameForms

_LABEL_ORDER = ("PER", "ORG", "LOC", "MISC")
_PORTFOLIO_BEFORE = re.compile(r"\b(?:[Mm]inisters?|[Ss]taatssecretaris(?:sen)?)\s+(?:[A-Z][\w.'-]*\s+){0,4}"
                               r"(?:van|voor)\s+$")
_INDEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:een|één)\s+$", re.I)
_MIN_MISSPELT = 8  # letters: shorter surnames one edit apart are often two real names ('Jansen', 'Janssen')


@dataclass
class Group:
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


class MentionGrouping:
    def __init__(self, forms: NameForms):
        self.forms = forms

    def not_a_name(self, text: str, mention: Mention) -> bool:
        """Mentions that refer to no one: 'het kabinet', 'minister van Financiën', 'één Chinese regering'."""
        if not any(ch.isupper() for ch in mention.text):
            return True
        before = text[max(0, mention.start - 40): mention.start]
        return mention.label != "PER" and bool(_PORTFOLIO_BEFORE.search(before) or _INDEFINITE_BEFORE.search(before))

    def group(self, mentions: list[Mention], skip: set[int]) -> list[Group]:
        order = sorted(range(len(mentions)), key=lambda i: -len(self.forms.key(mentions[i].text)))
        groups: list[Group] = []
        for index in order:
            mention = mentions[index]
            if index in skip or self.forms.is_adjective(mention):
                continue  # nationality adjectives stay unlinked mentions
            form = self.forms.key(mention.text)
            target = None
            for group in groups:
                if form in group.forms:
                    target = group
                    break
                # A surname joins the full name before it, whatever the tagger called it
                # ('De Vries' tagged ORG beside 'Peter R. de Vries'), unless it names a place.
                if group.label == "PER" and (mention.label == "PER" or not self.forms.known_other(form)) and any(
                        f.endswith(" " + form) or f.endswith(" " + form.removesuffix("s")) for f in group.forms):
                    target = group
                    break
                if group.label == "PER" and mention.label == "PER" and double_surname_part(form, group.forms):
                    target = group  # 'Jorritsma' after 'Annemarie Jorritsma-de Vries': her double surname, shortened
                    break
                if group.label == "PER" and mention.label == "PER" and misspelt_surname(form, group.forms):
                    target = group  # 'Wintekorn' after 'Martin Winterkorn': a typo, not another person
                    break
            if target is None:
                target = Group(mention.label, surface=mention.text)
                groups.append(target)
            if form not in target.forms:
                target.forms.append(form)
            target.indexes.append(index)
            target.labels.append(mention.label if target.label != "PER" else "PER")
        return groups

    def propagate(self, text: str, mentions: list[Mention], groups: list[Group]) -> list[Mention]:
        """Further occurrences of a name the tagger found once, and the surname of a person it
        named in full ('Peter R. de Vries' ... 'De Vries'), join the entity (indexes appended)."""
        taken = [(m.start, m.end) for m in mentions]
        added = list(mentions)
        claims: dict[str, list[Group]] = {}
        for group in groups:
            for surface in self._surfaces(group, mentions):
                claims.setdefault(surface, []).append(group)
        for surface, owners in claims.items():
            if len(owners) > 1 or not any(ch.isupper() for ch in surface):
                continue  # 'M.' for both 'Krystian M.' and 'Gerower M.'
            group = owners[0]
            for start, end in _standalone(text, surface):
                if any(s < end and start < e for s, e in taken):
                    continue
                if group.label == "PER" and FIRST_NAME_BEFORE.search(text, max(0, start - 30), start):
                    continue  # 'Jager' in 'Jeroen de Jager' is part of another name
                taken.append((start, end))
                group.indexes.append(len(added))
                added.append(Mention(start, end, surface, mentions[group.indexes[0]].label))
        return added

    def _surfaces(self, group: Group, mentions: list[Mention]) -> set[str]:
        """The forms under which an entity may come back: its mentions and a person's surname."""
        surfaces = {mentions[i].text for i in group.indexes if len(mentions[i].text) >= 3}
        if group.voted_label() == "PER":
            full = max(surfaces, key=len, default="").split()
            if len(full) >= 2 and full[-1][:1].isupper() and full[0].casefold() not in NAME_PARTICLES:
                particles = []
                for word in reversed(full[:-1]):
                    if word not in NAME_PARTICLES:
                        break
                    particles.insert(0, word)
                surname = " ".join([*particles, full[-1]])
                surname = surname[:1].upper() + surname[1:]
                if re.fullmatch(r"[A-Z]\.", surname):
                    surfaces.add(surname)  # 'G.' after 'Delano G.'
                elif len(surname) >= 4 and not self.forms.known_other(surname):
                    surfaces |= {surname, surname + "s"}
        return surfaces


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` becomes `b` by one letter left out, added, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    if len(a) < len(b):
        return a[start:] == b[start + 1:]
    if a[start + 1:] == b[start + 1:]:
        return True
    return a[start:start + 2] == b[start + 1::-1][:2] and a[start + 2:] == b[start + 2:]


def double_surname_part(form: str, full_names: list[str]) -> bool:
    """'jorritsma' beside 'annemarie jorritsma-de vries', 'haddou' beside 'yasmina haddou-benali': the
    first part of a full name's double (hyphenated) surname, as articles shorten it."""
    return len(form) >= 3 and any(f" {form}-" in full for full in full_names)


def misspelt_surname(form: str, full_names: list[str]) -> bool:
    """'wintekorn' beside 'martin winterkorn': one word one edit from the surname of a full name
    of the group, long enough that a typo is likelier than another person."""
    if " " in form or len(form) < _MIN_MISSPELT:
        return False
    return any(" " in full and _one_edit(form, full.rsplit(" ", 1)[1]) for full in full_names)


def _joins_word(char: str) -> bool:
    return char.isalnum() or char in "_-"  # what the regex class [\w-] matches


def _standalone(text: str, surface: str) -> Iterator[tuple[int, int]]:
    """Where `surface` stands in `text` not glued to a word before it (nor after it, when it ends
    in a letter or digit), left to right without overlaps: a plain string search, because a
    regular expression per name of every article would be compiled anew each time."""
    check_after = surface[-1].isalnum()
    position = text.find(surface)
    while position >= 0:
        end = position + len(surface)
        if (position == 0 or not _joins_word(text[position - 1])) and not (
                check_after and end < len(text) and _joins_word(text[end])):
            yield position, end
            position = text.find(surface, end)
        else:
            position = text.find(surface, position + 1)
