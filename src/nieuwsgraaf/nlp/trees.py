"""Maximum spanning dependency trees from arc scores (Chu-Liu/Edmonds).

scores[d, h] is the score of word h heading word d; index 0 is the root. The
result has exactly one word attached to the root, as UD trees do.
"""

from __future__ import annotations

import numpy as np

NEG = -1e18


def mst_heads(scores: np.ndarray, root_candidates: int = 5) -> list[int]:
    """heads[d] for d in 1..n (heads[0] is 0): the best tree with a single root child.

    Each of the `root_candidates` words that score highest as the root's child is
    tried as its only child; with at least as many candidates as words this is exact.
    """
    size = scores.shape[0]
    if size <= 1:
        return [0] * size
    s = np.array(scores, dtype=np.float64)
    np.fill_diagonal(s, NEG)
    s[0, :] = NEG
    greedy = s.argmax(axis=1)
    greedy[0] = 0
    if int((greedy[1:] == 0).sum()) == 1 and not _find_cycle(greedy):
        return [int(h) for h in greedy]  # every word's best head already makes a tree: it is the best one
    unconstrained = _chu_liu_edmonds(s.copy())
    unconstrained[0] = 0
    if int((unconstrained[1:] == 0).sum()) == 1:
        return [int(h) for h in unconstrained]  # the best tree of all already has a single root child
    candidates = 1 + np.argsort(-s[1:, 0])[:root_candidates]
    best, best_heads = -np.inf, None
    for child in candidates:
        trial = s.copy()
        trial[1:, 0] = NEG
        trial[child, 0] = s[child, 0]
        heads = _chu_liu_edmonds(trial)
        heads[0] = 0
        total = trial[np.arange(1, size), heads[1:]].sum()
        if total > best:
            best, best_heads = total, heads
    return [int(h) for h in best_heads]


def _chu_liu_edmonds(s: np.ndarray) -> np.ndarray:
    size = s.shape[0]
    heads = s.argmax(axis=1)
    heads[0] = -1
    cycle = _find_cycle(heads)
    if not cycle:
        return heads
    cycle = np.array(cycle)
    in_cycle = np.zeros(size, dtype=bool)
    in_cycle[cycle] = True
    outside = np.flatnonzero(~in_cycle)  # starts with the root, which is never in a cycle
    node = len(outside)  # the contracted cycle's index in the smaller problem
    small = np.full((node + 1, node + 1), NEG)
    small[:node, :node] = s[np.ix_(outside, outside)]
    # arcs from the cycle to an outside dependent: its best head inside the cycle
    from_cycle = s[np.ix_(outside, cycle)]
    best_inside = from_cycle.argmax(axis=1)
    small[:node, node] = from_cycle[np.arange(node), best_inside]
    # arcs into the cycle: gain of replacing one cycle arc by an outside head
    gains = s[np.ix_(cycle, outside)] - s[cycle, heads[cycle]][:, None]
    best_enter = gains.argmax(axis=0)
    small[node, :node] = gains[best_enter, np.arange(node)]
    np.fill_diagonal(small, NEG)
    small[0, :] = NEG
    small_heads = _chu_liu_edmonds(small)
    result = np.full(size, -1)
    result[cycle] = heads[cycle]
    entering_head = int(small_heads[node])
    result[cycle[best_enter[entering_head]]] = outside[entering_head]
    others = small_heads[1:node]
    result[outside[1:]] = np.where(others == node, cycle[best_inside[1:]], outside[np.minimum(others, node - 1)])
    return result


def _find_cycle(heads: np.ndarray) -> list[int]:
    size = len(heads)
    state = [0] * size  # 0 new, 1 on the current path, 2 done
    for start in range(1, size):
        path = []
        node = start
        while node > 0 and state[node] == 0:
            state[node] = 1
            path.append(node)
            node = int(heads[node])
        if node > 0 and state[node] == 1:
            return path[path.index(node):]
        for p in path:
            state[p] = 2
    return []
