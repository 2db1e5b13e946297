"""Events the stage finds and then drops for want of a linked actor (docs/events.md §46): per set and
type, how many would be gold events (trigger and type right) and how many false ones if kept; for the
gold ones, where the gold's source and target stand (the article's dominant actor, a body named
before, named in the sentence but left unlinked, nowhere); and trigger + type F1 when all dropped
events are kept (with null actors), or those of some types only.
Usage: python training/events/dropped.py --cache DIR [--sets dev dev8] [--keep ACCUSE REJECT] [--show]
The blind set is never read.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

from roles import Tally, prf, rerun_analyses, system_events
from stage_runs import SETS

from nieuwsgraaf.document import document_to_json
from nieuwsgraaf.events import completed_mentions, is_event, to_event
from nieuwsgraaf.events.context import actor_mentions, dominant_actor
from nieuwsgraaf.events.justice import body_kind

RECORDS: list[dict] = []  # every dropped event measured, for --records


def dropped_mentions(analysis):
    """The mentions date_events leaves out, after the speaker, justice and context steps."""
    return [m for m in completed_mentions(analysis) if not is_event(m)]


def where_actor(gold: dict, role: str, start: int, dominant: str | None, named: list) -> str:
    actor = gold[role]
    if actor is None:
        return "none"
    if gold.get(role + "_text"):
        return "in sentence"
    if actor == dominant:
        return "dominant actor"
    before = [m for m in named if m.entity == actor and m.end <= start]
    if before:
        body = actor.startswith("gov:") or body_kind(actor) or "politie" in actor
        return "body named before" if body else "other named before"
    return "nowhere"


def measure(name: str, cache: Path, model: str, keep: set[str] | None, show: bool, bare: bool = False):
    base, kept = Tally(), Tally()
    triples = {"base": Counter(), "kept": Counter()}
    per_type = Counter()
    places = Counter()
    for run, analysis in rerun_analyses(model, name, cache):
        gold = run.gold
        dropped = [m for m in dropped_mentions(analysis) if (keep is None or m.type in keep)
                   and (not bare or not any(a.role != "location" for a in m.arguments))]
        document = document_to_json(analysis)
        system = system_events(document)
        typed = base.add(gold, system)
        extra = tuple(to_event(m, analysis) for m in dropped)
        more = system_events(document_to_json(replace(analysis, events=analysis.events + extra)))
        typed_more = kept.add(gold, more)
        for label, t, s in (("base", typed, system), ("kept", typed_more, more)):
            hits = sum(1 for g, e in t if (e["source"], e["target"]) == (g["source"], g["target"]))
            triples[label].update(tp=hits, fp=len(s) - hits, fn=len(gold) - hits)
        matched = {id(g) for g, _ in typed}
        open_gold = [g for g in gold if id(g) not in matched]
        named = actor_mentions(analysis.mentions, analysis.entities)
        dominant = dominant_actor(Counter(m.entity for m in named), frozenset())
        for m in dropped:
            hit = [(g, None) for g in open_gold if g["type"] == m.type
                   and g["span"][0] < m.trigger.end and m.trigger.start < g["span"][1]][:1]
            per_type[(m.type, "gold" if hit else "false")] += 1
            shown = next(e for e in more if e["span"] == (m.trigger.start, m.trigger.end) and e["type"] == m.type)
            bare_words = not any(a.role != "location" for a in m.arguments)
            triple = bool(hit) and (shown["source"], shown["target"]) == (hit[0][0]["source"], hit[0][0]["target"])
            RECORDS.append({"set": name, "type": m.type, "bare": bare_words, "gold": bool(hit), "triple": triple,
                            "trigger": m.trigger.text.lower()})
            if hit:
                g = hit[0][0]
                open_gold.remove(g)
                pair = [where_actor(g, role, m.trigger.start, dominant, named) for role in ("source", "target")]
                for role, place in zip(("source", "target"), pair, strict=True):
                    places[(role, place)] += 1
                places[("both", " + ".join(pair))] += 1
            if show:
                words = [(a.role, a.text) for a in m.arguments]
                verdict = "GOLD" if hit else "false"
                gold_roles = (hit[0][0]["source"], hit[0][0].get("source_text"), hit[0][0]["target"],
                              hit[0][0].get("target_text")) if hit else ""
                print(f"  {verdict} {m.type} {m.trigger.text!r} {words} {gold_roles}\n      {document['text'][m.sentence[0]:m.sentence[1]][:170]!r}")
    return base, kept, triples, per_type, places


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", nargs="+", choices=sorted(SETS), default=sorted(SETS))
    parser.add_argument("--model", default="nl_nieuwsgraaf_accurate")
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--keep", nargs="+", help="keep the dropped events of these types only")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--records", type=Path, help="write every dropped event (set, type, gold, triple) here")
    parser.add_argument("--bare", action="store_true", help="keep only events without any actor words")
    args = parser.parse_args()
    all_types, all_places = Counter(), Counter()
    for name in args.sets:
        base, kept, triples, per_type, places = measure(name, args.cache, args.model,
                                                        set(args.keep) if args.keep else None, args.show,
                                                        args.bare)
        all_types.update(per_type)
        all_places.update(places)
        b, k = base.counts, kept.counts
        tb, tk = triples["base"], triples["kept"]
        print(f"{name}: trigger+type F1 {prf(b['tp'], b['fp'], b['fn'])[2]:.3f} (tp {b['tp']}, fp {b['fp']}) -> "
              f"{prf(k['tp'], k['fp'], k['fn'])[2]:.3f} (tp {k['tp']}, fp {k['fp']}); triples "
              f"{prf(tb['tp'], tb['fp'], tb['fn'])[2]:.3f} -> {prf(tk['tp'], tk['fp'], tk['fn'])[2]:.3f}")
    if args.records:
        args.records.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS), "utf-8")
    print("dropped events per type (gold / false):")
    for kind in sorted({t for t, _ in all_types}, key=lambda t: -all_types[(t, "gold")] - all_types[(t, "false")]):
        print(f"  {kind:12} {all_types[(kind, 'gold')]:4} / {all_types[(kind, 'false')]:4}")
    print("where the gold events' actors stand:")
    for (role, place), n in sorted(all_places.items()):
        print(f"  {role:7} {place:20} {n}")


if __name__ == "__main__":
    main()
