"""The trigger classifier's arithmetic and file (events/classifier.py), and its place in the stage."""

from __future__ import annotations

import numpy as np
import pytest

from nieuwsgraaf.events.classifier import CLASSES, TriggerClassifier, train_softmax
from nieuwsgraaf.events.component import find_event_mentions
from nieuwsgraaf.events.lexicon import load_event_lexicon
from nieuwsgraaf.nlp import load_pipeline


def test_softmax_regression_learns_separable_classes_and_survives_a_round_trip(tmp_path):
    rng = np.random.default_rng(1)
    labels = rng.integers(0, 3, 600)  # NONE, AGREE, CONSULT
    features = rng.normal(size=(600, 8)).astype(np.float32)
    features[np.arange(600), labels] += 4.0
    weights, bias, mean, scale = train_softmax(features, labels, l2=1e-3)
    classifier = TriggerClassifier(weights, bias, mean, scale, threshold=0.5)
    decided = classifier.decide(features)
    expected = [None if label == 0 else CLASSES[label] for label in labels]
    assert np.mean([kind == want for (kind, _), want in zip(decided, expected, strict=True)]) > 0.95
    classifier.save(tmp_path / "events" / "triggers.npz")
    again = TriggerClassifier.load(tmp_path / "events" / "triggers.npz")
    assert again.decide(features[:20]) == decided[:20]


def test_weights_for_other_types_are_refused(tmp_path):
    path = tmp_path / "old.npz"
    np.savez(path, weights=np.zeros((2, 3)), bias=np.zeros(3), mean=np.zeros(2), scale=np.ones(2),
             threshold=np.float32(0.5), classes=np.array(["NONE", "FIGHT", "DEMAND"]))
    with pytest.raises(ValueError, match="other event types"):
        TriggerClassifier.load(path)


def test_a_classifier_that_sees_no_event_leaves_the_lexicon_hits_out():
    nlp = load_pipeline("nl_nieuwsgraaf_fast").nlp
    doc = nlp("Poetin ontmoette Xi dinsdag in Moskou.")
    lexicon = load_event_lexicon()
    assert find_event_mentions(doc, lexicon)  # the lexicon alone finds the meeting
    width = doc.tensor.shape[1] + 24
    bias = np.zeros(len(CLASSES), np.float32)
    bias[0] = 10.0  # 'no event' always wins
    silent = TriggerClassifier(np.zeros((width, len(CLASSES)), np.float32), bias,
                               np.zeros(width, np.float32), np.ones(width, np.float32), 0.5)
    assert find_event_mentions(doc, lexicon, silent) == []
