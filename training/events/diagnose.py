"""Where the events stage loses gold events and gains false ones, step by step (docs/events.md §11).

For each gold event of a set: found with its type; found with another type (and whether the
lexicon allowed the gold type); a mention the entity stage could link no actor of; a lexicon
trigger the component gave no actor (or whose tag did not fit); no lexicon trigger at all
(a content word, or not even that). For each system event without a gold event of its type: on a
gold trigger of another type, or on no gold trigger.
Usage: python training/events/diagnose.py --set dev2 [--model nl_nieuwsgraaf_accurate]
"""

from __future__ import annotations

import argparse
from collections import Counter

from stage_runs import SETS, StageRun, stage_runs

from nieuwsgraaf.events.classifier import is_candidate
from nieuwsgraaf.events.lexicon import load_event_lexicon
from nieuwsgraaf.events.triggers import find_triggers


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def losses(run: StageRun, lexicon) -> tuple[Counter, Counter]:
    doc, analysis = run.doc, run.analysis
    hits = [hit for sent in doc.sents for hit in find_triggers(sent, lexicon)]
    events = [(e.trigger.start, e.trigger.end, e.type) for e in analysis.events]
    mentions = [(m.trigger.start, m.trigger.end, m.type) for m in analysis.event_mentions]
    gold_side, system_side = Counter(), Counter()
    for g in run.gold:
        span, kind = g["span"], g["type"]
        near = [e for e in events if _overlap(span, e[:2])]
        hit = next((h for h in hits if _overlap(span, (h.token.idx, h.token.idx + len(h.token)))), None)
        if any(e[2] == kind for e in near):
            gold_side["found, right type"] += 1
        elif near:
            allowed = hit is not None and kind in {e.type for e in hit.entries}
            gold_side["found, wrong type (" + ("lexicon allowed gold type" if allowed else "gold type not in lexicon")
                      + ")"] += 1
        elif any(_overlap(span, m[:2]) for m in mentions):
            gold_side["mention, no actor linked to an entity"] += 1
        elif hit is not None:
            gold_side["lexicon trigger, no actor in the tree / tag misfit"] += 1
        else:
            tokens = [t for t in doc if _overlap(span, (t.idx, t.idx + len(t)))]
            content = any(is_candidate(t, False) for t in tokens)
            gold_side["no lexicon trigger (" + ("content word" if content else "other word") + ")"] += 1
    for start, end, kind in events:
        near = [g for g in run.gold if _overlap(g["span"], (start, end))]
        if any(g["type"] == kind for g in near):
            system_side["right"] += 1
        elif near:
            system_side["on a gold trigger of another type"] += 1
        else:
            system_side["on no gold trigger"] += 1
    return gold_side, system_side


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=sorted(SETS), default="dev2")
    parser.add_argument("--model", default="nl_nieuwsgraaf_accurate")
    args = parser.parse_args()
    lexicon = load_event_lexicon()
    gold_side, system_side = Counter(), Counter()
    for run in stage_runs(args.model, SETS[args.set]):
        g, s = losses(run, lexicon)
        gold_side.update(g)
        system_side.update(s)
    print(f"{args.set}: {sum(gold_side.values())} gold events")
    for name, count in gold_side.most_common():
        print(f"  {count:4}  {name}")
    print(f"{args.set}: {sum(system_side.values())} system events")
    for name, count in system_side.most_common():
        print(f"  {count:4}  {name}")


if __name__ == "__main__":
    main()
