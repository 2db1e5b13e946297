"""A parsed sentence written by hand in a test: words with their heads, relations, tags and entity
labels, so a rule over the tree is tested without the model's parse."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc


def tagged(words: list[str], heads: list[int], deps: list[str], pos: list[str], ents: list[str] | None = None) -> Doc:
    """A Doc of `words` parsed as given (`ents` in IOB form; none when left out)."""
    return Doc(spacy.blank("nl").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents or ["O"] * len(words))
