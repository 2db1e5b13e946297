"""SpeakerRefs made from linked mentions: the words naming a speaker that are a mention themselves, and
the span of a mention a SpeakerRef stands for."""

from __future__ import annotations

from ..records import Mention, SpeakerRef


def span_of(mention: Mention | None) -> tuple[int, int] | None:
    return (mention.start, mention.end) if mention else None


def mention_ref(mention: Mention, kind: str = "mention") -> SpeakerRef:
    """The mention itself as the words naming a speaker."""
    return SpeakerRef(mention.start, mention.end, mention.text, kind, (mention.start, mention.end))
