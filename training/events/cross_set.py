"""Learned trigger decisions measured across sets only: train on some development sets, score the
stage on another (docs/events.md §11). Never in sample, never the blind set.

For each direction (by default each development set, dev4 included, scored by a model trained on
the others; with --pairs the two one-set directions dev -> dev2 and dev2 -> dev of the first tries)
and each variant, every choice (L2 weight, thresholds) is made by 5-fold cross-validation over the
training set's articles; the other set is scored once, by simulating the stage from its lexicon run
(train_triggers.simulate; on the lexicon stage itself this gives exactly bench/evaluate_events.py's
counts). Variants:
- joint: the 17-way classifier of events/classifier.py (keep, add, retype), as train_triggers.py trains it;
- keep: a binary head trained only on the lexicon stage's own events (right type or not), which
  drops those below a threshold: precision alone.
Beside each: the paired bootstrap interval (95 %, articles resampled) of the gain over the
lexicon stage, and with --sentence-types how often a sentence classifier trained on the English
and Spanish PLOVER data and the NGEC stories alone gives a Dutch gold event's type.
Usage: python training/events/cross_set.py --cache /tmp/events-cache [--pairs] [--sentence-types]
"""

from __future__ import annotations

import argparse
import csv
import io
import pickle
import zipfile
from pathlib import Path

import numpy as np
from stage_runs import SETS
from train_triggers import (
    ADDS,
    KEEPS,
    L2_CHOICES,
    OLD_NAMES,
    SHARED_DATA,
    Words,
    collect,
    cross_validate,
    fit,
    foreign_sentences,
    simulate,
)

from evaluate_events import Tally
from nieuwsgraaf.events.classifier import CLASSES, train_softmax
from nieuwsgraaf.events.lexicon import TYPES
from nieuwsgraaf.nlp import load_pipeline

KEEP_L2 = (0.03, 0.3, 1.0, 3.0)
KEEP_THRESHOLDS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
NO_FOREIGN = (np.zeros((0, 1)), np.zeros(0, int))


def f1_of(counts) -> float:
    return 2 * counts["tp"] / (2 * counts["tp"] + counts["fp"] + counts["fn"]) if counts["tp"] else 0.0


def lexicon_events(words: Words) -> list[dict]:
    return [{"span": (start, start + 1), "type": kind} for start, kind in words.events.items()]


def tallies_of(data: list[Words], systems: list[list[dict]]) -> list[Tally]:
    found = []
    for words, system in zip(data, systems, strict=True):
        tally = Tally()
        tally.add(words.gold, system)
        found.append(tally)
    return found


def total_of(tallies: list[Tally]) -> Tally:
    total = Tally()
    for tally in tallies:
        total.counts.update(tally.counts)
        for kind, counts in tally.per_type.items():
            total.per_type[kind].update(counts)
    return total


def bootstrap(base: list[Tally], other: list[Tally], rounds: int = 2000, counts: str = "") -> tuple[float, float]:
    """95 % interval of F1(other) - F1(base) with the articles resampled; `counts` names another F1's
    counts by their prefix ('triple_': triple_tp, triple_fp, triple_fn)."""
    rng = np.random.default_rng(15)
    keys = ("tp", "fp", "fn")
    a = np.array([[t.counts[counts + k] for k in keys] for t in base], float)
    b = np.array([[t.counts[counts + k] for k in keys] for t in other], float)
    gains = []
    for _ in range(rounds):
        pick = rng.integers(0, len(a), len(a))
        gains.append(f1_of(dict(zip(keys, b[pick].sum(0), strict=True))) - f1_of(dict(zip(keys, a[pick].sum(0), strict=True))))
    return float(np.percentile(gains, 2.5)), float(np.percentile(gains, 97.5))


def best_decisions(words: list[Words], probabilities: list[np.ndarray]) -> tuple[float, float, float, bool]:
    """(F1, keep, add, retype): the stage's decisions that score best on `words` under these probabilities."""
    best = None
    for retype in (False, True):
        for keep in KEEPS:
            for add in (0.3, 0.4, *ADDS):
                systems = [simulate(d, p, keep, add, retype) for d, p in zip(words, probabilities, strict=True)]
                f1 = f1_of(total_of(tallies_of(words, systems)).counts)
                if best is None or f1 > best[0]:
                    best = (f1, keep, add, retype)
    return best


def joint(train: list[Words], test: list[Words]) -> list[list[dict]]:
    best = None
    for l2 in L2_CHOICES:
        f1, keep, add, retype = best_decisions(train, cross_validate(train, NO_FOREIGN, 0.0, l2))
        if best is None or f1 > best[0]:
            best = (f1, l2, keep, add, retype)
    _, l2, keep, add, retype = best
    model = fit(train, NO_FOREIGN, 0.0, l2)
    print(f"    joint: chosen by 5-fold CV l2 {l2:g}, keep {keep}, add {add}, retype {retype} (CV F1 {best[0]:.3f})")
    return [simulate(d, model.probabilities(d.features), keep, add, retype) for d in test]


def _stage_rows(words: Words) -> list[tuple[int, int]]:
    """(candidate index, 1 when right) for each lexicon event of the stage."""
    index = {span[0]: i for i, span in enumerate(words.spans)}
    rows = []
    for start, kind in words.events.items():
        i = index.get(start)
        if i is not None and words.lexicon[i]:
            right = any(g["type"] == kind and g["span"][0] < words.spans[i][1] and words.spans[i][0] < g["span"][1]
                        for g in words.gold)
            rows.append((i, int(right)))
    return rows


def _keep_fit(data: list[Words], l2: float):
    rows = [(d.features[i], right) for d in data for i, right in _stage_rows(d)]
    return train_softmax(np.stack([r[0] for r in rows]), np.array([r[1] for r in rows]), l2)


def _keep_system(words: Words, model, keep: float) -> list[dict]:
    weights, bias, mean, scale = model
    right = {}
    for i, _ in _stage_rows(words):
        scores = ((words.features[i] - mean) / scale) @ weights[:, :2] + bias[:2]
        right[words.spans[i][0]] = 1.0 / (1.0 + np.exp(scores[0] - scores[1]))
    return [e for e in lexicon_events(words) if right.get(e["span"][0], 1.0) >= keep]


def keep_head(train: list[Words], test: list[Words]) -> list[list[dict]]:
    best = None
    for l2 in KEEP_L2:
        models = [_keep_fit([d for i, d in enumerate(train) if i % 5 != fold], l2) for fold in range(5)]
        for keep in KEEP_THRESHOLDS:
            systems = [_keep_system(d, models[i % 5], keep) for i, d in enumerate(train)]
            f1 = f1_of(total_of(tallies_of(train, systems)).counts)
            if best is None or f1 > best[0]:
                best = (f1, l2, keep)
    _, l2, keep = best
    print(f"    keep: chosen by 5-fold CV l2 {l2:g}, keep {keep} (CV F1 {best[0]:.3f})")
    model = _keep_fit(train, l2)
    return [_keep_system(d, model, keep) for d in test]


def sentence_types(model: str, sets: dict[str, list[Words]], cache: Path) -> None:
    """How often a sentence classifier trained only on English and Spanish data types Dutch events."""
    path = cache / "sentence_vectors.pkl"
    if path.is_file():
        labels, vectors = pickle.loads(path.read_bytes())
    else:
        items = []
        archive = zipfile.ZipFile(SHARED_DATA / "ngec" / "gpt_synthetic_events_2023-10-19_19.csv.zip")
        for row in csv.DictReader(io.TextIOWrapper(archive.open(archive.namelist()[0]), "utf-8")):
            items.append((row["text"][:1500], OLD_NAMES.get(row["label"], row["label"])))
        items += [(text, triggers[0][1]) for text, triggers in foreign_sentences() if triggers]
        items = [(text, kind) for text, kind in items if kind in TYPES and text]
        nlp = load_pipeline(model).nlp
        vectors = np.stack([doc.tensor.mean(axis=0) for doc in nlp.pipe((t for t, _ in items), batch_size=32)])
        labels = np.array([CLASSES.index(kind) for _, kind in items])
        path.write_bytes(pickle.dumps((labels, vectors)))
    weights, bias, mean, scale = train_softmax(vectors, labels, 1e-2)
    width = vectors.shape[1]
    for name, data in sets.items():
        rows = [(d.features[i, width:2 * width], d.labels[i]) for d in data for i in range(len(d.spans)) if d.labels[i]]
        scores = ((np.stack([r[0] for r in rows]) - mean) / scale) @ weights[:, 1:] + bias[1:]
        right = sum(1 + int(s.argmax()) == label for s, (_, label) in zip(scores, rows, strict=True))
        print(f"  {name}: the sentence type from {len(labels)} English/Spanish texts is the gold type for "
              f"{right} of {len(rows)} gold triggers")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="nl_nieuwsgraaf_accurate")
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--runs", type=Path, help="dates.py's cache of parsed Docs: the stage reruns on them")
    parser.add_argument("--pairs", action="store_true", help="train on one set: dev -> dev2 and dev2 -> dev")
    parser.add_argument("--sentence-types", action="store_true")
    args = parser.parse_args()
    names = ("dev", "dev2") if args.pairs else tuple(SETS)
    sets = {name: collect(args.model, name, args.cache, args.runs) for name in names}
    directions = [((train,), test) for train, test in (("dev", "dev2"), ("dev2", "dev"))] if args.pairs else \
        [(tuple(n for n in names if n != test), test) for test in names]
    for train_names, test in directions:
        train = [words for name in train_names for words in sets[name]]
        print(f"train on {'+'.join(train_names)} ({len(train)} articles), score on {test}:")
        base = tallies_of(sets[test], [lexicon_events(d) for d in sets[test]])
        print(total_of(base).line("lexicon"))
        for name, variant in (("joint", joint), ("keep", keep_head)):
            other = tallies_of(sets[test], variant(train, sets[test]))
            low, high = bootstrap(base, other)
            print(f"{total_of(other).line(name)}  gain {f1_of(total_of(other).counts) - f1_of(total_of(base).counts):+.3f} "
                  f"[{low:+.3f}, {high:+.3f}]", flush=True)
    if args.sentence_types:
        sentence_types(args.model, sets, args.cache)


if __name__ == "__main__":
    main()
