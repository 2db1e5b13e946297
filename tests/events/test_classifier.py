"""The trigger classifier's arithmetic and file (events/classifier.py), and its place in the stage:
it keeps or drops the lexicon's triggers, may retype them, and may add words the lexicon lacks."""

from __future__ import annotations

import numpy as np
import pytest

from nieuwsgraaf.events.classifier import CLASSES, NEVER, TriggerClassifier, train_softmax
from nieuwsgraaf.events.component import find_event_mentions
from nieuwsgraaf.events.lexicon import load_event_lexicon
from nieuwsgraaf.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("nl_nieuwsgraaf_fast").nlp


def _always(doc, kind: str, keep: float = 0.0, add: float = NEVER, retype: bool = False) -> TriggerClassifier:
    """A classifier whose answer for every word is `kind` ('NONE': no event)."""
    width = 2 * doc.tensor.shape[1] + 26
    bias = np.zeros(len(CLASSES), np.float32)
    bias[CLASSES.index(kind)] = 10.0
    return TriggerClassifier(np.zeros((width, len(CLASSES)), np.float32), bias, np.zeros(width, np.float32),
                             np.ones(width, np.float32), keep, add, retype)


def test_softmax_regression_learns_separable_classes_and_survives_a_round_trip(tmp_path):
    rng = np.random.default_rng(1)
    labels = rng.integers(0, 3, 600)  # NONE, AGREE, CONSULT
    features = rng.normal(size=(600, 8)).astype(np.float32)
    features[np.arange(600), labels] += 4.0
    weights, bias, mean, scale = train_softmax(features, labels, l2=1e-3)
    classifier = TriggerClassifier(weights, bias, mean, scale, keep=0.5, add=0.5, retype=True)
    decided = classifier.decide(features, [True] * 600)
    expected = [None if label == 0 else CLASSES[label] for label in labels]
    assert np.mean([kind == want for (kind, _), want in zip(decided, expected, strict=True)]) > 0.95
    classifier.save(tmp_path / "events" / "triggers.npz")
    again = TriggerClassifier.load(tmp_path / "events" / "triggers.npz")
    # the same kinds and, up to float rounding (a matrix of 20 rows sums in another order than one
    # of 600), the same probabilities
    reloaded = again.decide(features[:20], [True] * 20)
    assert [kind for kind, _ in reloaded] == [kind for kind, _ in decided[:20]]
    assert np.allclose([p for _, p in reloaded], [p for _, p in decided[:20]], atol=1e-5)
    assert (again.keep, again.add, again.retype) == (0.5, 0.5, True)


def test_a_lexicon_hit_needs_keep_and_another_word_needs_add():
    features = np.zeros((2, 4), np.float32)
    bias = np.full(len(CLASSES), -30.0, np.float32)
    bias[0], bias[CLASSES.index("ACCUSE")] = 0.0, np.log(1.7)  # P(event) = P(ACCUSE) = 1.7 / 2.7
    classifier = TriggerClassifier(np.zeros((4, len(CLASSES)), np.float32), bias, np.zeros(4, np.float32),
                                   np.ones(4, np.float32), keep=0.5, add=0.8, retype=False)
    (kept, chance), (added, _) = classifier.decide(features, [True, False])
    assert (kept, added) == ("ACCUSE", None) and 0.62 < chance < 0.64


def test_weights_for_other_types_or_an_older_classifier_are_refused(tmp_path):
    path = tmp_path / "old.npz"
    np.savez(path, weights=np.zeros((2, 3)), bias=np.zeros(3), mean=np.zeros(2), scale=np.ones(2),
             threshold=np.float32(0.5), classes=np.array(["NONE", "FIGHT", "DEMAND"]))
    with pytest.raises(ValueError, match="other event types"):
        TriggerClassifier.load(path)
    np.savez(path, weights=np.zeros((2, 17)), bias=np.zeros(17), mean=np.zeros(2), scale=np.ones(2),
             threshold=np.float32(0.5), classes=np.array(CLASSES))
    with pytest.raises(ValueError, match="older trigger classifier"):
        TriggerClassifier.load(path)


def test_a_classifier_that_sees_no_event_leaves_the_lexicon_hits_out(nlp):
    doc = nlp("Poetin ontmoette Xi dinsdag in Moskou.")
    lexicon = load_event_lexicon()
    assert find_event_mentions(doc, lexicon)  # the lexicon alone finds the meeting
    assert find_event_mentions(doc, lexicon, _always(doc, "NONE", keep=0.5)) == []


def test_kept_triggers_keep_the_lexicon_type_unless_the_classifier_retypes(nlp):
    doc = nlp("Poetin ontmoette Xi dinsdag in Moskou.")
    lexicon = load_event_lexicon()
    alone = [(m.trigger.text, m.type) for m in find_event_mentions(doc, lexicon)]
    kept = [(m.trigger.text, m.type) for m in find_event_mentions(doc, lexicon, _always(doc, "ACCUSE"))]
    assert kept == alone == [("ontmoette", "CONSULT")]
    retyped = find_event_mentions(doc, lexicon, _always(doc, "ACCUSE", retype=True))
    assert [(m.trigger.text, m.type, m.mode) for m in retyped] == [("ontmoette", "ACCUSE", None)]


def test_a_word_outside_the_lexicon_becomes_a_trigger_only_at_the_add_threshold(nlp):
    doc = nlp("Macron omhelsde Scholz in Berlijn.")
    lexicon = load_event_lexicon()
    assert find_event_mentions(doc, lexicon) == []  # 'omhelzen' is no lexicon word
    assert find_event_mentions(doc, lexicon, _always(doc, "SUPPORT", add=NEVER)) == []
    added = find_event_mentions(doc, lexicon, _always(doc, "SUPPORT", add=0.5))
    assert ("omhelsde", "SUPPORT") in [(m.trigger.text, m.type) for m in added]
    hugged = next(m for m in added if m.trigger.text == "omhelsde")
    assert {a.role: a.text for a in hugged.arguments if a.role != "location"} == {"source": "Macron", "target": "Scholz"}
