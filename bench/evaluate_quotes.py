"""Quote extraction against hand annotations (tests/quotes/data/gold_quotes.jsonl).

A system quote matches a gold quote of the same kind when their spans overlap by at least
half of the longer one. Reports detection P/R/F1 and speaker accuracy on matches, per kind, and how many
system speakers are no entity of their article (issue #14: should be 0). Where the gold says when a
quote was said (`said`), the date accuracy of the matched quotes beside the publication-date baseline on
the same quotes; and how many system quotes are dated after their article (should be 0).
--show-errors lists the misses, extras, wrong speakers and dates under each article's url.
Usage: python bench/evaluate_quotes.py [--model NAME] [--show-errors] [--heldout | --blind]
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
from nieuwsgraaf.periods import period_end, period_start

GOLD = REPO / "tests" / "quotes" / "data" / "gold_quotes.jsonl"
HELDOUT = REPO / "tests" / "quotes" / "data" / "heldout" / "heldout_quotes.jsonl"
BLIND = REPO / "tests" / "quotes" / "data" / "blind" / "blind_quotes.jsonl"


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.5 * max(a[1] - a[0], b[1] - b[0])


def matching_quote(gold: dict, span: tuple[int, int], system: list[dict], used: set[int]) -> int | None:
    """The index of the first system quote not yet `used` that matches a gold quote at `span`."""
    return next((i for i, q in enumerate(system) if i not in used and q["kind"] == gold["kind"]
                 and overlaps(span, (q["start"], q["end"]))), None)


def same_day(got: str | None, want: str) -> bool:
    """A system date matches the gold one; a time of day ('2019-10-03TEV') counts as its day and a
    weekend ('2025-W49-WE') as its week: the gold dates to the day, week, month or year."""
    return got is not None and (got == want or got.split("T")[0] == want or got.removesuffix("-WE") == want)


def _after_publication(date: dict | None, published: dict | None) -> bool:
    """Whether a fact date starts after the last day its article may have been published."""
    if not date or not date.get("value") or not published or not published.get("value"):
        return False
    start, last = period_start(date["value"]), period_end(published["value"])
    return bool(start and last and start > last)


def id_kind(speaker: str | None) -> str:
    """'kb' (a knowledge-base id), 'local' (a local id) or 'none'."""
    if speaker is None:
        return "none"
    return "local" if speaker.startswith("local:") else "kb"


def same_name(gold: str | None, got: str | None) -> bool:
    """Whether two different ids end in the same word ('local:per:jan-de-vries', 'local:per:de-vries'):
    the same actor named another way, more likely than another actor (counted, never scored right)."""
    if not gold or not got:
        return False
    return gold.rsplit(":", 1)[-1].rsplit("-", 1)[-1] == got.rsplit(":", 1)[-1].rsplit("-", 1)[-1]


def speaker_breakdown(by_kind: Counter, same_names: Counter, quote_kind: str) -> str:
    """'kb 40/50 (wrong: 6 kb, 3 local, 1 none); local …' from counts alone, so that a set kept
    unseen can say where its speakers go wrong without showing a quote."""
    parts = []
    for gold in ("kb", "local", "none"):
        cells = {key: n for key, n in by_kind.items() if key[0] == quote_kind and key[1] == gold}
        total = sum(cells.values())
        if not total:
            continue
        named = same_names[quote_kind, gold]
        right = sum(n for key, n in cells.items() if key[2])
        wrong = Counter()
        for key, n in cells.items():
            if not key[2]:
                wrong[key[3]] += n
        got = ", ".join(f"{wrong[k]} {k}" for k in ("kb", "local", "none") if wrong[k])
        got += f"; {named} of them ending in the gold id's last word" if named else ""
        parts.append(f"{gold} {right}/{total}" + (f" (wrong: {got})" if got else ""))
    return "; ".join(parts)


def evaluate(model: str, show_errors: bool, gold_file: Path = GOLD, documents: dict[str, dict] | None = None) -> dict:
    """The figures of one gold file; `documents` (keyed by gold_key) instead of running `model`
    (training/speakers/cross_set.py scores a speaker choice this way)."""
    docs = documents if documents is not None else gold_documents(model, gold_file)
    scores = {kind: {"tp": 0, "fp": 0, "fn": 0, "speaker_ok": 0} for kind in ("direct", "indirect")}
    errors = []
    speakers = not_entities = 0
    dated = {"total": 0, "system": 0, "baseline": 0, "after": 0, "quotes": 0}
    by_kind: Counter = Counter()  # (quote kind, gold id kind, right?, system id kind): counts only
    same_names: Counter = Counter()  # (quote kind, gold id kind) of wrong speakers ending in the gold's last word
    for gold, document in annotated_articles(gold_file, docs, errors):
        system = document["quotes"]
        ids = {e["id"] for e in document["entities"]}
        found = [q["speaker"] for q in system if q["speaker"] is not None]
        speakers += len(found)
        not_entities += sum(speaker not in ids for speaker in found)
        published = document.get("published")
        dated["quotes"] += len(system)
        dated["after"] += sum(_after_publication(q.get("date"), published) for q in system)
        used = set()
        header = len(errors)
        for quote in gold["quotes"]:
            span = nth_span(document["text"], quote["text"], quote["occurrence"])
            if span is None:
                continue
            kind = scores[quote["kind"]]
            match = matching_quote(quote, span, system, used)
            if match is None:
                kind["fn"] += 1
                errors.append(f"  missed {quote['kind']} {quote['text'][:70]!r} ({quote['speaker']})")
                continue
            used.add(match)
            kind["tp"] += 1
            right = system[match]["speaker"] == current_id(quote["speaker"])
            by_kind[quote["kind"], id_kind(quote["speaker"]), right, id_kind(system[match]["speaker"])] += 1
            if not right and same_name(quote["speaker"], system[match]["speaker"]):
                same_names[quote["kind"], id_kind(quote["speaker"])] += 1
            if right:
                kind["speaker_ok"] += 1
            else:
                errors.append(f"  speaker {quote['text'][:50]!r}: want {quote['speaker']} got {system[match]['speaker']}")
            said = quote.get("said")
            if said and said.get("value"):
                dated["total"] += 1
                got = (system[match].get("date") or {}).get("value")
                dated["system"] += same_day(got, said["value"])
                dated["baseline"] += (published or {}).get("value") == said["value"]
                if not same_day(got, said["value"]):
                    errors.append(f"  date {quote['text'][:50]!r}: want {said['value']} ({said.get('basis')}) got {got}")
        for i, q in enumerate(system):
            if i not in used:
                scores[q["kind"]]["fp"] += 1
                errors.append(f"  extra {q['kind']} {q['text'][:70]!r} ({q['speaker']})")
        if len(errors) > header:  # the article's errors under its url
            errors.insert(header, gold["url"])
    results = {}
    model_name = next(iter(docs.values()))["meta"]["nlp_model"]
    print(f"model {model_name}: quotes on {articles_scored(gold_file, errors)}")
    for kind, s in scores.items():
        precision, recall, f1 = prf(s["tp"], s["fp"], s["fn"])
        speaker = s["speaker_ok"] / s["tp"] if s["tp"] else 0.0
        results[kind] = {"precision": precision, "recall": recall, "f1": f1, "speaker_accuracy": speaker}
        print(f"  {kind:8}: P {precision:.3f} R {recall:.3f} F1 {f1:.3f}  speaker accuracy {speaker:.3f} "
              f"(tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")
    for quote_kind in scores:
        print(f"  {quote_kind} speakers right by the gold id's kind, and what the wrong ones got: "
              + speaker_breakdown(by_kind, same_names, quote_kind))
    print(f"  speakers that are no entity of their article: {not_entities} of {speakers}")
    results["speakers_not_entities"] = not_entities
    print(f"  quotes dated after their article: {dated['after']} of {dated['quotes']}")
    results["dated_after_article"] = dated["after"]
    if dated["total"]:
        accuracy, baseline = dated["system"] / dated["total"], dated["baseline"] / dated["total"]
        print(f"  quote date accuracy on {dated['total']} found quotes the gold dates: {accuracy:.3f} "
              f"(publication-date baseline {baseline:.3f})")
        results["date_accuracy"], results["date_baseline"] = accuracy, baseline
    if show_errors:
        print("\n".join(errors))
    return results


if __name__ == "__main__":
    evaluation_main(evaluate, __doc__, HELDOUT, BLIND)
