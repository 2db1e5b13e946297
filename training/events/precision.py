"""Share of the events stage's output that matches a gold event (trigger and type), by class of event,
on each development set: confidence, type, modality, roles named, negation, in a quote
(docs/events.md §10, "What `confidence` means"). Development sets only.

Usage: PYTHONPATH=src:bench python training/events/precision.py --cache DIR
(DIR keeps the analysed documents; delete it after a change to the pipeline)
"""

from __future__ import annotations

import argparse
import pickle
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import evaluate_events as events
from devdocs import annotated_articles, gold_documents
from nieuwsgraaf.settings import Settings

SETS = {
    "dev": events.GOLD,
    "dev2": events.REPO / "tests" / "events" / "data" / "dev2" / "dev2_events.jsonl",
    "dev3": events.REPO / "tests" / "events" / "data" / "dev3" / "dev3_events.jsonl",
}


def classes(event: dict) -> Iterator[str]:
    roles = sorted({a["role"] for a in event.get("arguments", [])} - {"location"})
    yield f"confidence {event['confidence']:.2f}"
    yield f"type {event['type']}"
    yield f"modality {event['modality']}"
    yield "roles " + ("+".join(roles) or "none")
    yield f"negated {event['negated']}"
    yield f"in a quote {event.get('quote') is not None}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--model", default=Settings().model)
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    counts: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for name, gold_file in SETS.items():
        cached = args.cache / f"{name}_{Path(args.model).name}.pkl"
        if not cached.is_file():
            cached.write_bytes(pickle.dumps(gold_documents(args.model, gold_file)))
        documents = pickle.loads(cached.read_bytes())
        for record, document in annotated_articles(gold_file, documents, []):
            gold = events.gold_events(record, document["text"])
            system = events.system_events(document)
            right = {id(found) for _, found in events.match_events(gold, system, same_type=True)}
            for event in system:
                for kind in classes(event):
                    counts[kind][name].update(events=1, right=id(event) in right)
    for kind in sorted(counts):
        cells = []
        for name in SETS:
            tally = counts[kind][name]
            share = tally["right"] / tally["events"] if tally["events"] else 0.0
            cells.append(f"{name} {tally['right']:3d} / {tally['events']:3d} ({share:.2f})")
        print(f"{kind:26}", "   ".join(cells))


if __name__ == "__main__":
    main()
