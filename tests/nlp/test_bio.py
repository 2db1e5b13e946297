"""BIO decoding: the best sequence never has an I- tag that does not continue its entity."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from nieuwsgraaf.nlp import bio

LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"]


def test_spans_from_tags():
    tags = ["B-PER", "I-PER", "O", "B-ORG", "B-ORG", "I-ORG"]
    assert bio.spans(tags) == [(0, 2, "PER"), (3, 4, "ORG"), (4, 6, "ORG")]


def test_stray_inside_tag_opens_an_entity():
    assert bio.spans(["O", "I-PER", "I-PER"]) == [(1, 3, "PER")]


def test_decoder_repairs_an_inside_tag_after_outside():
    log_probs = np.log(np.array([
        [0.9, 0.05, 0.01, 0.02, 0.02],   # O
        [0.1, 0.3, 0.5, 0.05, 0.05],     # argmax I-PER, but O came before
    ]))
    assert bio.decode(log_probs, LABELS) == ["O", "B-PER"]


def test_decoder_does_not_switch_entity_type_inside():
    log_probs = np.log(np.array([
        [0.05, 0.05, 0.05, 0.8, 0.05],   # B-ORG
        [0.05, 0.05, 0.6, 0.05, 0.25],   # I-PER is best alone, I-ORG is allowed
    ]))
    assert bio.decode(log_probs, LABELS) == ["B-ORG", "I-ORG"]


@given(st.lists(st.lists(st.floats(-20, 0), min_size=5, max_size=5), max_size=30))
def test_decoded_tags_are_always_well_formed(rows):
    tags = bio.decode(np.array(rows, dtype=float).reshape(-1, 5), LABELS)
    assert len(tags) == len(rows)
    for before, tag in zip(["O", *tags], tags, strict=False):
        if tag.startswith("I-"):
            assert before[2:] == tag[2:]
