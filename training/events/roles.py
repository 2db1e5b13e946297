"""Why a matched event's source or target is wrong (docs/events.md §10): every gold event the stage
finds with its trigger and type, its gold actor beside the stage's, sorted into classes.

Per role, one class each:
- right (the stage's first actor is the gold id), or right but not first (the gold id is among the
  stage's actors of that role);
- gold none: the gold has no actor in that role, the stage gives one;
- implicit: the gold infers the actor from outside the sentence (`source_text` null) and the stage has
  none / another one;
- no actor: the gold names the actor in the sentence, the stage has no linked actor in that role
  (with 'phrase unlinked' when the stage found the words but linked them to nothing);
- other id: the stage's actor words are the gold's words (they overlap), linked to another id
  (a country vs its government, a person vs a party, a local id vs a KB id);
- swapped: the stage gives the gold's other role here;
- wrong phrase: other words of the sentence.
Usage: python training/events/roles.py --set dev2 [--show] [--model nl_nieuwsgraaf_accurate]
With `--cache DIR` the parsed Docs are kept between runs and the events component and the article
steps run again on them with the current code (as dates.py does); `--save FILE` writes every matched
event's roles, `--against FILE` counts the roles fixed and broken since such a file (and lists them
with --show). Triple F1 and trigger + type F1 are printed as bench/evaluate_events.py scores them.
The blind set is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))

from stage_runs import SETS, cached_runs, rerun  # noqa: E402

from devdocs import gold_documents, gold_key, nth_span, prf  # noqa: E402
from evaluate_events import Tally, gold_events, system_events, triple_counts  # noqa: E402
from nieuwsgraaf.document import document_to_json  # noqa: E402
from nieuwsgraaf.events.lexicon import load_event_lexicon  # noqa: E402


def matched_pairs(gold: list[dict], system: list[dict]) -> list[tuple[dict, dict]]:
    """Gold and system events on overlapping triggers of the same type, each used once (as the
    evaluator pairs them)."""
    pairs, used = [], set()
    for g in gold:
        i = next((i for i, s in enumerate(system) if i not in used and s["type"] == g["type"]
                  and g["span"][0] < s["span"][1] and s["span"][0] < g["span"][1]), None)
        if i is not None:
            used.add(i)
            pairs.append((g, system[i]))
    return pairs


def gold_words(gold: dict, text: str, role: str) -> tuple[int, int] | None:
    """Where the gold's words for `role` stand: the occurrence in the sentence nearest the trigger."""
    words = gold.get(f"{role}_text")
    if not words:
        return None
    head = nth_span(text, gold["sentence_prefix"], gold["sentence_occurrence"])
    sentence = gold["sentence_str"]
    spots = []
    at = sentence.find(words)
    while at >= 0:
        spots.append((head[0] + at, head[0] + at + len(words)))
        at = sentence.find(words, at + 1)
    return min(spots, key=lambda s: abs(s[0] - gold["span"][0]), default=None)


def role_class(gold: dict, system: dict, text: str, role: str) -> str:
    want, got = gold[role], system[role]
    every = system[f"{role}s"]
    if want == got:
        return "right"
    if want is None:
        return "gold none, stage has one"
    if want in every:
        return "right but not first"
    words = gold_words(gold, text, role)
    other = "target" if role == "source" else "source"
    if words is None:
        return "implicit, stage none" if got is None else "implicit, stage another"
    arguments = [a for a in system["arguments"] if a["role"] == role]
    overlapping = [a for a in arguments if a["start"] < words[1] and words[0] < a["end"]]
    if got is None:
        return "no actor (phrase unlinked)" if overlapping else "no actor"
    if any(a["entity"] == got for a in overlapping):
        return "other id for the right words"
    if got == gold[other]:
        return "swapped"
    return "wrong phrase"


def rerun_analyses(model: str, name: str, cache: Path):
    """(run, analysis) for every article of a set: the cached Docs through the events component and
    the article steps with the current code."""
    lexicon = load_event_lexicon()
    for run in cached_runs(model, name, cache):
        yield run, rerun(run, lexicon)


def rerun_matches(model: str, name: str, cache: Path):
    """(run, analysis, document JSON, matched gold and system event pairs) for every article of a set,
    rerun on the cached Docs: what the tools that sort matched events' roles read."""
    for run, analysis in rerun_analyses(model, name, cache):
        document = document_to_json(analysis)
        yield run, analysis, document, matched_pairs(run.gold, system_events(document))


def set_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of a tool that reads the cached Docs of several sets: --cache, --sets, --model, --show."""
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--sets", nargs="+", choices=sorted(SETS), default=list(SETS))
    parser.add_argument("--model", default="nl_nieuwsgraaf_accurate")
    parser.add_argument("--show", action="store_true")


def rerun_documents(model: str, name: str, cache: Path) -> list[tuple[list[dict], dict]]:
    """Gold events and document JSON of every article of a set, rerun on the cached Docs."""
    return [(run.gold, document_to_json(analysis)) for run, analysis in rerun_analyses(model, name, cache)]


def pipeline_documents(model: str, name: str) -> list[tuple[list[dict], dict]]:
    """Gold events and document JSON of every article of a set, through the whole pipeline."""
    gold_file = SETS[name]
    records = {json.loads(line)["url"]: json.loads(line) for line in gold_file.read_text("utf-8").splitlines()}
    docs = gold_documents(model, gold_file)
    return [(gold_events(records[key], docs[key]["text"]), docs[key]) for key in sorted(records)
            if key in docs and gold_key(docs[key]) == key]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=sorted(SETS), default="dev2")
    parser.add_argument("--model", default="nl_nieuwsgraaf_accurate")
    parser.add_argument("--show", action="store_true", help="print every wrong role with its sentence")
    parser.add_argument("--cache", type=Path, help="keep the parsed Docs here; rerun the stage on them")
    parser.add_argument("--save", type=Path, help="write every matched event's roles here")
    parser.add_argument("--against", type=Path, help="count the roles fixed and broken since this --save file")
    args = parser.parse_args()

    articles = rerun_documents(args.model, args.set, args.cache) if args.cache else pipeline_documents(args.model, args.set)
    counts = {"source": Counter(), "target": Counter()}
    both = 0
    tally, triples = Tally(), Counter()
    outcomes = {}
    for gold, document in articles:
        text = document["text"]
        system = system_events(document)
        triples.update(triple_counts(gold, system, tally.add(gold, system)))
        for g, s in matched_pairs(gold, system):
            classes = {role: role_class(g, s, text, role) for role in ("source", "target")}
            both += all(c == "right" for c in classes.values())
            for role, name in classes.items():
                counts[role][name] += 1
                where = f"{gold_key(document)}|{g['span'][0]}|{g['type']}|{role}"
                outcomes[where] = {"right": name == "right", "stage": s[role], "gold": g[role],
                                   "words": g.get(role + "_text"), "sentence": g["sentence_str"][:220]}
                if args.show and name != "right" and not args.against:
                    argument_words = [(a["role"][0], a["text"], a["entity"]) for a in s["arguments"]]
                    print(f"{role} [{name}] {g['type']} {g['trigger']!r}: gold {g[role]} ({g.get(role + '_text')!r})"
                          f" stage {s[role]} | {argument_words}\n    {g['sentence_str'][:220]!r}")
    matched = sum(counts["source"].values())
    c = tally.counts
    print(f"{args.set}: {matched} matched events, both roles right {both}; trigger+type F1 "
          f"{prf(c['tp'], c['fp'], c['fn'])[2]:.3f} (tp {c['tp']}, fp {c['fp']}), triple F1 {prf(triples['tp'], triples['fp'], triples['fn'])[2]:.3f}"
          f" (tp {triples['tp']}, fp {triples['fp']}, fn {triples['fn']})")
    for role in ("source", "target"):
        print(f"  {role}:")
        for name, count in counts[role].most_common():
            print(f"    {count:4}  {name}")
    if args.against:
        compare(outcomes, json.loads(args.against.read_text("utf-8")), args.show)
    if args.save:
        args.save.write_text(json.dumps(outcomes, indent=0, ensure_ascii=False), "utf-8")


def compare(outcomes: dict[str, dict], before: dict[str, dict], show: bool) -> None:
    """Roles fixed and broken since `before` (on events matched both times), and how the stage's
    actor changed on the others (filled, emptied, another wrong one)."""
    changes = Counter()
    for where, now in sorted(outcomes.items()):
        then = before.get(where)
        if then is None or then["stage"] == now["stage"]:
            continue
        role = where.rsplit("|", 1)[1]
        kind = ("fixed" if now["right"] else "broken" if then["right"] else
                "filled, wrong" if then["stage"] is None else "emptied" if now["stage"] is None else "wrong to wrong")
        changes[f"{role} {kind}"] += 1
        if show:
            print(f"  {role} {kind}: gold {now['gold']} ({now['words']!r}) {then['stage']} -> {now['stage']}"
                  f"\n      {now['sentence']!r}")
    print("  changes since --against:", dict(sorted(changes.items())) or "none")


if __name__ == "__main__":
    main()
