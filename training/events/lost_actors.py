"""Gold events lost for want of a linked actor (docs/events.md §12, §15): the stage found a mention on the
gold trigger (any type) but linked none of its argument words to an entity, so `date_events` dropped it.
Per event: the words the stage found as arguments, the gold's actors, and a class of the words.
Usage: python training/events/lost_actors.py --set dev5 --cache DIR [--show]
The blind set is never read.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from roles import rerun_analyses
from stage_runs import SETS

_PRONOUNS = frozenset({"ze", "zij", "hij", "we", "wij", "die", "dat", "het", "wie", "ik", "hem", "haar", "hen",
                       "hun", "zijn", "ons", "jullie", "u", "men", "deze", "dit", "wat", "zich", "elkaar"})


def _overlap(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def word_class(words: list[str]) -> str:
    """What kind of words the stage found as the mention's actors."""
    if not words:
        return "no words"
    lowered = [w.lower() for w in words]
    if any(w in _PRONOUNS for w in lowered):
        return "pronoun"
    heads = [w.split()[-1] for w in lowered]
    if any(h.endswith(("ers", "isten", "anten", "enten", "ieten")) for h in heads):
        return "plural person noun"
    if any(h in ("groep", "partij", "beweging", "organisatie", "regering", "gemeenschap", "top") for h in heads):
        return "group/party/body noun"
    return "other"


def lost(name: str, cache: Path, model: str) -> list[dict]:
    rows = []
    for run, analysis in rerun_analyses(model, name, cache):
        events = [((e.trigger.start, e.trigger.end), e.type) for e in analysis.events]
        for g in run.gold:
            if any(_overlap(g["span"], s) for s, _ in events):
                continue
            mention = next((m for m in analysis.event_mentions
                            if _overlap(g["span"], (m.trigger.start, m.trigger.end))), None)
            if mention is None:
                continue
            args = [(a.role, a.text, a.entity) for a in mention.arguments]
            words = [t for r, t, _ in args if r != "location"]
            rows.append({"key": run.key, "type": g["type"], "stage_type": mention.type, "trigger": g["trigger"],
                         "args": args, "gold": (g["source"], g.get("source_text"), g["target"], g.get("target_text")),
                         "class": word_class(words), "sentence": g["sentence_str"]})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", nargs="+", choices=sorted(SETS), default=["dev5"])
    parser.add_argument("--model", default="nl_nieuwsgraaf_accurate")
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    for name in args.set:
        rows = lost(name, args.cache, args.model)
        print(f"{name}: {len(rows)} lost with a mention on the trigger;",
              dict(Counter(r["class"] for r in rows).most_common()))
        if args.show:
            for row in sorted(rows, key=lambda r: r["class"]):
                print(f"  [{row['class']}] {row['type']}/{row['stage_type']} {row['trigger']!r} stage {row['args']}"
                      f"\n      gold {row['gold']}\n      {row['sentence'][:160]!r}")


if __name__ == "__main__":
    main()
