"""A learned speaker choice measured across sets only (docs/evaluation.md, "A learned speaker choice").

For each direction (dev, dev2, dev3 each scored by a model trained on the other two), a conditional
logit over each quote's candidates (candidates.py) is fitted on the training sets' quotes that match a
gold quote and whose gold speaker is among the candidates. The model picks the candidate with the
highest probability, but replaces the rules' choice only when that probability beats the rules'
candidate's by more than a margin; the L2 weight and the margin are chosen by 5-fold cross-validation
over the training articles only. The third set is then scored once, every quote's speaker chosen by
the model, through bench/evaluate_quotes.py, with the paired bootstrap interval (95 %, articles
resampled) of the gain in speaker accuracy over the rules.

Ship rule, fixed before the first run: the weights ship only if every direction gains on direct
speaker accuracy (more matched direct quotes right than the rules) and none loses on indirect speaker
accuracy (fewer right). The blind and fourth sets are never read.
Usage: python training/speakers/cross_set.py --cache /tmp/speakerml11-cache [--show-changes]
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from candidates import FEATURES, RULE_FEATURES, QuoteCandidates, article_candidates
from sets import GOLD, cached_analyses, gold_records

from devdocs import current_id, nth_span
from evaluate_quotes import evaluate, matching_quote
from nieuwsgraaf.document import document_to_json
from nieuwsgraaf.entities import link_speakers
from nieuwsgraaf.records import Analysis

SETS = ("dev", "dev2", "dev3")
L2_CHOICES = (0.03, 0.3, 3.0, 30.0)
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)  # 1.0: never the model's
ALONE = -1.0  # a margin below every difference: always the model's own choice
UNMATCHED = "<no gold quote>"


@dataclass(frozen=True)
class Variant:
    """Which features the model sees, and which quotes it may give another speaker."""

    name: str
    mask: np.ndarray  # 1 for a feature the model uses, 0 for one it does not see
    without_cue_only: bool = False

    def rows(self, quote: QuoteCandidates) -> np.ndarray:
        return quote.features * self.mask


ALL = np.ones(len(FEATURES))
RULES_BLIND = np.array([0.0 if name in RULE_FEATURES else 1.0 for name in FEATURES])
# Fixed before the first run; the variant itself is chosen by CV within the training sets.
VARIANTS = (
    Variant("full: every feature, the rules' choice among them", ALL),
    Variant("rules-blind: no feature says which candidate the rules chose", RULES_BLIND),
    Variant("rules-blind, only quotes without a cue of their own", RULES_BLIND, without_cue_only=True),
)


@dataclass(frozen=True)
class ArticleData:
    key: str
    analysis: Analysis  # after the speaker step
    quotes: list[QuoteCandidates]
    gold: list[str | None]  # per system quote: the gold speaker of the gold quote it matches, else UNMATCHED


def load_set(name: str, cache: Path) -> list[ArticleData]:
    analyses = cached_analyses(name, cache)
    data = []
    for record in gold_records(name):
        analysis = analyses.get(record["url"])
        if analysis is None:
            continue
        linked = link_speakers(analysis)
        system = [{"kind": q.kind, "start": q.start, "end": q.end} for q in linked.quotes]
        gold: list[str | None] = [UNMATCHED] * len(system)
        used: set[int] = set()
        for quote in record["quotes"]:
            span = nth_span(linked.article.text, quote["text"], quote["occurrence"])
            if span is None:
                continue
            match = matching_quote(quote, span, system, used)
            if match is not None:
                used.add(match)
                gold[match] = current_id(quote["speaker"])
        data.append(ArticleData(record["url"], linked, article_candidates(linked), gold))
    return data


def _softmax(scores: np.ndarray) -> np.ndarray:
    exp = np.exp(scores - scores.max())
    return exp / exp.sum()


def fit(groups: list[tuple[np.ndarray, int]], l2: float, iterations: int = 50) -> np.ndarray:
    """Conditional-logit weights by Newton's method: each group is (candidate rows, index of the right one)."""
    weights = np.zeros(len(FEATURES))
    for _ in range(iterations):
        gradient, hessian = -l2 * weights, -l2 * np.eye(len(weights))
        for rows, right in groups:
            p = _softmax(rows @ weights)
            mean = p @ rows
            gradient += rows[right] - mean
            hessian -= (rows.T * p) @ rows - np.outer(mean, mean)
        step = np.linalg.solve(-hessian, gradient)
        weights += step
        if np.abs(step).max() < 1e-7:
            break
    return weights


def choose(quote: QuoteCandidates, weights: np.ndarray, margin: float, variant: Variant) -> str | None:
    """The model's speaker, or the rules' (candidate 0) unless the model's beats it by more than `margin`."""
    if variant.without_cue_only and quote.has_cue:
        return quote.rule
    p = _softmax(variant.rows(quote) @ weights)
    best = int(np.argmax(p))
    return quote.entities[best] if best != 0 and p[best] - p[0] > margin else quote.rule


def training_groups(articles: list[ArticleData], variant: Variant) -> list[tuple[np.ndarray, int]]:
    groups = []
    for article in articles:
        for quote, gold in zip(article.quotes, article.gold, strict=True):
            if gold != UNMATCHED and gold in quote.entities and not (variant.without_cue_only and quote.has_cue):
                groups.append((variant.rows(quote), quote.entities.index(gold)))
    return groups


def right_count(articles: list[ArticleData], weights: np.ndarray, margin: float, variant: Variant) -> int:
    return sum(choose(q, weights, margin, variant) == gold for a in articles for q, gold in zip(a.quotes, a.gold, strict=True)
               if gold != UNMATCHED)


def cross_validate(articles: list[ArticleData], variant: Variant, folds: int = 5,
                   seed: int = 13) -> tuple[float, float, int, int]:
    """The (L2 weight, margin) with the most right speakers over held-out folds of the training
    articles; ties go to the larger margin (closer to the rules). Also that count and the rules' own."""
    order = list(range(len(articles)))
    random.Random(seed).shuffle(order)
    parts = [[articles[i] for i in order[k::folds]] for k in range(folds)]
    totals = {(l2, m): 0 for l2 in L2_CHOICES for m in MARGINS}
    rules = 0
    for k, held in enumerate(parts):
        train = [a for j, part in enumerate(parts) if j != k for a in part]
        rules += right_count(held, np.zeros(len(FEATURES)), 1.0, variant)
        for l2 in L2_CHOICES:
            weights = fit(training_groups(train, variant), l2)
            for margin in MARGINS:
                totals[l2, margin] += right_count(held, weights, margin, variant)
    (l2, margin), best = max(totals.items(), key=lambda item: (item[1], item[0][1], item[0][0]))
    return l2, margin, best, rules


def chosen_analysis(article: ArticleData, weights: np.ndarray, margin: float, variant: Variant) -> Analysis:
    """The article with every quote's speaker the model's choice (an entity of the article, or none)."""
    quotes = list(article.analysis.quotes)
    for candidates in article.quotes:
        speaker = choose(candidates, weights, margin, variant)
        quote = quotes[candidates.index]
        if speaker != quote.speaker:
            quotes[candidates.index] = replace(quote, speaker=speaker, speaker_affiliation=None)
    return replace(article.analysis, quotes=tuple(quotes))


def tallies(article: ArticleData, analysis: Analysis) -> dict[str, tuple[int, int]]:
    """Per kind, (matched quotes, right speakers) of one article."""
    found = {"direct": [0, 0], "indirect": [0, 0]}
    for quote, gold in zip(analysis.quotes, article.gold, strict=True):
        if gold != UNMATCHED:
            found[quote.kind][0] += 1
            found[quote.kind][1] += quote.speaker == gold
    return {kind: (n, right) for kind, (n, right) in found.items()}


def bootstrap(base: list[dict], other: list[dict], kind: str, rounds: int = 2000, seed: int = 7) -> tuple[float, float]:
    """95 % interval of the gain in `kind` speaker accuracy, articles resampled (paired)."""
    rng = np.random.default_rng(seed)
    matched = np.array([b[kind][0] for b in base])
    gain = np.array([o[kind][1] - b[kind][1] for b, o in zip(base, other, strict=True)])
    samples = []
    for _ in range(rounds):
        pick = rng.integers(0, len(base), len(base))
        total = matched[pick].sum()
        samples.append(gain[pick].sum() / total if total else 0.0)
    return float(np.percentile(samples, 2.5)), float(np.percentile(samples, 97.5))


def ceiling(name: str, articles: list[ArticleData]) -> None:
    """Per kind, and for direct quotes with and without a cue of their own: how often the gold
    speaker is among the candidates (the most any choice could reach) and how often the rules are right."""
    groups = {"direct": lambda q: q.kind == "direct", "  with a cue": lambda q: q.kind == "direct" and q.has_cue,
              "  without": lambda q: q.kind == "direct" and not q.has_cue, "indirect": lambda q: q.kind == "indirect"}
    for label, wanted in groups.items():
        pairs = [(q, g) for a in articles for q, g in zip(a.quotes, a.gold, strict=True)
                 if g != UNMATCHED and wanted(q)]
        if not pairs:
            continue
        among = sum(g in q.entities for q, g in pairs)
        rules = sum(q.rule == g for q, g in pairs)
        size = np.mean([len(q.entities) for q, _ in pairs])
        print(f"  {name} {label}: {len(pairs)} matched; gold among the candidates {among} ({among / len(pairs):.3f}); "
              f"rules right {rules} ({rules / len(pairs):.3f}); {size:.1f} candidates a quote")


def score_variant(held: list[ArticleData], train: list[ArticleData], variant: Variant,
                  show_changes: bool) -> dict:
    """Fit `variant` on `train` with its CV choices and score `held`: counts, gains and intervals."""
    l2, margin, cv_right, cv_rules = cross_validate(train, variant)
    weights = fit(training_groups(train, variant), l2)
    chosen = [chosen_analysis(a, weights, margin, variant) for a in held]
    base = [tallies(a, a.analysis) for a in held]
    other = [tallies(a, c) for a, c in zip(held, chosen, strict=True)]
    row = {"variant": variant, "l2": l2, "margin": margin, "cv": (cv_right, cv_rules), "chosen": chosen,
           "weights": weights}
    for kind in ("direct", "indirect"):
        n = sum(b[kind][0] for b in base)
        before, after = sum(b[kind][1] for b in base), sum(o[kind][1] for o in other)
        row[kind] = (n, before, after, *bootstrap(base, other, kind))
    changes = {"fixed": 0, "broke": 0, "still wrong": 0, "unmatched": 0}
    for article, analysis in zip(held, chosen, strict=True):
        for old, new, gold in zip(article.analysis.quotes, analysis.quotes, article.gold, strict=True):
            if old.speaker != new.speaker:
                verdict = "unmatched" if gold == UNMATCHED else ("fixed" if new.speaker == gold else
                                                                  "broke" if old.speaker == gold else "still wrong")
                changes[verdict] += 1
                if show_changes:
                    print(f"    {verdict}: {old.kind} {old.text[:50]!r} {old.speaker} -> {new.speaker} (gold {gold})")
    row["changes"] = changes
    return row


def score_alone(held: list[ArticleData], train: list[ArticleData]) -> tuple[float, dict[str, tuple[int, int]]]:
    """The rules-blind model as the only chooser (no rules to fall back on), its L2 weight by CV."""
    variant = VARIANTS[1]
    order = list(range(len(train)))
    random.Random(13).shuffle(order)
    parts = [[train[i] for i in order[k::5]] for k in range(5)]
    totals = dict.fromkeys(L2_CHOICES, 0)
    for k, part in enumerate(parts):
        rest = [a for j, p in enumerate(parts) if j != k for a in p]
        for l2 in L2_CHOICES:
            totals[l2] += right_count(part, fit(training_groups(rest, variant), l2), ALONE, variant)
    l2 = max(totals, key=totals.get)
    weights = fit(training_groups(train, variant), l2)
    found = {"direct": [0, 0], "indirect": [0, 0]}
    for article in held:
        for quote, gold in zip(article.quotes, article.gold, strict=True):
            if gold != UNMATCHED:
                found[quote.kind][0] += 1
                found[quote.kind][1] += choose(quote, weights, ALONE, variant) == gold
    return l2, {kind: (n, right) for kind, (n, right) in found.items()}


def _line(row: dict) -> str:
    parts = [f"CV l2 {row['l2']}, margin {row['margin']} (CV right {row['cv'][0]}, rules {row['cv'][1]})"]
    for kind in ("direct", "indirect"):
        n, before, after, low, high = row[kind]
        parts.append(f"{kind} {before}/{n} -> {after}/{n} = {after / n:.3f}, gain {(after - before) / n:+.3f} "
                     f"[{low:+.3f}, {high:+.3f}]")
    parts.append("changed: " + ", ".join(f"{k} {v}" for k, v in row["changes"].items()))
    return "; ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--held", nargs="+", choices=SETS, default=list(SETS),
                        help="the sets to score, each by a model trained on the other two")
    parser.add_argument("--show-changes", action="store_true", help="list each quote whose speaker the model changes")
    args = parser.parse_args()
    sets = {name: load_set(name, args.cache) for name in SETS}
    print("Candidates (the ceiling) and the rules' choice, on quotes matching a gold quote:")
    for name in SETS:
        ceiling(name, sets[name])
    decisions = []
    for held in args.held:
        train = [a for name in SETS if name != held for a in sets[name]]
        print(f"\n== train {'+'.join(n for n in SETS if n != held)}, score {held}")
        rows = []
        for variant in VARIANTS:
            print(f"  {variant.name}:")
            row = score_variant(sets[held], train, variant, args.show_changes)
            print("    " + _line(row))
            top = np.argsort(-np.abs(row["weights"]))[:6]
            print("    largest weights: " + ", ".join(f"{FEATURES[i]} {row['weights'][i]:+.2f}" for i in top))
            rows.append(row)
        alone = score_alone(sets[held], train)
        print(f"  the rules-blind model alone (always its own choice, l2 {alone[0]} by CV): "
              + "; ".join(f"{kind} {right}/{n} = {right / n:.3f}" for kind, (n, right) in alone[1].items()))
        best = max(rows, key=lambda r: r["cv"][0] - r["cv"][1])  # the first of equals: the most conservative
        print(f"  chosen by CV within the training sets: {best['variant'].name}; through the evaluator, rules then it:")
        evaluate("", False, GOLD[held], {a.key: document_to_json(a.analysis) for a in sets[held]})
        evaluate("", False, GOLD[held], {a.key: document_to_json(c) for a, c in zip(sets[held], best["chosen"],
                                                                                      strict=True)})
        decisions.append(best)
    ships = all(r["direct"][2] > r["direct"][1] and r["indirect"][2] >= r["indirect"][1] for r in decisions)
    print("\nShip rule (every direction gains on direct, none loses on indirect): " + ("met" if ships else "not met"))


if __name__ == "__main__":
    main()
