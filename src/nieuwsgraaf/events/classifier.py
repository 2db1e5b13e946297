"""Trigger words and their PLOVER type, learned on the encoder's vectors (issue #15).

A softmax regression over every content word of a sentence (verbs, nouns, adjectives as
participles, auxiliaries, names) and every trigger-lexicon hit: its 384-wide vector from the
encoder's last layer (`doc.tensor`, nlp/hidden.py), the types the lexicon allows it, its tag, and
two parse facts. It answers 'no event' or one of the 16 types. The weights are trained by
training/events/train_triggers.py on the development gold and ship beside the encoder they read
(models/<pipeline>/events/triggers.npz); a pipeline without them, or without vectors (the
rule-based fallback), keeps the lexicon alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import Token

from .lexicon import TYPES

CLASSES = ("NONE", *TYPES)
CANDIDATE_TAGS = ("VERB", "NOUN", "ADJ", "AUX", "PROPN")
WEIGHTS_FILE = Path("events") / "triggers.npz"


def is_candidate(token: Token, lexicon_hit: bool) -> bool:
    return lexicon_hit or token.pos_ in CANDIDATE_TAGS


def candidate_features(token: Token, lexicon_types: set[str]) -> np.ndarray:
    """The classifier's input for one word; `lexicon_types` are the types its lexicon entries allow."""
    prior = [kind in lexicon_types for kind in TYPES]
    tags = [token.pos_ == tag for tag in CANDIDATE_TAGS]
    parse = [bool(lexicon_types), token.dep_ == "ROOT", any(c.dep_.startswith("nsubj") for c in token.children)]
    extra = np.array(prior + tags + parse, dtype=np.float32)
    return np.concatenate([token.doc.tensor[token.i].astype(np.float32), extra])


@dataclass(frozen=True)
class TriggerClassifier:
    weights: np.ndarray  # [features, classes]
    bias: np.ndarray
    mean: np.ndarray  # standardisation of the training features
    scale: np.ndarray
    threshold: float  # least probability of 'some event' for a word to be a trigger

    @classmethod
    def load(cls, path: Path) -> TriggerClassifier:
        data = np.load(path)
        if tuple(str(c) for c in data["classes"]) != CLASSES:
            raise ValueError(f"{path}: trained for other event types than this version's")
        return cls(data["weights"], data["bias"], data["mean"], data["scale"], float(data["threshold"]))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, weights=self.weights, bias=self.bias, mean=self.mean, scale=self.scale,
                 threshold=np.float32(self.threshold), classes=np.array(CLASSES))

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """[words, classes] probabilities for a [words, features] matrix."""
        scores = ((features - self.mean) / self.scale) @ self.weights + self.bias
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def decide(self, features: np.ndarray) -> list[tuple[str | None, float]]:
        """Per word: its type (None: no event) and the probability that it is an event at all."""
        found = []
        for row in self.probabilities(features):
            event = 1.0 - float(row[0])
            kind = CLASSES[1 + int(row[1:].argmax())] if event >= self.threshold else None
            found.append((kind, event))
        return found


def train_softmax(features: np.ndarray, labels: np.ndarray, l2: float, epochs: int = 300,
                  rate: float = 0.05) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Weights, bias, mean and scale of a softmax regression (Adam, full batch, L2)."""
    mean, scale = features.mean(axis=0), features.std(axis=0) + 1e-6
    x = (features - mean) / scale
    n, width = x.shape
    weights = np.zeros((width, len(CLASSES)), np.float32)
    bias = np.zeros(len(CLASSES), np.float32)
    target = np.eye(len(CLASSES), dtype=np.float32)[labels]
    moments = [np.zeros_like(weights), np.zeros_like(weights), np.zeros_like(bias), np.zeros_like(bias)]
    for step in range(1, epochs + 1):
        scores = x @ weights + bias
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        error = (probs - target) / n
        for index, (param, grad) in enumerate(((weights, x.T @ error + l2 * weights), (bias, error.sum(axis=0)))):
            first, second = moments[2 * index], moments[2 * index + 1]
            first *= 0.9
            first += 0.1 * grad
            second *= 0.999
            second += 0.001 * grad ** 2
            param -= rate * (first / (1 - 0.9 ** step)) / (np.sqrt(second / (1 - 0.999 ** step)) + 1e-8)
    return weights, bias, mean.astype(np.float32), scale.astype(np.float32)
