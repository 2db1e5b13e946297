"""Gold events found on their trigger with another type (docs/events.md §19, §26): every (gold type ->
stage type) pair of a set with the trigger words and sentence, on the cached Docs rerun with the current
code (as roles.py --cache does).

A gold event is *confused* when no stage event of its type overlaps its trigger but one of another type
does (each such event is a false and a missed event to the evaluator). `--save FILE` writes every gold
event's outcome (right, confused as X, missed) and every stage event on no gold trigger of its type;
`--against FILE` counts per set the gold events fixed (right type now, not before) and broken (right
before, not now), and the false events added and gone. Each set's line also gives trigger + type F1 and triple F1
as bench/evaluate_events.py's matching counts them (roles.py's figures), so one run shows the fixes and the score.
Usage: python training/events/confusions.py --set dev2 --cache /work/cache15 [--show] [--save F] [--against F]
The blind sets are never read.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from roles import rerun_documents

from devdocs import gold_key, prf
from evaluate_events import Tally, system_events, triple_counts


def _overlap(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def scores(articles) -> str:
    """Trigger + type F1 and triple F1 as bench/evaluate_events.py counts them."""
    tally, triples = Tally(), Counter()
    for gold, document in articles:
        system = system_events(document)
        triples.update(triple_counts(gold, system, tally.add(gold, system)))
    c = tally.counts
    return (f"trigger+type F1 {prf(c['tp'], c['fp'], c['fn'])[2]:.4f} (tp {c['tp']}, fp {c['fp']}), triple F1 "
            f"{prf(triples['tp'], triples['fp'], triples['fn'])[2]:.4f} (tp {triples['tp']}, fp {triples['fp']})")


def outcomes(articles) -> tuple[dict[str, dict], dict[str, dict]]:
    """Per gold event its outcome; per stage event with no gold event of its type on its trigger, its
    words (keyed by article, offset and type)."""
    gold_side, false_side = {}, {}
    for gold, document in articles:
        system = system_events(document)
        key = gold_key(document)
        for g in gold:
            near = [s for s in system if _overlap(g["span"], s["span"])]
            same = any(s["type"] == g["type"] for s in near)
            state = "right" if same else ("as " + "/".join(sorted({s["type"] for s in near}))) if near else "missed"
            gold_side[f"{key}|{g['span'][0]}|{g['type']}"] = {
                "state": state, "trigger": g["trigger"], "sentence": g["sentence_str"][:240]}
        for s in system:
            if any(g["type"] == s["type"] and _overlap(g["span"], s["span"]) for g in gold):
                continue
            false_side[f"{key}|{s['span'][0]}|{s['type']}"] = {
                "trigger": s["trigger"]["text"], "mode": s.get("mode")}
    return gold_side, false_side


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", default="dev2")
    parser.add_argument("--model", default="nl_nieuwsgraaf_accurate")
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--show", action="store_true", help="print every confusion with its sentence")
    parser.add_argument("--save", type=Path)
    parser.add_argument("--against", type=Path)
    args = parser.parse_args()

    articles = rerun_documents(args.model, args.set, args.cache)
    gold_side, false_side = outcomes(articles)
    pairs = Counter()
    for where, o in sorted(gold_side.items()):
        if o["state"].startswith("as "):
            gold_type = where.rsplit("|", 1)[1]
            pairs[f"{gold_type} -> {o['state'][3:]}"] += 1
            if args.show:
                print(f"{gold_type} -> {o['state'][3:]} {o['trigger']!r}: {o['sentence']!r}")
    print(f"{args.set}: {sum(pairs.values())} confused, {len(false_side)} stage events on no gold trigger of their type;"
          f" {scores(articles)}")
    for pair, count in pairs.most_common():
        print(f"  {count:3}  {pair}")
    if args.against:
        before = json.loads(args.against.read_text("utf-8"))
        fixed = [w for w, o in gold_side.items() if o["state"] == "right" and before["gold"][w]["state"] != "right"]
        broken = [w for w, o in gold_side.items() if o["state"] != "right" and before["gold"][w]["state"] == "right"]
        added = sorted(set(false_side) - set(before["false"]))
        gone = sorted(set(before["false"]) - set(false_side))
        print(f"  since --against: fixed {len(fixed)}, broken {len(broken)}, false added {len(added)}, gone {len(gone)}")
        for label, keys, table in (("fixed", fixed, gold_side), ("broken", broken, gold_side),
                                   ("false added", added, false_side), ("false gone", gone, before["false"])):
            for w in keys:
                print(f"    {label}: {w} {table[w].get('trigger')!r} {table[w].get('state', '')}")
    if args.save:
        args.save.write_text(json.dumps({"gold": gold_side, "false": false_side}, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main()
