"""Dependency decoding returns the best tree with one root child."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from nieuwsgraaf.nlp.trees import mst_heads


def is_tree(heads: list[int]) -> bool:
    for start in range(1, len(heads)):
        seen, node = set(), start
        while node != 0:
            if node in seen:
                return False
            seen.add(node)
            node = heads[node]
    return sum(1 for h in heads[1:] if h == 0) == 1


def brute_force(scores: np.ndarray) -> float:
    size = len(scores)
    best = -np.inf
    for heads in itertools.product(range(size), repeat=size - 1):
        candidate = [0, *heads]
        if any(h == d for d, h in enumerate(candidate) if d) or not is_tree(candidate):
            continue
        best = max(best, sum(scores[d, candidate[d]] for d in range(1, size)))
    return best


def test_greedy_answer_is_kept_when_it_is_a_tree():
    scores = np.array([[0, 0, 0], [5, 0, 1], [0, 4, 0]], dtype=float)
    assert mst_heads(scores) == [0, 0, 1]


def test_cycle_is_broken():
    # words 1 and 2 prefer each other; the root must take one of them
    scores = np.array([[0, 0, 0], [1, 0, 9], [2, 9, 0]], dtype=float)
    heads = mst_heads(scores)
    assert is_tree(heads)
    assert heads == [0, 2, 0]


def test_only_one_word_on_the_root():
    scores = np.array([[0, 0, 0, 0], [9, 0, 0, 0], [9, 0, 0, 0], [9, 0, 0, 0]], dtype=float)
    heads = mst_heads(scores)
    assert is_tree(heads)


@settings(max_examples=150, deadline=None)
@given(st.integers(2, 5).flatmap(
    lambda n: st.lists(st.floats(-5, 5, allow_nan=False), min_size=n * n, max_size=n * n)
    .map(lambda v, n=n: np.array(v).reshape(n, n))))
def test_decoder_finds_the_best_single_root_tree(scores):
    heads = mst_heads(scores)
    assert is_tree(heads)
    found = sum(scores[d, heads[d]] for d in range(1, len(heads)))
    assert found >= brute_force(scores) - 1e-6 or np.isclose(found, brute_force(scores))
