"""Well-formed BIO decoding of per-token label scores, and spans from tags."""

from __future__ import annotations

from functools import lru_cache

import numpy as np


def allowed_transitions(labels: list[str]) -> np.ndarray:
    """allowed[i, j]: may label j follow label i? (I-X only after B-X or I-X)."""
    size = len(labels)
    allowed = np.ones((size, size), dtype=bool)
    for j, label in enumerate(labels):
        if label.startswith("I-"):
            kind = label[2:]
            for i, before in enumerate(labels):
                allowed[i, j] = before in (f"B-{kind}", f"I-{kind}")
    return allowed


def allowed_starts(labels: list[str]) -> np.ndarray:
    return np.array([not label.startswith("I-") for label in labels])


@lru_cache(maxsize=8)
def _constraints(labels: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    return allowed_transitions(list(labels)), allowed_starts(list(labels))


def decode(log_probs: np.ndarray, labels: list[str]) -> list[str]:
    """Best label sequence under the BIO constraints (Viterbi over [tokens, labels])."""
    if len(log_probs) == 0:
        return []
    allowed, starts = _constraints(tuple(labels))
    best = log_probs.argmax(-1)
    if starts[best[0]] and allowed[best[:-1], best[1:]].all():
        return [labels[i] for i in best]  # the best label of every token already forms valid BIO
    penalty = np.where(allowed, 0.0, -1e9)
    score = log_probs[0] + np.where(starts, 0.0, -1e9)
    back = np.zeros(log_probs.shape, dtype=np.int64)
    for t in range(1, len(log_probs)):
        candidates = score[:, None] + penalty
        back[t] = candidates.argmax(0)
        score = candidates.max(0) + log_probs[t]
    best = [int(score.argmax())]
    for t in range(len(log_probs) - 1, 0, -1):
        best.append(int(back[t, best[-1]]))
    best.reverse()
    return [labels[i] for i in best]


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans, end exclusive; a stray I- opens a span."""
    out = []
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        inside = tag.startswith("I-") and kind == tag[2:]
        if start is not None and not inside:
            out.append((start, i, kind))
            start, kind = None, None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, kind = i, tag[2:]
    return out
