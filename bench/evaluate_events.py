"""Political events against hand annotations (tests/events/data/dev_events.jsonl; docs/events.md).

A system event matches a gold event when their triggers overlap (and, for the typed scores, the
types agree). Reported, beside a keyword baseline (every word of the trigger lexicon, with its
first type, no parse and no actors) on the same articles:
- trigger + type P/R/F1 (micro) and macro F1 over the types that occur; quad F1;
- (type, source, target) F1 with actors compared by entity id;
- mode accuracy given the right type; modality accuracy and negation F1 on matched events;
- date accuracy where the gold dates the event, beside the publication date on the same events.
Usage: python bench/evaluate_events.py [--model NAME] [--show-errors] [--gold FILE] [--heldout | --blind]
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from devdocs import (
    REPO,
    annotated_articles,
    articles_scored,
    current_id,
    evaluation_main,
    gold_documents,
    nth_span,
    prf,
)
from nieuwsgraaf.events.lexicon import load_event_lexicon

GOLD = REPO / "tests" / "events" / "data" / "dev_events.jsonl"
HELDOUT = REPO / "tests" / "events" / "data" / "heldout" / "heldout_events.jsonl"
BLIND = REPO / "tests" / "events" / "data" / "blind" / "blind_events.jsonl"
QUADS = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
         "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 4, "PROTEST": 4,
         "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}


def gold_events(record: dict, text: str) -> list[dict]:
    """Gold events with character spans of their triggers in the system's cleaned text.

    The gold keeps no article text: an event's sentence starts at the `sentence_occurrence`-th match of
    `sentence_prefix` in the text and is `sentence_length` characters long (docs/events.md section 8);
    the trigger is the `trigger_occurrence`-th match of `trigger` inside it. The located sentence is
    kept as "sentence_str"; events that cannot be placed are left out.
    """
    found = []
    for event in record["events"]:
        head = nth_span(text, event["sentence_prefix"], event["sentence_occurrence"])
        if head is None or head[0] + event["sentence_length"] > len(text):
            continue
        start = head[0]
        sentence = text[start:start + event["sentence_length"]]
        inner = nth_span(sentence, event["trigger"], event.get("trigger_occurrence", 1))
        if inner is None:
            continue
        found.append({**event, "source": current_id(event["source"]), "target": current_id(event["target"]),
                      "sentence_str": sentence, "span": (start + inner[0], start + inner[1])})
    return found


def keyword_events(text: str) -> list[dict]:
    """The baseline: every trigger-lexicon word in the text, typed by its first entry."""
    lexicon = load_event_lexicon()
    found = []
    position = 0
    for word in text.split():
        start = text.find(word, position)
        position = start + len(word)
        clean = word.strip(".,:;!?\"'()[]«»„”“‘’").lower()
        entries = lexicon.words.get(clean)
        if entries:
            offset = start + word.lower().find(clean)
            found.append({"type": entries[0].type, "span": (offset, offset + len(clean))})
    return found


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match_events(gold: list[dict], system: list[dict], same_type: bool) -> list[tuple[dict, dict]]:
    pairs, used = [], set()
    for g in gold:
        i = next((i for i, s in enumerate(system) if i not in used and _overlap(g["span"], s["span"])
                  and (not same_type or s["type"] == g["type"])), None)
        if i is not None:
            used.add(i)
            pairs.append((g, system[i]))
    return pairs


class Tally:
    def __init__(self):
        self.counts = Counter()
        self.per_type = {t: Counter() for t in QUADS}

    def add(self, gold: list[dict], system: list[dict]) -> list[tuple[dict, dict]]:
        typed = match_events(gold, system, same_type=True)
        self.counts.update(tp=len(typed), fp=len(system) - len(typed), fn=len(gold) - len(typed))
        for kind in QUADS:
            g = [e for e in gold if e["type"] == kind]
            s = [e for e in system if e["type"] == kind]
            hits = len(match_events(g, s, True))
            self.per_type[kind].update(tp=hits, fp=len(s) - hits, fn=len(g) - hits)
        quad = match_events([{**e, "type": QUADS[e["type"]]} for e in gold],
                      [{**e, "type": QUADS[e["type"]]} for e in system], True)
        self.counts.update(quad_tp=len(quad), quad_fp=len(system) - len(quad), quad_fn=len(gold) - len(quad))
        return typed

    def line(self, name: str) -> str:
        c = self.counts
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        occurring = [prf(v["tp"], v["fp"], v["fn"])[2] for v in self.per_type.values() if v["tp"] + v["fn"]]
        macro = sum(occurring) / len(occurring) if occurring else 0.0
        quad = prf(c["quad_tp"], c["quad_fp"], c["quad_fn"])[2]
        return (f"  {name:9} trigger+type P {p:.3f} R {r:.3f} F1 {f:.3f}  macro F1 {macro:.3f}  quad F1 {quad:.3f}"
                f"  (tp {c['tp']}, fp {c['fp']}, fn {c['fn']})")


def system_events(document: dict) -> list[dict]:
    return [{**e, "span": (e["trigger"]["start"], e["trigger"]["end"])} for e in document["events"]]


def triple_counts(gold: list[dict], system: list[dict], typed: list[tuple[dict, dict]]) -> dict[str, int]:
    """tp, fp and fn of (type, source, target) in one article: a typed match (`typed`, Tally.add's) is
    right when its source and target are the gold's; each gold triple counts once."""
    hits = sum(1 for g, s in typed if (s["source"], s["target"]) == (g["source"], g["target"]))
    gold_triples = {(g["span"], g["type"], g["source"], g["target"]) for g in gold}
    return {"tp": hits, "fp": len(system) - hits, "fn": len(gold_triples) - hits}


def evaluate(model: str, show_errors: bool, gold_file: Path = GOLD) -> dict:
    docs = gold_documents(model, gold_file)
    system_tally, baseline_tally = Tally(), Tally()
    roles = Counter()
    extra = Counter()
    errors: list[str] = []
    for record, document in annotated_articles(gold_file, docs, errors):
        gold = gold_events(record, document["text"])
        roles["gold_unplaced"] += len(record["events"]) - len(gold)
        system = system_events(document)
        baseline_tally.add(gold, keyword_events(document["text"]))
        typed = system_tally.add(gold, system)
        roles.update({"triple_" + k: n for k, n in triple_counts(gold, system, typed).items()})
        for g, s in typed:
            extra["matched"] += 1
            extra["mode_ok"] += s["mode"] == g["mode"]
            extra["modality_ok"] += s["modality"] == g["modality"]
            extra["neg_tp"] += s["negated"] and g["negated"]
            extra["neg_fp"] += s["negated"] and not g["negated"]
            extra["neg_fn"] += g["negated"] and not s["negated"]
            if g.get("date") and g["date"].get("value"):
                extra["dated"] += 1
                extra["date_ok"] += s["date"]["value"] == g["date"]["value"]
                published = (document.get("published") or {}).get("value")
                extra["publication_ok"] += published == g["date"]["value"]
        if show_errors:
            matched = {id(s) for _, s in typed}
            found = {id(g) for g, _ in typed}
            lines = [f"  missed {g['type']} {g['trigger']!r} in {g['sentence_str'][:60]!r}" for g in gold
                     if id(g) not in found]
            lines += [f"  extra {s['type']} {s['trigger']['text']!r} ({s['source']} -> {s['target']})" for s in system
                      if id(s) not in matched]
            if lines:
                errors.append(record["url"])
                errors.extend(lines)
    model_name = next(iter(docs.values()))["meta"]["nlp_model"] if docs else model
    print(f"model {model_name}: events on {articles_scored(gold_file, errors)} ({roles['gold_unplaced']} gold events not placed)")
    print(system_tally.line("system"))
    print(baseline_tally.line("keywords"))
    tp, fp, fn = roles["triple_tp"], roles["triple_fp"], roles["triple_fn"]
    triple = prf(tp, fp, fn)
    matched = extra["matched"] or 1
    neg = prf(extra["neg_tp"], extra["neg_fp"], extra["neg_fn"])
    dated = extra["dated"] or 1
    print(f"  (type, source, target) P {triple[0]:.3f} R {triple[1]:.3f} F1 {triple[2]:.3f} (tp {tp}, fp {fp}, fn {fn})")
    print(f"  on {extra['matched']} matched events: mode accuracy {extra['mode_ok'] / matched:.3f}, "
          f"modality accuracy {extra['modality_ok'] / matched:.3f}, negation F1 {neg[2]:.3f}")
    print(f"  date accuracy {extra['date_ok'] / dated:.3f} on {extra['dated']} dated matched events "
          f"(publication date: {extra['publication_ok'] / dated:.3f})")
    if show_errors:
        print("\n".join(errors))
    c = system_tally.counts
    return {"trigger_type_f1": prf(c["tp"], c["fp"], c["fn"])[2], "triple_f1": triple[2],
            "date_accuracy": extra["date_ok"] / dated}


if __name__ == "__main__":
    evaluation_main(evaluate, __doc__, HELDOUT, BLIND)
