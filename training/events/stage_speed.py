"""The events component's time with the lexicon alone and with a trigger classifier, side by side.

Both run in one process over the same parsed articles of a set, alternating, so the ratio holds on
a noisy machine. Only the component's own work is timed (find_event_mentions), not the parse.
Usage: python training/events/stage_speed.py --weights /tmp/m_dev/events/triggers.npz [--set dev2]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from stage_runs import SETS, stage_runs

from nieuwsgraaf.events.classifier import TriggerClassifier
from nieuwsgraaf.events.component import find_event_mentions
from nieuwsgraaf.events.lexicon import load_event_lexicon


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--weights", type=Path, required=True)
    parser.add_argument("--set", choices=sorted(SETS), default="dev2")
    parser.add_argument("--model", default="nl_nieuwsgraaf_accurate")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    docs = [run.doc for run in stage_runs(args.model, SETS[args.set])]
    lexicon = load_event_lexicon()
    classifier = TriggerClassifier.load(args.weights)
    spent = {"lexicon": 0.0, "classifier": 0.0}
    for _ in range(args.repeat):
        for name, chosen in (("lexicon", None), ("classifier", classifier)):
            start = time.perf_counter()
            for doc in docs:
                find_event_mentions(doc, lexicon, chosen)
            spent[name] += time.perf_counter() - start
    per_doc = {name: 1000 * seconds / (args.repeat * len(docs)) for name, seconds in spent.items()}
    print(f"{args.set}: {len(docs)} articles x {args.repeat}; events component per article: lexicon "
          f"{per_doc['lexicon']:.2f} ms, with the classifier {per_doc['classifier']:.2f} ms "
          f"(x{per_doc['classifier'] / per_doc['lexicon']:.2f})")


if __name__ == "__main__":
    main()
