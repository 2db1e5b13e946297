"""Share of the events stage's output that matches a gold event (trigger and type), by class of event,
on each development set: confidence, type, modality, roles named, negation, in a quote
(docs/events.md §10, "What `confidence` means"). Development sets only.

Usage: PYTHONPATH=src python training/events/precision.py --cache DIR
(DIR keeps the parsed articles, as for dates.py; delete it after a change to the pipeline)
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from stage_runs import SETS, cached_runs

from evaluate_events import match_events, system_events
from nieuwsgraaf.document import document_to_json
from nieuwsgraaf.settings import Settings


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
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--model", default=Settings().model)
    args = parser.parse_args()
    counts: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for name in SETS:
        for run in cached_runs(args.model, name, args.cache):
            system = system_events(document_to_json(run.analysis))
            right = {id(found) for _, found in match_events(run.gold, system, same_type=True)}
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
