"""Role descriptions and titles for linking (data/lexicons/roles.tsv, titles.txt)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .. import resources


@dataclass(frozen=True)
class RoleWord:
    words: str
    roles: tuple[str, ...]
    of: tuple[str, ...]  # actor ids, '@adjective' or '@home'


@dataclass(frozen=True)
class LinkLexicon:
    role_words: tuple[RoleWord, ...]
    titles: frozenset[str]
    actor_verbs: frozenset[str]


@cache
def load_link_lexicon(folder: Path | None = None) -> LinkLexicon:
    folder = folder or resources.data_path("lexicons")
    role_words = []
    path = folder / "roles.tsv"
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) < 3:
            raise ValueError(f"{path}:{number}: expected 'words<TAB>role<TAB>of'")
        role_words.append(RoleWord(columns[0].strip(), tuple(columns[1].split("|")), tuple(columns[2].split("|"))))
    return LinkLexicon(tuple(role_words), _words(folder / "titles.txt") | {w.words for w in role_words},
                       _words(folder / "actor_verbs.txt"))


def _words(path: Path) -> frozenset[str]:
    lines = path.read_text("utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
