"""The only code that knows where data/, models/ and schemas/ live.

The project is installed in editable mode, so these folders sit beside `src/`.
`NIEUWSGRAAF_HOME` points elsewhere (for example an unpacked release).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path


def project_root() -> Path:
    """Return the folder holding data/, models/ and schemas/."""
    override = os.environ.get("NIEUWSGRAAF_HOME")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2]


def data_path(*parts: str) -> Path:
    return project_root().joinpath("data", *parts)


def lexicon_path(name: str) -> Path:
    return data_path("lexicons", name)


def models_dir() -> Path:
    return project_root() / "models"


def schema_path(name: str = "document.schema.json") -> Path:
    return project_root() / "schemas" / name


def tsv_rows(path: Path):
    """(line number, tab-separated fields, each stripped) of a data file, comments and blank lines
    left out: the one reader of the project's TSV files."""
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            yield number, [field.strip() for field in line.split("\t")]


def lexicon_rows(name: str):
    """tsv_rows of a file in data/lexicons/."""
    return tsv_rows(lexicon_path(name))


@cache
def lexicon_words(name: str) -> frozenset[str]:
    """The first column of a word list in data/lexicons/, lower case ('army_nouns.txt')."""
    return frozenset(fields[0].lower() for _, fields in lexicon_rows(name))
