"""What the constructions hand back: who said a quote (the words naming them), by which cue, to whom."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import SpeakerRef
from .marks import QuoteSpan


@dataclass(frozen=True)
class Attribution:
    speaker: SpeakerRef | None
    cue: str | None
    addressee: SpeakerRef | None = None

    @property
    def speaker_text(self) -> str | None:
        """The words naming the speaker; none when the speaker is only the person the text is about."""
        if self.speaker is None or self.speaker.kind == "salient":
            return None
        return self.speaker.text


def names_someone(speaker: SpeakerRef | None) -> bool:
    """Whether the words name a speaker at all: 'hij' with nobody named before does not."""
    return speaker is not None and not (speaker.kind in ("pronoun", "salient") and speaker.mention is None)


def is_anonymous(speaker: SpeakerRef) -> bool:
    """An unnamed source or a group that is tied to no named body ('een woordvoerder', 'de koning en
    koningin'): too weak to attribute a quote by any verb after it."""
    return speaker.kind in ("description", "group") and speaker.affiliation is None


@dataclass(frozen=True)
class Report:
    """Indirect speech: the reported words text[start:end] and their attribution."""

    start: int
    end: int
    attribution: Attribution


@dataclass(frozen=True)
class DirectQuote:
    """A quotation in marks and its attribution; `strength` ranks how it was attributed: 2 a cue
    of its own, 1 a continuation of the quote before, 0 the person the text is about."""

    span: QuoteSpan
    attribution: Attribution
    strength: int = 2
