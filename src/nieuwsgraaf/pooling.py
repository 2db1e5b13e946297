"""How an article vector is pooled from an encoder's word vectors: what story threading compares.

A sentence's vector is the mean of its words' (or pieces') vectors from the encoder's last hidden
layer; an article's is the unit-length mean of its first sentences' vectors, since the title and
the lead carry the happening. Two places pool this way: the stories stage, which runs its own pass
of the vector model's encoder (stories/vectors.py), and the NLP stage, which pools the word
vectors its encoder has already written (nlp/adapter.py), so that a pipeline whose encoder is the
vector model needs no second pass.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import numpy as np

# 12 sentences: dev stories B-cubed F1 0.915 against 0.901 with 8 (each at its best threshold);
# the whole text costs about twice the time for no better separation
MAX_SENTENCES = 12
MAX_PIECES = 2000
PIECES_PER_WORD = 2  # about two pieces a word in Dutch news

Sentence = TypeVar("Sentence")


def lead_sentences(sentences: Sequence[Sentence], words: Callable[[Sentence], int],
                   max_sentences: int = MAX_SENTENCES, max_pieces: int = MAX_PIECES) -> list[Sentence]:
    """The first sentences, up to `max_sentences` and about `max_pieces` pieces (the sentence that
    crosses the limit is kept)."""
    chosen, total = [], 0
    for sentence in sentences[:max_sentences]:
        total += words(sentence)
        chosen.append(sentence)
        if total * PIECES_PER_WORD > max_pieces:
            break
    return chosen


def unit_mean(sentence_vectors: np.ndarray) -> np.ndarray | None:
    """The unit-length mean of the rows; None when there are none or they cancel out."""
    if not len(sentence_vectors):
        return None
    mean = sentence_vectors.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return (mean / norm).astype(np.float32) if norm else None


def vector_to_bytes(vector: np.ndarray) -> bytes:
    """As stored: float16 little-endian (768 bytes at width 384)."""
    return vector.astype("<f2").tobytes()
