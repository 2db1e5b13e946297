"""Loading the cleaning rules from data/lexicons into one immutable CleanRules record."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .. import resources

CHROME_KINDS = ("line", "prefix", "segment", "heading", "tail", "caption")


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class CleanRules:
    chrome: dict[str, tuple[re.Pattern[str], ...]]
    agencies: dict[str, str]
    months: dict[str, int]
    section_labels: tuple[str, ...]


def _data_lines(path: Path):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            yield number, line.split("\t")


def read_chrome(path: Path) -> dict[str, tuple[re.Pattern[str], ...]]:
    found: dict[str, list[re.Pattern[str]]] = {kind: [] for kind in CHROME_KINDS}
    for number, columns in _data_lines(path):
        if len(columns) < 2 or columns[0] not in found:
            raise LexiconError(f"{path}:{number}: expected 'kind<TAB>pattern' with kind in {CHROME_KINDS}")
        try:
            found[columns[0]].append(re.compile(columns[1], re.IGNORECASE))
        except re.error as error:
            raise LexiconError(f"{path}:{number}: bad pattern ({error})") from error
    return {kind: tuple(patterns) for kind, patterns in found.items()}


def read_mapping(path: Path, value_type=str) -> dict:
    mapping = {}
    for number, columns in _data_lines(path):
        if len(columns) < 2:
            raise LexiconError(f"{path}:{number}: expected two tab-separated columns")
        key = columns[0].strip()
        if key in mapping:
            raise LexiconError(f"{path}:{number}: duplicate entry {key!r}")
        try:
            mapping[key] = value_type(columns[1].strip())
        except ValueError as error:
            raise LexiconError(f"{path}:{number}: {error}") from error
    return mapping


def read_list(path: Path) -> tuple[str, ...]:
    return tuple(columns[0].strip() for _, columns in _data_lines(path))


@cache
def load_clean_rules(folder: Path | None = None) -> CleanRules:
    """Read every cleaning lexicon once; raises LexiconError naming a bad line."""
    folder = folder or resources.data_path("lexicons")
    return CleanRules(
        chrome=read_chrome(folder / "chrome.tsv"),
        agencies=read_mapping(folder / "agencies.tsv"),
        months=read_mapping(folder / "months.tsv", int),
        section_labels=read_list(folder / "section_labels.txt"),
    )
