"""Train the events stage's trigger classifier (src/nieuwsgraaf/events/classifier.py) for one pipeline.

The classifier re-scores the trigger lexicon's words (drop, and optionally retype) and may add
words the lexicon lacks. Training data: the Dutch event gold of the sets named by --train (every
content word and lexicon hit of their articles, labelled with the gold type of the event whose
trigger it overlaps, else 'no event'), and with --foreign the English PLOVER gold sentences
(../shared/data/plover) and the Spanish coded events (../shared/data/plover-es), their trigger
words labelled, read through the same multilingual encoder.

The L2 weight, the weight of the foreign rows and the three decisions (keep, add, retype) are
chosen by 5-fold cross-validation over the training articles, scoring the stage's own output as
bench/evaluate_events.py does: a lexicon event of the stage is kept or dropped (and retyped), an
added word counts only where the stage, given it as a trigger, finds an actor the entity stage
links. The weights are then trained on every training article and written to
<out>/events/triggers.npz with figures.json beside it. Score the result only on a set it was not
trained on (bench/evaluate_events.py --model <out> --gold <other set>).
Usage: python training/events/train_triggers.py --train dev --out /tmp/m_dev [--foreign] [--cache DIR]
The blind set is never read here.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from stage_runs import REPO, SETS, StageRun, cached_runs, rerun_stage, stage_runs

from devdocs import SHARED
from evaluate_events import Tally
from nieuwsgraaf.events.classifier import (
    CLASSES,
    NEVER,
    WEIGHTS_FILE,
    TriggerClassifier,
    candidate_features,
    is_candidate,
    sentence_vector,
    train_softmax,
)
from nieuwsgraaf.events.lexicon import TYPES, load_event_lexicon
from nieuwsgraaf.events.triggers import find_triggers
from nieuwsgraaf.nlp import load_pipeline

SHARED_DATA = SHARED / "data"
# PLOVER's older names in the English and Spanish data, as this version's 16 types
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT",
             "SACTION": "SANCTION"}
L2_CHOICES = (1e-3, 1e-2)
FOREIGN_WEIGHTS = (0.0, 0.3)
KEEPS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
ADDS = (0.5, 0.6, 0.7, 0.8, 0.9, NEVER)


@dataclass
class Words:
    """The candidate words of one article, their features and gold labels, and what the stage did."""

    key: str
    gold: list[dict]
    spans: list[tuple[int, int]]
    lexicon: np.ndarray  # bool per word: a lexicon trigger
    features: np.ndarray
    labels: np.ndarray
    events: dict[int, str]  # the lexicon stage's final events: trigger start -> type
    reachable: set[int]  # starts of words the stage turns into a linked event when given them as triggers


def _label(span: tuple[int, int], gold: list[dict], used: set[int]) -> int:
    for index, event in enumerate(gold):
        if index not in used and event["span"][0] < span[1] and span[0] < event["span"][1]:
            used.add(index)
            return CLASSES.index(event["type"])
    return 0


def _words(run: StageRun, lexicon, reachable: set[int]) -> Words:
    spans, flags, rows, labels, used = [], [], [], [], set()
    for sent in run.doc.sents:
        hits = {hit.token.i: {e.type for e in hit.entries} for hit in find_triggers(sent, lexicon)}
        context = sentence_vector(sent)
        for token in sent:
            if is_candidate(token, token.i in hits):
                span = (token.idx, token.idx + len(token.text))
                spans.append(span)
                flags.append(token.i in hits)
                rows.append(candidate_features(token, hits.get(token.i, set()), context))
                labels.append(_label(span, run.gold, used))
    events = {e.trigger.start: e.type for e in run.analysis.events}
    return Words(run.key, run.gold, spans, np.array(flags), np.stack(rows), np.array(labels), events, reachable)


def _everything(width: int) -> TriggerClassifier:
    """A classifier that calls every candidate word an event (ACCUSE: a source acting on a target)."""
    bias = np.zeros(len(CLASSES), np.float32)
    bias[CLASSES.index("ACCUSE")] = 10.0
    return TriggerClassifier(np.zeros((width, len(CLASSES)), np.float32), bias, np.zeros(width, np.float32),
                             np.ones(width, np.float32), keep=0.0, add=0.0, retype=False)


def collect(model: str, name: str, cache: Path | None, runs_cache: Path | None = None) -> list[Words]:
    """The candidate words of every article of a set; with `runs_cache` (dates.py's --cache of parsed
    Docs) the events component reruns on those Docs instead of the pipeline parsing the set twice."""
    path = cache / f"{name}.pkl" if cache else None
    if path and path.is_file():  # plain fields, so any script can read the cache
        return [Words(**fields) for fields in pickle.loads(path.read_bytes())]
    lexicon = load_event_lexicon()
    if runs_cache:
        parsed = cached_runs(model, name, runs_cache)
        runs = rerun_stage(parsed)
        width = 2 * runs[0].doc.tensor.shape[1] + len(TYPES) + 10
        everything = rerun_stage(parsed, _everything(width))
    else:
        runs = stage_runs(model, SETS[name])
        width = 2 * runs[0].doc.tensor.shape[1] + len(TYPES) + 10
        everything = stage_runs(model, SETS[name], classifier=_everything(width))
    reach = {run.key: {e.trigger.start for e in run.analysis.events} for run in everything}
    found = [_words(run, lexicon, reach[run.key]) for run in runs]
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps([vars(words) for words in found]))
    return found


def foreign_sentences() -> list[tuple[str, list[tuple[str, str]]]]:
    """(sentence, [(trigger word, type)]) from the English PLOVER gold and the Spanish events."""
    found = []
    for item in json.loads((SHARED_DATA / "plover" / "PLOVER_GSR_CAMEO.txt").read_text("utf-8")):
        kind = OLD_NAMES.get(item.get("event"), item.get("event"))
        info = item.get("textInfo") or ""
        markup = info.get("markup", "") if isinstance(info, dict) else info
        if kind in TYPES and item.get("text"):  # 'has sent', 'to investigate': the last word is the verb
            found.append((item["text"], [(w.split()[-1], kind) for w in re.findall(r"\(EVT: ([^)}]+)[)}]", markup)]))
    for line in (SHARED_DATA / "plover-es" / "spanish_protest_plover_events.jsonl").read_text("utf-8").splitlines():
        item = json.loads(line)
        events = [(e["trigger"].split()[0], OLD_NAMES.get(e["plover"], e["plover"])) for e in item["events"]
                  if e.get("trigger")]
        found.append((item["text"], [(w, k) for w, k in events if k in TYPES]))
    return found


def foreign(model: str, cache: Path | None) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels of the English and Spanish sentences' candidate words."""
    path = cache / "foreign.pkl" if cache else None
    if path and path.is_file():
        return pickle.loads(path.read_bytes())
    sentences = foreign_sentences()
    nlp = load_pipeline(model).nlp
    rows, labels = [], []
    for doc, (_, triggers) in zip(nlp.pipe(text for text, _ in sentences), sentences, strict=True):
        if doc.tensor is None or doc.tensor.shape[0] != len(doc) or not len(doc):
            continue
        wanted = {word.lower(): kind for word, kind in triggers}
        context = sentence_vector(doc[:])
        for token in doc:
            kind = wanted.pop(token.lower_, None)
            if kind is None and not is_candidate(token, False):
                continue
            rows.append(candidate_features(token, set(), context))
            labels.append(CLASSES.index(kind) if kind else 0)
    found = (np.stack(rows), np.array(labels))
    if path:
        path.write_bytes(pickle.dumps(found))
    return found


def simulate(words: Words, probabilities: np.ndarray, keep: float, add: float, retype: bool) -> list[dict]:
    """The stage's events under a classifier with these decisions, from its lexicon run."""
    chance = 1.0 - probabilities[:, 0]
    kinds = [CLASSES[1 + int(row[1:].argmax())] for row in probabilities]
    index = {span[0]: i for i, span in enumerate(words.spans)}
    system = []
    for start, kind in words.events.items():
        i = index.get(start)
        if i is None or not words.lexicon[i]:  # a construction's event: the classifier does not see it
            system.append({"span": (start, start + 1), "type": kind})
        elif chance[i] >= keep:
            system.append({"span": words.spans[i], "type": kinds[i] if retype else kind})
    for i, span in enumerate(words.spans):
        if not words.lexicon[i] and span[0] in words.reachable and span[0] not in words.events and chance[i] >= add:
            system.append({"span": span, "type": kinds[i]})
    return system


def _f1(tally: Tally) -> float:
    c = tally.counts
    return 2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"]) if c["tp"] else 0.0


def cross_validate(data: list[Words], extra: tuple[np.ndarray, np.ndarray], weight: float, l2: float,
                   folds: int = 5) -> list[np.ndarray]:
    """Out-of-fold probabilities for every training article."""
    found: list[np.ndarray | None] = [None] * len(data)
    for fold in range(folds):
        train = [d for i, d in enumerate(data) if i % folds != fold]
        model = fit(train, extra, weight, l2)
        for i in range(fold, len(data), folds):
            found[i] = model.probabilities(data[i].features)
    return found


def fit(train: list[Words], extra: tuple[np.ndarray, np.ndarray], weight: float, l2: float) -> TriggerClassifier:
    features = [d.features for d in train]
    labels = [d.labels for d in train]
    weights = [np.ones(len(d.labels), np.float32) for d in train]
    if weight > 0:
        features.append(extra[0])
        labels.append(extra[1])
        weights.append(np.full(len(extra[1]), weight, np.float32))
    w, b, mean, scale = train_softmax(np.concatenate(features), np.concatenate(labels), l2,
                                      sample_weight=np.concatenate(weights))
    return TriggerClassifier(w, b, mean, scale, keep=0.0, add=NEVER, retype=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="nl_nieuwsgraaf_accurate")
    parser.add_argument("--train", nargs="+", choices=sorted(SETS), default=["dev"])
    parser.add_argument("--foreign", action="store_true", help="also train on the English and Spanish PLOVER data")
    parser.add_argument("--out", type=Path, help="pipeline folder to write into (default models/<model>)")
    parser.add_argument("--cache", type=Path, help="keep the collected words here between runs")
    args = parser.parse_args()
    data = [words for name in args.train for words in collect(args.model, name, args.cache)]
    extra = foreign(args.model, args.cache) if args.foreign else (np.zeros((0, data[0].features.shape[1])), np.zeros(0, int))
    print(f"train on {'+'.join(args.train)}: {len(data)} articles, {sum(len(d.spans) for d in data)} candidate words, "
          f"{sum(int((d.labels > 0).sum()) for d in data)} of {sum(len(d.gold) for d in data)} gold triggers among them; "
          f"foreign rows {len(extra[1])} ({int((extra[1] > 0).sum())} triggers)")
    baseline = Tally()
    for d in data:
        baseline.add(d.gold, [{"span": (s, s + 1), "type": k} for s, k in d.events.items()])
    print(f"lexicon stage on the training articles:{baseline.line('lexicon')}")
    best = None
    for weight in FOREIGN_WEIGHTS if args.foreign else (0.0,):
        for l2 in L2_CHOICES:
            probabilities = cross_validate(data, extra, weight, l2)
            for retype in (False, True):
                for keep in KEEPS:
                    for add in ADDS:
                        tally = Tally()
                        for d, p in zip(data, probabilities, strict=True):
                            tally.add(d.gold, simulate(d, p, keep, add, retype))
                        if best is None or _f1(tally) > best[0]:
                            best = (_f1(tally), weight, l2, keep, add, retype, tally.line("5-fold"))
            print(f"foreign weight {weight} l2 {l2:g}: best so far{best[6]} "
                  f"(keep {best[3]}, add {best[4]}, retype {best[5]})", flush=True)
    f1, weight, l2, keep, add, retype, line = best
    model = fit(data, extra, weight, l2)
    model = TriggerClassifier(model.weights, model.bias, model.mean, model.scale, keep, add, retype)
    folder = args.out or REPO / "models" / args.model
    model.save(folder / WEIGHTS_FILE)
    figures = {"trained_on": args.train, "foreign": args.foreign, "articles": len(data), "foreign_weight": weight,
               "l2": l2, "keep": keep, "add": add, "retype": retype,
               "cross_validated_stage_trigger_type_f1": round(f1, 3), "line": line.strip(),
               "lexicon_stage_line": baseline.line("lexicon").strip()}
    (folder / WEIGHTS_FILE).with_name("figures.json").write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
    print(f"chosen: foreign weight {weight}, l2 {l2:g}, keep {keep}, add {add}, retype {retype}, "
          f"5-fold stage trigger+type F1 {f1:.3f}; wrote {folder / WEIGHTS_FILE}")


if __name__ == "__main__":
    main()
