"""Trigger words and their PLOVER type, learned on the encoder's vectors (issue #15).

A softmax regression over every content word of a sentence (verbs, nouns, adjectives as
participles, auxiliaries, names) and every trigger-lexicon hit: its 384-wide vector from the
encoder's last layer (`doc.tensor`, nlp/hidden.py), the mean vector of its sentence, the types
the lexicon allows it, its tag and a few parse facts. It answers 'no event' or one of the 16
types. It works beside the lexicon, not instead of it: a lexicon trigger stays when the
probability of some event reaches `keep` (and takes the classifier's type when `retype`), another
word becomes a trigger only when that probability reaches `add`. The weights are trained by
training/events/train_triggers.py and ship beside the encoder they read
(models/<pipeline>/events/triggers.npz); a pipeline without them, or without vectors (the
rule-based fallback), keeps the lexicon alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import Span, Token

from .lexicon import TYPES

CLASSES = ("NONE", *TYPES)
CANDIDATE_TAGS = ("VERB", "NOUN", "ADJ", "AUX", "PROPN")
ACTOR_LABELS = frozenset({"PER", "ORG", "LOC", "MISC"})
WEIGHTS_FILE = Path("events") / "triggers.npz"
NEVER = 1.01  # a threshold no probability reaches


def is_candidate(token: Token, lexicon_hit: bool) -> bool:
    return lexicon_hit or token.pos_ in CANDIDATE_TAGS


def sentence_vector(sent: Span) -> np.ndarray:
    """The mean of the sentence's word vectors: what the sentence is about, beside the word."""
    return sent.doc.tensor[sent.start:sent.end].astype(np.float32).mean(axis=0)


def _names_an_actor(token: Token) -> bool:
    return token.ent_type_ in ACTOR_LABELS or token.pos_ == "PROPN"


def candidate_features(token: Token, lexicon_types: set[str], context: np.ndarray) -> np.ndarray:
    """The classifier's input for one word; `lexicon_types` are the types its lexicon entries
    allow, `context` its sentence's vector (sentence_vector)."""
    prior = [kind in lexicon_types for kind in TYPES]
    tags = [token.pos_ == tag for tag in CANDIDATE_TAGS]
    children = list(token.children)
    parse = [bool(lexicon_types), token.dep_ == "ROOT", any(c.dep_.startswith("nsubj") for c in children),
             any(c.dep_ in ("obj", "iobj", "obl", "obl:arg", "nmod") and _names_an_actor(c) for c in children),
             any(c.dep_.startswith("nsubj") and _names_an_actor(c) for c in children)]
    extra = np.array(prior + tags + parse, dtype=np.float32)
    return np.concatenate([token.doc.tensor[token.i].astype(np.float32), context, extra])


@dataclass(frozen=True)
class TriggerClassifier:
    weights: np.ndarray  # [features, classes]
    bias: np.ndarray
    mean: np.ndarray  # standardisation of the training features
    scale: np.ndarray
    keep: float  # least probability of 'some event' for a lexicon trigger to stay
    add: float  # least probability of 'some event' for any other word to become a trigger
    retype: bool  # a kept lexicon trigger takes the classifier's type, not the lexicon's

    @classmethod
    def load(cls, path: Path) -> TriggerClassifier:
        data = np.load(path)
        if tuple(str(c) for c in data["classes"]) != CLASSES:
            raise ValueError(f"{path}: trained for other event types than this version's")
        if "keep" not in data:
            raise ValueError(f"{path}: weights of an older trigger classifier (retrain them)")
        return cls(data["weights"], data["bias"], data["mean"], data["scale"], float(data["keep"]),
                   float(data["add"]), bool(data["retype"]))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, weights=self.weights, bias=self.bias, mean=self.mean, scale=self.scale,
                 keep=np.float32(self.keep), add=np.float32(self.add), retype=np.bool_(self.retype),
                 classes=np.array(CLASSES))

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """[words, classes] probabilities for a [words, features] matrix."""
        scores = ((features - self.mean) / self.scale) @ self.weights + self.bias
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def decide(self, features: np.ndarray, lexicon_hits: list[bool]) -> list[tuple[str | None, float]]:
        """Per word: its most likely type (None: no trigger) and the probability that it is an
        event at all; a lexicon hit needs `keep`, any other word `add`."""
        found = []
        for row, known in zip(self.probabilities(features), lexicon_hits, strict=True):
            event = 1.0 - float(row[0])
            kind = CLASSES[1 + int(row[1:].argmax())] if event >= (self.keep if known else self.add) else None
            found.append((kind, event))
        return found


def train_softmax(features: np.ndarray, labels: np.ndarray, l2: float, epochs: int = 300,
                  rate: float = 0.05, sample_weight: np.ndarray | None = None
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Weights, bias, mean and scale of a softmax regression (Adam, full batch, L2); rows may be
    weighted (`sample_weight`, e.g. less for examples in other languages)."""
    mean, scale = features.mean(axis=0), features.std(axis=0) + 1e-6
    x = (features - mean) / scale
    n, width = x.shape
    row_weight = (np.ones(n, np.float32) if sample_weight is None else sample_weight.astype(np.float32))[:, None]
    weights = np.zeros((width, len(CLASSES)), np.float32)
    bias = np.zeros(len(CLASSES), np.float32)
    target = np.eye(len(CLASSES), dtype=np.float32)[labels]
    moments = [np.zeros_like(weights), np.zeros_like(weights), np.zeros_like(bias), np.zeros_like(bias)]
    for step in range(1, epochs + 1):
        scores = x @ weights + bias
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        error = row_weight * (probs - target) / row_weight.sum()
        for index, (param, grad) in enumerate(((weights, x.T @ error + l2 * weights), (bias, error.sum(axis=0)))):
            first, second = moments[2 * index], moments[2 * index + 1]
            first *= 0.9
            first += 0.1 * grad
            second *= 0.999
            second += 0.001 * grad ** 2
            param -= rate * (first / (1 - 0.9 ** step)) / (np.sqrt(second / (1 - 0.999 ** step)) + 1e-8)
    return weights, bias, mean.astype(np.float32), scale.astype(np.float32)
