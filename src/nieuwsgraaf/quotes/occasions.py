"""Speech occasions a speech clause names and the words that tell when they happened (issue #14 §1).

'zei Boric in zijn overwinningstoespraak' was said when he won, and the article says when that was
('Boric heeft zondag de verkiezingen gewonnen'); 'na dat telefoongesprek zei X' when the call was
('Biden belde woensdag met X'). The pairs are in data/lexicons/speech_occasions.tsv.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import resources


@dataclass(frozen=True)
class EventWords:
    """The words of a sentence that tells when an occasion happened: whole words and word ends."""

    exact: frozenset[str]
    endings: tuple[str, ...]

    def told_by(self, words: list[str]) -> bool:
        return any(word in self.exact or word.endswith(self.endings) for word in words)


@cache
def speech_occasions() -> dict[str, EventWords]:
    """Occasion noun (matched by a word's end) -> the words telling when it happened."""
    found = {}
    for number, fields in resources.lexicon_rows("speech_occasions.tsv"):
        if len(fields) != 2 or not fields[0] or not fields[1]:
            raise ValueError(f"speech_occasions.tsv:{number}: expected 'occasion<TAB>event words'")
        words = [w.strip().lower() for w in fields[1].split(",") if w.strip()]
        found[fields[0].lower()] = EventWords(frozenset(w for w in words if not w.startswith("-")),
                                              tuple(w[1:] for w in words if w.startswith("-")))
    return found


def named_occasion(words: list[str]) -> EventWords | None:
    """The event words of the first speech occasion among `words` ('overwinningsspeech'), if any."""
    occasions = speech_occasions()
    for word in words:
        for occasion, event in occasions.items():
            if word.endswith(occasion):
                return event
    return None
