"""Speech and cognition verbs for quote attribution (data/lexicons/speech_verbs.tsv)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .. import resources


@dataclass(frozen=True)
class QuoteLexicon:
    verbs: dict[str, str]  # form -> lemma
    verb_pattern: str  # regex alternation of the forms, longest first


@cache
def load_quote_lexicon(folder: Path | None = None) -> QuoteLexicon:
    folder = folder or resources.data_path("lexicons")
    path = folder / "speech_verbs.tsv"
    verbs = {}
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) != 2:
            raise ValueError(f"{path}:{number}: expected 'form<TAB>lemma'")
        verbs[columns[0].strip()] = columns[1].strip()
    pattern = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return QuoteLexicon(verbs, pattern)
