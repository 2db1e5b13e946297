"""False events (trigger + type) of every development set by trigger lemma and type, on the cached Docs rerun
with the current code (roles.rerun_analyses): how many fall on each set, how many of that lemma and type are
right, and with --show the sentences. A class seen on two sets with few right ones is worth a look
(docs/events.md §35). Development sets only.

Usage: PYTHONPATH=src python training/events/false_events.py --cache DIR [--lemma WORD ...] [--show]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from roles import rerun_analyses
from stage_runs import SETS

from evaluate_events import match_events, system_events
from nieuwsgraaf.document import document_to_json
from nieuwsgraaf.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--model", default=Settings().model)
    parser.add_argument("--lemma", nargs="*", default=[], help="only these trigger lemmas")
    parser.add_argument("--show", action="store_true", help="print each event's sentence")
    args = parser.parse_args()
    false, right = defaultdict(Counter), Counter()
    sentences = defaultdict(list)
    for name in SETS:
        for run, analysis in rerun_analyses(args.model, name, args.cache):
            system = system_events(document_to_json(analysis))
            matched = {id(found) for _, found in match_events(run.gold, system, same_type=True)}
            for event in system:
                span = run.doc.char_span(*event["span"], alignment_mode="expand")
                key = (span.root.lemma_.lower(), event["type"])
                if args.lemma and key[0] not in args.lemma:
                    continue
                if id(event) in matched:
                    right[key] += 1
                else:
                    false[key][name] += 1
                sentences[key].append((name, id(event) in matched, span.root.sent.text.strip()[:200]))
    for key in sorted(false, key=lambda k: -sum(false[k].values())):
        sets = " ".join(f"{name} {count}" for name, count in false[key].items())
        print(f"{key[0]:20} {key[1]:10} false {sum(false[key].values()):3d} ({sets}); right {right[key]}")
        for name, ok, sentence in sentences[key] if args.show else ():
            print(f"    {name:5} {'right' if ok else 'false'}  {sentence}")


if __name__ == "__main__":
    main()
