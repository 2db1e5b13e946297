"""Accuracy of the temporal tagger: hand-written cases per category, and real articles.

cases.tsv      one expression per sentence: detected with the exact span? right type, value, mod?
corpus_timex   every expression in 23 real articles: detection P/R/F (exact span), value accuracy
blind          the same on the blind set (tests/time/data/blind/), annotated before the tagger ran on it
Usage: python bench/evaluate_time.py [--show-errors] [--blind]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
from collections import defaultdict
from pathlib import Path

from devdocs import blind_missing, corpus_paths, nth_span, prf
from nieuwsgraaf.pipeline import RunReport, clean_inputs, read_inputs
from nieuwsgraaf.records import Article, DateValue
from nieuwsgraaf.settings import Settings
from nieuwsgraaf.time import find_timexes

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "time" / "data"
BLIND = DATA / "blind" / "blind_timex.jsonl"
SHARED = Path(os.environ.get("NG_SHARED", REPO.parent / "shared"))


def _dct(text: str) -> DateValue | None:
    if text in ("-", ""):
        return None
    return DateValue(text, "day" if len(text) == 10 else "month")


def _none(text: str) -> str | None:
    return None if text in ("-", "null", "") else text


def evaluate_cases(path: Path, show_errors: bool) -> dict:
    per_category: dict[str, list[bool]] = defaultdict(list)
    errors = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            found = find_timexes(row["sentence"], _dct(row["dct"]))
            if row["expression"] == "-":
                ok = not found
                got = [(t.text, t.value) for t in found]
            else:
                match = next((t for t in found if t.text == row["expression"]), None)
                expected = (row["type"], _none(row["value"]), _none(row["mod"]))
                got = (match.type, match.value, match.mod) if match else [(t.text, t.value) for t in found]
                ok = match is not None and got == expected
            per_category[row["category"]].append(ok)
            if not ok:
                errors.append(f"  [{row['category']}] {row['sentence']!r} dct={row['dct']} "
                              f"want {row['expression']!r}={row['type']}/{row['value']}/{row['mod']} got {got}")
    total = sum(len(v) for v in per_category.values())
    correct = sum(sum(v) for v in per_category.values())
    print(f"hand-written cases: {correct}/{total} exact = {correct / total:.3f}")
    for category, results in sorted(per_category.items()):
        print(f"  {category:28} {sum(results):4d}/{len(results):<4d} {sum(results) / len(results):.3f}")
    if show_errors:
        print("\n".join(errors))
    return {"cases": total, "accuracy": correct / total,
            "per_category": {k: sum(v) / len(v) for k, v in per_category.items()}}


def _cleaned_articles() -> dict[str, Article]:
    settings = Settings(model="none")
    articles = {}
    for item in clean_inputs(read_inputs(corpus_paths(), settings, RunReport()), settings, RunReport()):
        if isinstance(item, Article):
            key = item.url or f"seed:{Path(item.origin).name}"
            articles[key] = item
    return articles


def _spans(text: str, items: list[dict]) -> list[tuple[int, int, dict]]:
    spans = [(nth_span(text, item["text"], item.get("occurrence", 1)), item) for item in items]
    return [(span[0], span[1], item) for span, item in spans if span]


def evaluate_corpus(path: Path, show_errors: bool) -> dict:
    articles = _cleaned_articles()
    tp = fp = fn = value_ok = loose_ok = 0
    missing = []
    errors = []
    for line in path.read_text("utf-8").splitlines():
        gold = json.loads(line)
        article = articles.get(gold["url"])
        if article is None:
            missing.append(gold["url"])
            continue
        gold_spans = {(s, e): item for s, e, item in _spans(article.text, gold["timexes"])}
        found = {(t.start, t.end): t for t in find_timexes(article.text, article.published)}
        for span, item in gold_spans.items():
            # the value counts over every gold expression, read from an overlapping system one
            # when the spans differ ('vorige week dinsdag' found as 'dinsdag')
            overlapping = found.get(span) or next((t for (s, e), t in found.items() if s < span[1] and span[0] < e), None)
            loose_ok += overlapping is not None and overlapping.value == item.get("value")
            if span in found:
                tp += 1
                if found[span].value == item.get("value"):
                    value_ok += 1
                else:
                    errors.append(f"  value {item['text']!r}: want {item.get('value')} got {found[span].value}")
            else:
                fn += 1
                errors.append(f"  missed {item['text']!r} want {item.get('value')} ({gold['url'][:50]})")
        for span, timex in found.items():
            if span not in gold_spans:
                fp += 1
                errors.append(f"  extra {timex.text!r} ({gold['url'][:50]})")
    precision, recall, f1 = prf(tp, fp, fn)
    print(f"real articles: detection P {precision:.3f} R {recall:.3f} F1 {f1:.3f} "
          f"(tp {tp}, fp {fp}, fn {fn}); value accuracy on detected {value_ok}/{tp}")
    total = tp + fn
    print(f"  value right for {loose_ok}/{total} = {loose_ok / total if total else 0.0:.3f} of all annotated "
          f"expressions (read from an overlapping expression where the span differs)")
    if missing:
        print(f"  articles not found: {missing}")
    if show_errors:
        print("\n".join(errors))
    return {"precision": precision, "recall": recall, "f1": f1,
            "value_accuracy": value_ok / tp if tp else 0.0,
            "value_accuracy_all": loose_ok / (tp + fn) if tp + fn else 0.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--blind", action="store_true", help="score only the blind set")
    parser.add_argument("--gold", type=Path, help="score only this annotation file (e.g. tests/time/data/dev2/dev2_timex.jsonl)")
    args = parser.parse_args()
    if args.gold:
        evaluate_corpus(args.gold.resolve(), args.show_errors)
        return
    if args.blind:
        reason = blind_missing(BLIND)
        if reason:
            print(f"blind set skipped: {reason}")
        else:
            print("blind set:")
            evaluate_corpus(BLIND, args.show_errors)
        return
    if (DATA / "cases.tsv").is_file():
        evaluate_cases(DATA / "cases.tsv", args.show_errors)
    if (DATA / "corpus_timex.jsonl").is_file() and SHARED.is_dir():
        evaluate_corpus(DATA / "corpus_timex.jsonl", args.show_errors)


if __name__ == "__main__":
    main()
