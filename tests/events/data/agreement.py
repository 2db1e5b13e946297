#!/usr/bin/env python3
"""Agreement between two annotation passes of the gold political events.

Usage:
    python tests/events/data/agreement.py DOCS.jsonl [SEEDS.jsonl ...] [--first FIRST.jsonl]
        [--second SECOND.jsonl] [--show]

DOCS/SEEDS are the outputs of `nieuwsgraaf extract ... --jsonl --model none`, as for check_gold.py: the
gold keeps no article text, so each event's sentence is located in the cleaned text (sentence_prefix,
sentence_occurrence, sentence_length) and its trigger by trigger_occurrence inside that sentence.
Defaults: dev_events.jsonl (first pass) and dev_events_second_pass.jsonl (second pass) next to this
script. Only the articles present in the second pass are compared.

Reported:
  * trigger F1: the two passes mark the same trigger (same sentence, same span), any type;
  * trigger+type F1: same trigger and same type (the headline figure);
  * lenient trigger+type F1: same sentence, overlapping trigger spans, same type;
  * on the pairs matched by trigger+type: agreement on mode, source, target, modality, negated, in_quote
    and date value (percent of pairs), and Cohen's kappa of type on the pairs matched by trigger alone.
"""
import argparse
import collections
import json
import sys
from pathlib import Path

from check_gold import locate_sentence, nth, read_documents

HERE = Path(__file__).resolve().parent


def load(path):
    with open(path, encoding="utf-8") as f:
        return {r["url"]: r["events"] for r in (json.loads(line) for line in f if line.strip())}


def place(events, text, url):
    """The events with their located sentence: "sentence" (start, end) in the cleaned text, "span" the
    trigger's (start, end) inside that sentence, "sentence_str" the sentence itself (for --show)."""
    placed = []
    for event in events:
        located = locate_sentence(text, event)
        if located is None:
            raise ValueError(f"{url}: sentence not found in the cleaned text: {event['sentence_prefix']!r} "
                             f"(occurrence {event['sentence_occurrence']}, length {event['sentence_length']})")
        sent = text[located[0]:located[1]]
        trig, occ = event["trigger"], event["trigger_occurrence"]
        pos = nth(sent, trig, occ)
        if pos < 0:
            raise ValueError(f"{url}: trigger {trig!r} not found {occ} times in {sent[:60]!r}")
        placed.append({**event, "sentence": located, "span": (pos, pos + len(trig)), "sentence_str": sent})
    return placed


def match(a_events, b_events, same):
    """Greedy one-to-one matching; returns the list of (a, b) pairs."""
    used = set()
    pairs = []
    for a in a_events:
        for j, b in enumerate(b_events):
            if j not in used and same(a, b):
                used.add(j)
                pairs.append((a, b))
                break
    return pairs


def exact(a, b):
    return a["sentence"] == b["sentence"] and a["span"] == b["span"]


def exact_typed(a, b):
    return exact(a, b) and a["type"] == b["type"]


def lenient_typed(a, b):
    if a["sentence"] != b["sentence"] or a["type"] != b["type"]:
        return False
    (s1, e1), (s2, e2) = a["span"], b["span"]
    return s1 < e2 and s2 < e1


def prf(tp, n_a, n_b):
    p = tp / n_b if n_b else 0.0  # second pass judged against the first
    r = tp / n_a if n_a else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def kappa(pairs):
    if not pairs:
        return 0.0
    n = len(pairs)
    observed = sum(a["type"] == b["type"] for a, b in pairs) / n
    ca = collections.Counter(a["type"] for a, _ in pairs)
    cb = collections.Counter(b["type"] for _, b in pairs)
    expected = sum(ca[t] * cb[t] for t in set(ca) | set(cb)) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("docs", nargs="+", help="cleaned documents (nieuwsgraaf extract --jsonl --model none)")
    ap.add_argument("--first", default=str(HERE / "dev_events.jsonl"))
    ap.add_argument("--second", default=str(HERE / "dev_events_second_pass.jsonl"))
    ap.add_argument("--show", action="store_true", help="print the events only one pass has")
    args = ap.parse_args()
    first, second = load(args.first), load(args.second)
    docs = read_documents(args.docs)
    missing = [u for u in second if u not in first]
    if missing:
        print(f"not in the first pass: {missing}")
    urls = [u for u in second if u in first]
    absent = [u for u in urls if u not in docs]
    if absent:
        print(f"not in the documents: {absent}")
        return 1
    n_a = sum(len(first[u]) for u in urls)
    n_b = sum(len(second[u]) for u in urls)
    counts = collections.Counter()
    typed_pairs, trigger_pairs = [], []
    for u in urls:
        a, b = place(first[u], docs[u][1], u), place(second[u], docs[u][1], u)
        trigger_pairs += match(a, b, exact)
        tp = match(a, b, exact_typed)
        typed_pairs += tp
        counts["lenient"] += len(match(a, b, lenient_typed))
        if args.show:
            matched_a = {id(x) for x, _ in tp}
            matched_b = {id(y) for _, y in tp}
            for x in a:
                if id(x) not in matched_a:
                    print(f"  first only : {x['type']:9} {x['trigger']!r:22} {x['sentence_str'][:70]!r}")
            for y in b:
                if id(y) not in matched_b:
                    print(f"  second only: {y['type']:9} {y['trigger']!r:22} {y['sentence_str'][:70]!r}")
    print(f"articles compared: {len(urls)} ({sum(1 for u in urls if not first[u] and not second[u])} empty in both)")
    print(f"events: first pass {n_a}, second pass {n_b}")
    for name, tp in (("trigger", len(trigger_pairs)), ("trigger+type", len(typed_pairs)),
                     ("lenient trigger+type", counts["lenient"])):
        p, r, f = prf(tp, n_a, n_b)
        print(f"{name + ' F1:':27} {f:.3f}  (P {p:.3f}, R {r:.3f}, {tp} matched)")
    print(f"type kappa on trigger-matched pairs: {kappa(trigger_pairs):.3f} ({len(trigger_pairs)} pairs)")
    n = len(typed_pairs)
    if n:
        def agree(key):
            return sum(a[key] == b[key] for a, b in typed_pairs) / n
        date_agree = sum(((a["date"] or {}).get("value") == (b["date"] or {}).get("value"))
                         for a, b in typed_pairs) / n
        both = sum(a["source"] == b["source"] and a["target"] == b["target"] for a, b in typed_pairs) / n
        print(f"on the {n} trigger+type pairs:")
        for key in ("mode", "source", "target", "modality", "negated", "in_quote"):
            print(f"  {key + ':':10} {agree(key):.1%}")
        print(f"  {'source+target:':10} {both:.1%}")
        print(f"  {'date:':10} {date_agree:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
