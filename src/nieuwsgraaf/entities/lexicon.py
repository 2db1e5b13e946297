"""Word lists for linking (data/lexicons/roles.tsv, titles.txt, actor_verbs.txt, name_heads.tsv,
common_surnames.txt, clause_openers.txt) and for the speakers of quotes (speaker_nouns.tsv)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .. import resources

_KINDS = {"PER", "ORG", "LOC", "MISC", "none"}
_WHERE = {"first", "last", "suffix"}
SPEAKER_NOUN_KINDS = ("office", "member", "institution", "body", "group")
_MIN_COMPOUND_PART = 3  # letters before the head of a compound: 'Actie' + 'groep', not 'Bank'
# The particles of a Dutch or German family name that a head word may follow: 'van der Meer'.
_SURNAME_PARTICLES = frozenset({"van", "der", "den", "ter", "ten", "von"})
_OFFICE_PREFIX = "prefix"  # speaker_nouns.tsv: 'vice' in 'vicepremier' makes another office


@dataclass(frozen=True)
class RoleWord:
    words: str
    roles: tuple[str, ...]
    of: tuple[str, ...]  # actor ids, '@adjective' or '@home'


@dataclass(frozen=True)
class NameHead:
    words: str  # lowercase
    where: str  # 'first', 'last' or 'suffix'
    kind: str  # PER, ORG, LOC, MISC or 'none' (a common noun, no name)


@dataclass(frozen=True)
class LinkLexicon:
    role_words: tuple[RoleWord, ...]
    titles: frozenset[str]
    actor_verbs: frozenset[str]
    name_heads: tuple[NameHead, ...] = ()
    common_surnames: frozenset[str] = frozenset()  # lowercase
    speaker_nouns: dict[str, str] = field(default_factory=dict)  # head noun -> SPEAKER_NOUN_KINDS
    clause_openers: frozenset[str] = frozenset()  # lowercase words never opening a name
    office_prefixes: frozenset[str] = frozenset()  # 'vice', 'oud-': a title with one is another office
    first_names: frozenset[str] = frozenset()  # lowercase, data/lexicons/first_names.tsv
    body_kind_nouns: dict[str, str] = field(default_factory=dict)  # 'partij' -> 'type:party' (body_kind_nouns.tsv)

    def kind_of_name(self, name: str) -> str | None:
        """The kind a name's head word tells ('Universiteit van X' ORG, 'NAVO-top' none), or None."""
        words = name.split()
        if not words:
            return None
        lowered = name.casefold()
        last = words[-1].casefold()
        for head in self.name_heads:
            # 'Universiteit van Amsterdam', and the hyphenated 'commissie-Van Dam'
            first = head.where == "first" and (
                lowered.startswith(head.words + " ") and len(words) > len(head.words.split())
                or lowered.startswith(head.words + "-") and name[len(head.words) + 1:][:1].isupper())
            final = head.where == "last" and last == head.words and len(words) > 1 and not _surname_of(words)
            suffix = head.where == "suffix" and last.endswith(head.words) and last != head.words
            if first or final or suffix:
                return head.kind
        return None

    def names_body_in_compound(self, word: str) -> bool:
        """'Actiegroep', 'Boerenbond': one capitalised word, a compound whose head is a noun that
        opens or ends an organisation's name (name_heads.tsv, ORG): the name goes on after it
        ('Actiegroep Voll Gass'), though the tagger may end it there."""
        lowered = word.casefold()
        if " " in word or not word[:1].isupper():
            return False
        return any(head.kind == "ORG" and head.where in ("first", "last") and " " not in head.words
                   and is_compound_of(lowered, head.words)
                   for head in self.name_heads)


def _surname_of(words: list[str]) -> bool:
    """'Bram van der Meer', 'Van den Berg', 'Ter Post': a head word after a surname's particles
    ('meer' of a lake, 'post' of a newspaper) is a family name, not what the head says."""
    before = [word.casefold() for word in words[:-1]]
    return before[-1] in _SURNAME_PARTICLES or before[-1] == "de" and before[-2:-1] == ["van"]


def is_compound_of(word: str, head: str) -> bool:
    """'Actiegroep' is a compound of 'groep': a longer word ending in it, with enough letters before it
    to be a word of its own ('Bank' is no compound of 'ank')."""
    word, head = word.casefold(), head.casefold()
    return word.endswith(head) and len(word) - len(head) >= _MIN_COMPOUND_PART


def _rows(path: Path, columns: int) -> list[tuple[int, list[str]]]:
    rows = list(resources.tsv_rows(path))
    for number, fields in rows:
        if len(fields) < columns:
            raise ValueError(f"{path}:{number}: expected {columns} tab-separated columns")
    return rows


@cache
def load_link_lexicon(folder: Path | None = None) -> LinkLexicon:
    folder = folder or resources.data_path("lexicons")
    role_words = [RoleWord(c[0].strip(), tuple(c[1].split("|")), tuple(c[2].split("|")))
                  for _, c in _rows(folder / "roles.tsv", 3)]
    heads = []
    path = folder / "name_heads.tsv"
    for number, columns in _rows(path, 3):
        head = NameHead(columns[0].strip().casefold(), columns[1].strip(), columns[2].strip())
        if head.where not in _WHERE or head.kind not in _KINDS:
            raise ValueError(f"{path}:{number}: bad position or kind")
        heads.append(head)
    surnames = frozenset(w.casefold() for w in _words(folder / "common_surnames.txt"))
    nouns, prefixes = _speaker_nouns(folder / "speaker_nouns.tsv")
    return LinkLexicon(tuple(role_words), _words(folder / "titles.txt") | {w.words for w in role_words},
                       _words(folder / "actor_verbs.txt"), tuple(heads), surnames, nouns,
                       frozenset(w.casefold() for w in _words(folder / "clause_openers.txt")), prefixes,
                       _first_names(folder / "first_names.tsv"), read_body_kind_nouns(folder / "body_kind_nouns.tsv"))


def read_body_kind_nouns(path: Path) -> dict[str, str]:
    """'partij' -> 'type:party': the nouns a bare 'de partij' reads as the body of that kind named before
    (body_kind_nouns.tsv; event_body_kind_nouns.tsv for event actors, described_actors.py)."""
    nouns = {}
    for number, columns in _rows(path, 2):
        test = columns[1].strip()
        if any(one.partition(":")[0] not in ("type", "name") or not one.partition(":")[2] for one in test.split("|")):
            raise ValueError(f"{path}:{number}: a test is type:T or name:W")
        nouns[columns[0].strip().casefold()] = test.casefold()
    return nouns


def _first_names(path: Path) -> frozenset[str]:
    """The first names of first_names.tsv (its first column), lowercase."""
    return frozenset(columns[0].strip().casefold() for _, columns in _rows(path, 1))


def _speaker_nouns(path: Path) -> tuple[dict[str, str], frozenset[str]]:
    """The head nouns by kind, and the prefixes that make a title another office."""
    nouns: dict[str, str] = {}
    prefixes = set()
    for number, columns in _rows(path, 2):
        kind, word = columns[0].strip(), columns[1].strip().casefold()
        if kind == _OFFICE_PREFIX:
            prefixes.add(word)
            continue
        if kind not in SPEAKER_NOUN_KINDS or word in nouns:
            raise ValueError(f"{path}:{number}: unknown kind or repeated word")
        nouns[word] = kind
    return nouns, frozenset(prefixes)


def _words(path: Path) -> frozenset[str]:
    lines = path.read_text("utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
