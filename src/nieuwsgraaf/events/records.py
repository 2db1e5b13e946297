"""The record the events stage's argument rules hand on: an event's argument words as parse tokens."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token


@dataclass(frozen=True)
class Arguments:
    sources: tuple[Token, ...] = ()
    targets: tuple[Token, ...] = ()
    location: Token | None = None
