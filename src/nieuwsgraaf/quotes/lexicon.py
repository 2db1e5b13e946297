"""Speech and cognition verbs for quote attribution (data/lexicons/speech_verbs.tsv)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .. import resources

FRAMES = ("te", "small")


@dataclass(frozen=True)
class QuoteLexicon:
    verbs: dict[str, str]  # form -> lemma; a separable verb as 'gaf ... toe'
    verb_pattern: str  # regex alternation of the forms a cue starts with, longest first
    frames: dict[str, frozenset[str]]  # lemma -> the complements it reports besides 'dat' (FRAMES)
    particles: dict[str, frozenset[str]]  # finite form of a separable verb -> its particles

    def lemma(self, form: str) -> str | None:
        return self.verbs.get(form) or self.verbs.get(form.lower())

    def takes(self, form: str, frame: str) -> bool:
        """Whether the verb `form` reports a complement of kind `frame` ('te', 'small')."""
        lemma = self.lemma(form)
        return lemma is not None and frame in self.frames.get(lemma, ())

    def is_separable(self, form: str) -> bool:
        """A finite form that is only a cue together with its particle ('gaf … toe')."""
        return form in self.particles and form not in self.verbs


def _alternation(forms) -> str:
    return "|".join(re.escape(v) for v in sorted(set(forms), key=len, reverse=True))


@cache
def load_quote_lexicon(folder: Path | None = None) -> QuoteLexicon:
    folder = folder or resources.data_path("lexicons")
    path = folder / "speech_verbs.tsv"
    verbs: dict[str, str] = {}
    frames: dict[str, set[str]] = {}
    particles: dict[str, set[str]] = {}
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = [c.strip() for c in line.split("\t")]
        if len(columns) not in (2, 3) or not columns[0] or not columns[1]:
            raise ValueError(f"{path}:{number}: expected 'form<TAB>lemma[<TAB>frames]'")
        form, lemma = columns[0], columns[1]
        wanted = {f.strip() for f in columns[2].split(",") if f.strip()} if len(columns) == 3 else set()
        if wanted - set(FRAMES):
            raise ValueError(f"{path}:{number}: unknown frame {sorted(wanted - set(FRAMES))}")
        frames.setdefault(lemma, set()).update(wanted)
        if " ... " in form:
            finite, particle = form.split(" ... ")
            particles.setdefault(finite, set()).add(particle)
        verbs[form] = lemma
    starts = [f for f in verbs if " ... " not in f] + list(particles)
    return QuoteLexicon(
        verbs,
        _alternation(starts),
        {lemma: frozenset(found) for lemma, found in frames.items()},
        {finite: frozenset(found) for finite, found in particles.items()},
    )
