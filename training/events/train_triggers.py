"""Train the events stage's trigger classifier (src/nieuwsgraaf/events/classifier.py) for one pipeline.

Reads the development event gold (tests/events/data/dev_events.jsonl) and its articles (../shared),
runs the pipeline to get each word's encoder vector, and fits a softmax regression over the
candidate words. The L2 weight and the decision threshold are chosen by 5-fold cross-validation
over articles (trigger + type F1, scored as bench/evaluate_events.py scores it); the figures are
written beside the weights, which are trained on every article at the end.
Usage: python training/events/train_triggers.py --model nl_nieuwsgraaf_accurate
The blind set is never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))

from devdocs import corpus_paths, gold_key  # noqa: E402
from evaluate_events import GOLD, Tally, gold_events  # noqa: E402
from nieuwsgraaf.events.classifier import (  # noqa: E402
    CLASSES,
    WEIGHTS_FILE,
    TriggerClassifier,
    candidate_features,
    is_candidate,
    train_softmax,
)
from nieuwsgraaf.events.lexicon import load_event_lexicon  # noqa: E402
from nieuwsgraaf.events.triggers import find_triggers  # noqa: E402
from nieuwsgraaf.nlp import load_pipeline  # noqa: E402
from nieuwsgraaf.pipeline import RunReport, clean_inputs, read_inputs  # noqa: E402
from nieuwsgraaf.records import Article  # noqa: E402
from nieuwsgraaf.settings import Settings  # noqa: E402

L2_CHOICES = (3e-4, 1e-3, 3e-3)
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.5)


def candidates(model: str, gold_file: Path):
    """Per annotated article: its key, the candidate words' spans and features, their gold labels."""
    records = {json.loads(line)["url"]: json.loads(line) for line in gold_file.read_text("utf-8").splitlines()}
    settings = Settings(model="none")
    articles = {}
    for item in clean_inputs(read_inputs(corpus_paths(), settings, RunReport()), settings, RunReport()):
        if isinstance(item, Article):
            key = gold_key({"url": item.url, "meta": {"origin": item.origin}})
            if key in records:
                articles[key] = item
    nlp = load_pipeline(model).nlp
    lexicon = load_event_lexicon()
    keys = sorted(articles)
    found = []
    for doc, key in zip(nlp.pipe(articles[k].text for k in keys), keys, strict=True):
        if doc.tensor is None or doc.tensor.shape[0] != len(doc):
            raise SystemExit(f"{model} writes no encoder vectors (doc.tensor): nothing to train on")
        gold = gold_events(records[key], doc.text)
        used: set[int] = set()
        spans, rows, labels = [], [], []
        for sent in doc.sents:
            hits = {hit.token.i: {e.type for e in hit.entries} for hit in find_triggers(sent, lexicon)}
            for token in sent:
                if not is_candidate(token, token.i in hits):
                    continue
                span = (token.idx, token.idx + len(token.text))
                label = 0
                for index, event in enumerate(gold):
                    if index not in used and event["span"][0] < span[1] and span[0] < event["span"][1]:
                        label = CLASSES.index(event["type"])
                        used.add(index)
                        break
                spans.append(span)
                rows.append(candidate_features(token, hits.get(token.i, set())))
                labels.append(label)
        found.append((key, gold, spans, np.stack(rows), np.array(labels)))
    return found


def cross_validate(data, l2: float, folds: int = 5) -> dict[float, Tally]:
    tallies = {threshold: Tally() for threshold in THRESHOLDS}
    for fold in range(folds):
        train = [d for i, d in enumerate(data) if i % folds != fold]
        test = [d for i, d in enumerate(data) if i % folds == fold]
        weights, bias, mean, scale = train_softmax(np.concatenate([d[3] for d in train]),
                                                   np.concatenate([d[4] for d in train]), l2)
        for threshold, tally in tallies.items():
            classifier = TriggerClassifier(weights, bias, mean, scale, threshold)
            for _, gold, spans, rows, _ in test:
                system = [{"span": span, "type": kind} for span, (kind, _) in zip(spans, classifier.decide(rows), strict=True)
                          if kind is not None]
                tally.add(gold, system)
    return tallies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="nl_nieuwsgraaf_accurate")
    parser.add_argument("--out", type=Path, help="pipeline folder to write into (default models/<model>)")
    args = parser.parse_args()
    data = candidates(args.model, GOLD)
    print(f"{len(data)} articles, {sum(len(d[2]) for d in data)} candidate words, "
          f"{sum(int((d[4] > 0).sum()) for d in data)} of {sum(len(d[1]) for d in data)} gold triggers among them")
    best = None
    for l2 in L2_CHOICES:
        for threshold, tally in cross_validate(data, l2).items():
            c = tally.counts
            f1 = 2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"]) if c["tp"] else 0.0
            print(f"l2 {l2:g} threshold {threshold}:{tally.line('5-fold')}")
            if best is None or f1 > best[0]:
                best = (f1, l2, threshold, tally.line("5-fold"))
    f1, l2, threshold, line = best
    weights, bias, mean, scale = train_softmax(np.concatenate([d[3] for d in data]),
                                               np.concatenate([d[4] for d in data]), l2)
    folder = args.out or REPO / "models" / args.model
    TriggerClassifier(weights, bias, mean, scale, threshold).save(folder / WEIGHTS_FILE)
    figures = {"gold": str(GOLD.relative_to(REPO)), "articles": len(data), "l2": l2, "threshold": threshold,
               "cross_validated_trigger_type_f1": round(f1, 3), "line": line.strip()}
    (folder / WEIGHTS_FILE).with_name("figures.json").write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
    print(f"chosen: l2 {l2:g}, threshold {threshold}, 5-fold trigger+type F1 {f1:.3f}; wrote {folder / WEIGHTS_FILE}")


if __name__ == "__main__":
    main()
