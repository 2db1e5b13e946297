"""Where the missed gold events are lost (docs/events.md §15, §29): every gold event with no stage event of
its type on its trigger, on the cached Docs rerun with the current code, sorted as §15 sorts them:
(a) a lexicon trigger on the word but no event (with a mention: no linked actor; without: dropped in the
tree), (b) found with another type, (c) an event of the gold type on another word of the phrase (head,
dependent or within three words), (d) no lexicon entry covers the word.
`--show` prints every missed event with its class, lemma and sentence; `--jsonl FILE` writes them.
Usage: python training/events/missed.py --set dev7 --cache /work/cache15 [--show] [--jsonl F]
The blind sets are never read.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from roles import rerun_analyses

from nieuwsgraaf.events.lexicon import load_event_lexicon
from nieuwsgraaf.events.triggers import find_triggers


def _overlap(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _tokens(doc, span):
    return [t for t in doc if _overlap(span, (t.idx, t.idx + len(t)))]


def _near(token, other) -> bool:
    """`other` is the head, a dependent or within three words of `token`."""
    return other.head == token or token.head == other or abs(other.i - token.i) <= 3


def classify(gold: dict, doc, events, mentions, hits) -> str:
    span, kind = gold["span"], gold["type"]
    near = [e for e in events if _overlap(span, e[:2])]
    if near:
        return "b other type"
    tokens = _tokens(doc, span)
    same_type = [e for e in events if e[2] == kind]
    for token in tokens:
        for e in same_type:
            if any(_near(token, t) for t in _tokens(doc, e[:2])):
                return "c other word"
    if any(_overlap(span, (h.token.idx, h.token.idx + len(h.token))) for h in hits):
        if any(_overlap(span, m[:2]) for m in mentions):
            return "a dropped: mention, no linked actor"
        return "a dropped: no mention"
    return "d no entry"


def missed(name: str, cache: Path, model: str):
    lexicon = load_event_lexicon()
    for run, analysis in rerun_analyses(model, name, cache):
        doc = run.doc
        hits = [hit for sent in doc.sents for hit in find_triggers(sent, lexicon)]
        events = [(e.trigger.start, e.trigger.end, e.type) for e in analysis.events]
        mentions = [(m.trigger.start, m.trigger.end, m.type) for m in analysis.event_mentions]
        for g in run.gold:
            if any(e[2] == g["type"] and _overlap(g["span"], e[:2]) for e in events):
                continue
            tokens = _tokens(doc, g["span"])
            yield {"set": name, "key": run.key, "start": g["span"][0], "type": g["type"], "trigger": g["trigger"],
                   "lemma": " ".join(t.lemma_ for t in tokens), "pos": " ".join(t.pos_ for t in tokens),
                   "class": classify(g, doc, events, mentions, hits),
                   "others": sorted({e[2] for e in events if _overlap(g["span"], e[:2])}),
                   "sentence": g["sentence_str"][:260]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", default="dev7")
    parser.add_argument("--model", default="nl_nieuwsgraaf_accurate")
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--jsonl", type=Path)
    args = parser.parse_args()
    rows = list(missed(args.set, args.cache, args.model))
    counts = Counter(r["class"] for r in rows)
    print(f"{args.set}: {len(rows)} missed gold events")
    for name, count in sorted(counts.items()):
        print(f"  {count:4}  {name}")
    if args.show:
        for r in sorted(rows, key=lambda r: (r["class"], r["lemma"])):
            print(f"[{r['class']}] {r['type']} {r['trigger']!r} ({r['lemma']}/{r['pos']}) {r['others']}\n    {r['sentence']!r}")
    if args.jsonl:
        args.jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


if __name__ == "__main__":
    main()
