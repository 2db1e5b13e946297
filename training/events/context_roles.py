"""Where the article names the actor the gold takes from the context (docs/events.md §38): for every
matched event (trigger and type right) whose gold source or target is implicit (the gold's actor is
not written in the event's sentence, roles.py's "implicit" classes), which candidate read from the
article around the event would give the gold's id, which another id, which none.

Candidates (each an existing entity of the article, a country's id read as its government when it acts):
- earlier other role: the other role of the nearest earlier event that has one linked (its source
  when we need a target: 'X eiste ... ; Y weigerde' is Y refusing X);
- earlier same role: the same role of the nearest earlier event that has it linked;
- same source before: the same role of the nearest earlier event with the same source;
- previous sentence: the linked actors of the sentence before, nearest first, not the event's
  own other role;
- most named: the article's most often named actor (headline first on a tie), not the other role;
- justice body: the court, prosecutor or police named last before (release, retreat words);
- dominant actor: the most named actor when it is named at least five times and two more than the
  next (events/context.py's dominant_actor; what the stage now does for ACCUSE, REJECT, THREATEN and
  SANCTION). With --types, only events of those types are counted.
Beside each, the cost: among matched events whose gold leaves the role empty and whose stage has it
empty too, how many would receive an actor (and how many of those had the whole triple right).
Rows are split by whether the event has its other role linked (a rule may want it).

Two readings of their own (docs/events.md §45):
- --forms: for every matched event with a linked source and no target (REQUEST, CONSULT, AGREE, SUPPORT
  unless --types says otherwise), what the gold's target is (none, the dominant actor, another actor from
  the context, one written in the sentence) beside what the trigger governs: a prepositional object
  ('roept op tot vrede', 'vraagt om tanks'), an 'om ... te' clause ('roept op om thuis te blijven'), a
  'dat' clause whose subject is a linked actor or is not ('eist dat de regering ...', 'wil dat er
  verkiezingen komen'), a plain object ('eist klaarheid') or nothing.
- --bodies: for every matched event with a linked target and no source (what events/justice.py completes),
  per type and trigger word, whether the court, prosecutor or police the article named last before is the
  gold's source, another, or fills a source the gold leaves empty; and the triples that would be made or lost.
Usage: python training/events/context_roles.py --cache DIR [--sets dev dev2 ...] [--types ACCUSE ...] [--show CANDIDATE]
       [--forms | --bodies]
The blind sets are never read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from roles import matched_pairs, rerun_analyses, role_class  # noqa: E402
from stage_runs import SETS  # noqa: E402

from nieuwsgraaf.document import document_to_json  # noqa: E402
from nieuwsgraaf.events.context import dominant_actor  # noqa: E402
from nieuwsgraaf.events.justice import body_kind  # noqa: E402

OTHER = {"source": "target", "target": "source"}
FORM_TYPES = ("REQUEST", "CONSULT", "AGREE", "SUPPORT")
BODY_KINDS = ("court", "prosecutor", "police")


def acting(entity: str | None) -> str | None:
    """A country that acts is its government (docs/events.md §4)."""
    return "gov:" + entity.removeprefix("gpe:") if entity and entity.startswith("gpe:") else entity


def sentence_of(sentences: list[list[int]], offset: int) -> int:
    return next((i for i, (start, end) in enumerate(sentences) if start <= offset < end + 1), -1)


def candidates(event: dict, events: list[dict], document: dict, role: str) -> dict[str, str | None]:
    """Every candidate's actor for `role` of `event`, or None."""
    start = event["span"][0]
    other = event[OTHER[role]]
    before = sorted((e for e in events if e["span"][0] < start), key=lambda e: e["span"][0], reverse=True)
    mentions = [m for m in document["mentions"] if m["entity"] and m["label"] != "DATE"]
    sentences = document["sentences"]
    here = sentence_of(sentences, start)
    found = {
        "earlier other role": next((e[OTHER[role]] for e in before if e[OTHER[role]] and e[OTHER[role]] != other), None),
        "earlier same role": next((e[role] for e in before if e[role] and e[role] != other), None),
        "same source before": next((e[role] for e in before if other and e[OTHER[role]] == other and e[role]), None)
        if role == "target" else next((e[role] for e in before if other and e["target"] == other and e[role]), None),
    }
    previous = [m for m in mentions if sentence_of(sentences, m["start"]) == here - 1 and acting(m["entity"]) != other]
    found["previous sentence"] = acting(previous[-1]["entity"]) if previous and here > 0 else None
    counts = Counter(acting(m["entity"]) for m in mentions if acting(m["entity"]) != other
                     and not m["entity"].startswith(("loc:",)))
    headline = {acting(m["entity"]) for m in mentions if sentence_of(sentences, m["start"]) == 0}
    ranked = sorted(counts, key=lambda e: (-counts[e], e not in headline))
    found["most named"] = ranked[0] if ranked else None
    found["dominant actor"] = dominant_actor(Counter(acting(m["entity"]) for m in mentions
                                                     if not m["entity"].startswith("loc:")), frozenset({other} - {None}))
    bodies = [m for m in mentions if m["end"] <= start and body_kind(m["entity"])]
    named = max(bodies, key=lambda m: m["start"], default=None)
    found["justice body"] = named["entity"] if named else None
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    parser.add_argument("--model", default="nl_nieuwsgraaf_accurate")
    parser.add_argument("--show", help="print each implicit role with this candidate's answer")
    parser.add_argument("--types", nargs="+", help="count only events of these types")
    reading = parser.add_mutually_exclusive_group()
    reading.add_argument("--forms", action="store_true", help="gold targets by what the trigger governs")
    reading.add_argument("--bodies", action="store_true", help="courts, prosecutors, police as missing sources")
    args = parser.parse_args()

    tally = Counter()
    for name in args.sets:
        for run, analysis in rerun_analyses(args.model, name, args.cache):
            gold, document = run.gold, document_to_json(analysis)
            events = [{**e, "span": (e["trigger"]["start"], e["trigger"]["end"])} for e in document["events"]]
            pairs = matched_pairs(gold, events)
            if args.forms:
                tally.update(target_forms(pairs, events, document, run.doc, set(args.types or FORM_TYPES),
                                          name if args.show else None))
                continue
            if args.bodies:
                tally.update(body_sources(pairs, document, name if args.show else None))
                continue
            for g, s in pairs:
                if args.types and g["type"] not in args.types:
                    continue
                for role in ("source", "target"):
                    kind = role_class(g, s, document["text"], role)
                    has_other = "other linked" if s[OTHER[role]] else "other empty"
                    found = candidates(s, events, document, role)
                    if kind.startswith("implicit"):
                        stage = "stage none" if kind.endswith("none") else "stage another"
                        tally[(role, stage, has_other, "(roles)", "")] += 1
                        for candidate, actor in found.items():
                            verdict = "none" if actor is None else "gold" if actor == g[role] else "other"
                            tally[(role, stage, has_other, candidate, verdict)] += 1
                            if args.show == candidate and stage == "stage none":
                                print(f"{name} {role} {g['type']} {g['trigger']!r} gold {g[role]} -> {actor} "
                                      f"[{verdict}] ({has_other})\n    {g['sentence_str'][:200]!r}")
                    elif g[role] is None and s[role] is None:
                        right = (s["source"], s["target"]) == (g["source"], g["target"])
                        tally[(role, "gold none", has_other, "(roles)", "")] += 1
                        tally[(role, "gold none", has_other, "(triple right)", "")] += right
                        for candidate, actor in found.items():
                            if actor is not None:
                                tally[(role, "gold none", has_other, candidate, "filled")] += 1
                                tally[(role, "gold none", has_other, candidate, "triple broken")] += right
    if args.forms or args.bodies:
        for key, n in sorted(tally.items()):
            print(" | ".join(key), n)
        return
    report(tally)


def gold_target(g: dict, s: dict, events: list[dict], document: dict) -> str:
    """What the gold has as the target of an event the stage gives none."""
    if g["target"] is None:
        return "gold none"
    if g.get("target_text") is not None:
        return "in the sentence"
    dominant = candidates(s, events, document, "target")["dominant actor"]
    return "dominant actor" if g["target"] == dominant else "other from context"


def _covers_actor(token, document: dict) -> bool:
    """Whether the token's phrase holds a linked actor of the article."""
    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    return any(m["entity"] and m["label"] != "DATE" and start <= m["start"] < end for m in document["mentions"])


def complement_form(trigger, document: dict) -> str:
    """What the trigger (a spaCy token) governs, read from the parse: 'dat' clause (with an actor as
    its subject or not), 'om ... te' clause, prepositional object, plain object, nothing."""
    for child in trigger.children:
        marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
        if child.dep_ in ("ccomp", "xcomp", "advcl") and "dat" in marks:
            subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubj:pass")]
            return "dat, actor subject" if any(_covers_actor(c, document) for c in subjects) else "dat, no actor subject"
        if child.dep_ in ("ccomp", "xcomp", "advcl") and "te" in marks:
            return "om/te clause"
    if any(c.dep_ == "obl:arg" for c in trigger.children):
        return "prepositional object"
    if any(c.dep_ == "obj" for c in trigger.children):
        return "plain object"
    return "nothing governed"


def target_forms(pairs, events: list[dict], document: dict, doc, types: set[str], show: str | None) -> Counter:
    """(type, form, gold target) counts of matched events with a linked source and no target."""
    tally = Counter()
    for g, s in pairs:
        if g["type"] not in types or not s["source"] or s["target"]:
            continue
        trigger = next((t for t in doc if t.idx >= s["span"][0]), None)
        form = complement_form(trigger, document) if trigger is not None else "nothing governed"
        verdict = gold_target(g, s, events, document)
        tally[(g["type"], form, verdict)] += 1
        tally[("(all)", form, verdict)] += 1
        if show:
            print(f"{show} {g['type']} [{form}] {verdict}: {g['target']}\n    {g['sentence_str'][:200]!r}")
    return tally


def body_sources(pairs, document: dict, show: str | None) -> Counter:
    """(type, trigger word, body kind, verdict) counts of the body of each kind named last before an
    event with a linked target and no source; 'triple made' / 'triple lost' where the target is right."""
    tally = Counter()
    named = [m for m in document["mentions"] if m["entity"] and body_kind(m["entity"])]
    for g, s in pairs:
        if s["source"] or not s["target"]:
            continue
        word = s["trigger"]["text"].lower().split()[-1]
        for kind in BODY_KINDS:
            last = max((m for m in named if m["end"] <= s["span"][0] and body_kind(m["entity"]) == kind),
                       key=lambda m: m["start"], default=None)
            if last is None:
                continue
            verdict = "gold" if last["entity"] == g["source"] else "fills gold none" if g["source"] is None else "other"
            tally[(g["type"], kind, verdict)] += 1
            tally[(g["type"], kind, word, verdict)] += 1
            if s["target"] == g["target"] and verdict != "other":
                tally[(g["type"], kind, "triple made" if verdict == "gold" else "triple lost")] += 1
            if show:
                print(f"{show} {g['type']} {word!r} {kind} {last['entity']} [{verdict}] gold {g['source']}\n"
                      f"    {g['sentence_str'][:200]!r}")
    return tally


def report(tally: Counter) -> None:
    """One line per role, stage class and other-role state: the candidates' gold / other / none."""
    groups = sorted({key[:3] for key in tally})
    names = sorted({key[3] for key in tally if not key[3].startswith("(")})
    for group in groups:
        print(" | ".join(group), f"({tally[(*group, '(roles)', '')]} roles"
              + (f", {tally[(*group, '(triple right)', '')]} triples right)" if group[1] == "gold none" else ")"))
        for candidate in names:
            if group[1] == "gold none":
                print(f"    {candidate:20} filled {tally[(*group, candidate, 'filled')]:4}  "
                      f"triple broken {tally[(*group, candidate, 'triple broken')]:4}")
            else:
                print(f"    {candidate:20} gold {tally[(*group, candidate, 'gold')]:4}  "
                      f"other {tally[(*group, candidate, 'other')]:4}  none {tally[(*group, candidate, 'none')]:4}")


if __name__ == "__main__":
    main()
