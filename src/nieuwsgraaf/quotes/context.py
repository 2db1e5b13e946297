"""One article as the constructions read it: its text and sentences, the rules, the speaker words."""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import QuoteLexicon
from .rules import QuoteRules
from .speaker_words import SpeakerReader


@dataclass(frozen=True)
class Context:
    text: str
    sentences: tuple[tuple[int, int], ...]
    rules: QuoteRules
    reader: SpeakerReader
    # The attributed direct quotes (marks included): no cue inside one starts a report.
    quoted: tuple[tuple[int, int], ...] = ()

    @property
    def lexicon(self) -> QuoteLexicon:
        return self.rules.lexicon

    def sentence_of(self, position: int) -> tuple[int, int] | None:
        """The (start, end) of the sentence `position` is in."""
        return next(((s, e) for s, e in self.sentences if s <= position < e), None)

    def in_quote(self, position: int) -> bool:
        return any(a <= position < b for a, b in self.quoted)
