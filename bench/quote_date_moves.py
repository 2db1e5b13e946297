"""Which quote-dating rule earns its place: every move away from the publication date, per rule.

For each gold set, the matched quotes the gold dates (as bench/evaluate_quotes.py matches them) are
split into those the system dates to the publication date ('kept': right, or a move the gold makes
and the system missed) and those it moves ('moved': fixed, broke a quote the publication date had
right, or wrong where the publication date was wrong too). Moves are counted per rule of
quotes/dating.py (clause, then, speech) and per kind of move: to an earlier period ('earlier'), to a
finer date inside the publication's period ('finer', a weekday in a month-dated article) or to a
coarser one around it ('coarser'). A rule whose date fell after the article and gave way to the
publication date counts as kept, under its own name with '(capped)'.

Usage: python bench/quote_date_moves.py [--model NAME] [--show] [--gold FILE ...]
(default: the dev, dev2 and dev3 quote gold; --show lists every moved or missed quote).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from devdocs import REPO, annotated_articles, dev_analyses, gold_key, nth_span
from evaluate_quotes import GOLD, matching_quote, same_day
from nieuwsgraaf.document import document_to_json
from nieuwsgraaf.periods import period_end, period_start
from nieuwsgraaf.pipeline import ARTICLE_STEPS, Step
from nieuwsgraaf.quotes import find_quotes
from nieuwsgraaf.quotes.dating import QuoteDating, explain_quote_date
from nieuwsgraaf.records import Analysis
from nieuwsgraaf.settings import Settings

SETS = {"dev": GOLD, "dev2": REPO / "tests/quotes/data/dev2/dev2_quotes.jsonl",
        "dev3": REPO / "tests/quotes/data/dev3/dev3_quotes.jsonl"}
OUTCOMES = ("fixed", "broke", "both wrong", "kept right", "kept, missed")


@dataclass(frozen=True)
class DatedQuote:
    url: str
    text: str
    published: str | None
    gold: str
    gold_basis: str | None
    system: str | None
    rule: str
    move: str  # 'kept', 'earlier', 'finer', 'coarser', 'other'
    outcome: str  # one of OUTCOMES


def kind_of_move(system: str | None, published: str | None) -> str:
    """How a system date stands to the publication date (see the module docstring)."""
    if system == published or same_day(system, published or ""):
        return "kept"
    if not system or not published:
        return "other"
    start, end = period_start(system), period_end(system)
    first, last = period_start(published), period_end(published)
    if not (start and end and first and last):
        return "other"
    if first <= start and end <= last:
        return "finer"
    if start <= first and last <= end:
        return "coarser"
    return "earlier" if end < first else "other"


def outcome(system: str | None, published: str | None, gold: str) -> str:
    right = same_day(system, gold)
    if kind_of_move(system, published) == "kept":
        return "kept right" if right else "kept, missed"
    if right:
        return "fixed"
    return "broke" if published == gold else "both wrong"


class QuoteTrace:
    """The pipeline's article steps with the quote step noting the rule that dated each quote."""

    def __init__(self) -> None:
        self.rules: dict[str, list[QuoteDating]] = {}  # by article id, in the order of its quotes

    def steps(self) -> tuple[Step, ...]:
        return tuple(replace(step, run=self._find_quotes) if step.run is find_quotes else step
                     for step in ARTICLE_STEPS)

    def _find_quotes(self, analysis: Analysis) -> Analysis:
        notes: dict[tuple[int, int], QuoteDating] = {}

        def dating(occasion, *rest):
            explained = explain_quote_date(occasion, *rest)
            notes[(occasion.start, occasion.end)] = explained
            return explained.date

        found = find_quotes(analysis, dating=dating)
        self.rules[analysis.article.id] = [notes[(q.start, q.end)] for q in found.quotes]
        return found

    def of(self, analysis: Analysis) -> list[QuoteDating]:
        """The rules of the finished analysis's quotes; a later step must not have changed a date."""
        traced = self.rules[analysis.article.id]
        if [q.date for q in analysis.quotes] != [t.date for t in traced]:
            raise SystemExit(f"a step after the quotes changed a quote date in {analysis.article.url}")
        return traced


def dated_quotes(model: str, gold_file: Path) -> list[DatedQuote]:
    keys = frozenset(json.loads(line)["url"] for line in gold_file.read_text("utf-8").splitlines() if line.strip())
    documents, traces, trace = {}, {}, QuoteTrace()
    for analysis in dev_analyses(model, keys, trace.steps()):
        document = document_to_json(analysis)
        documents[gold_key(document)] = document
        traces[gold_key(document)] = trace.of(analysis)
        assert [q["start"] for q in document["quotes"]] == [q.start for q in analysis.quotes]
    errors: list[str] = []
    found = []
    for gold, document in annotated_articles(gold_file, documents, errors):
        system, used = document["quotes"], set()
        published = (document.get("published") or {}).get("value")
        for quote in gold["quotes"]:
            span = nth_span(document["text"], quote["text"], quote["occurrence"])
            match = None if span is None else matching_quote(quote, span, system, used)
            if match is None:
                continue
            used.add(match)
            said = quote.get("said") or {}
            if not said.get("value"):
                continue
            got = system[match]
            traced = traces[gold["url"]][match]
            value = (got.get("date") or {}).get("value")
            rule = traced.rule + (" (capped)" if traced.capped else "")
            found.append(DatedQuote(gold["url"], quote["text"], published, said["value"], said.get("basis"),
                                    value, rule, kind_of_move(value, published),
                                    outcome(value, published, said["value"])))
    for error in errors:
        print(error)
    return found


def report(name: str, quotes: list[DatedQuote], show: bool) -> None:
    counts = Counter(q.outcome for q in quotes)
    moved = counts["fixed"] + counts["broke"] + counts["both wrong"]
    right = counts["fixed"] + counts["kept right"]
    baseline = sum(q.published == q.gold for q in quotes)
    print(f"{name}: {len(quotes)} dated quotes, system right {right} ({right / len(quotes):.3f}), "
          f"publication date right {baseline} ({baseline / len(quotes):.3f})")
    print(f"  kept {len(quotes) - moved}: right {counts['kept right']}, move missed {counts['kept, missed']}; "
          f"moved {moved}: fixed {counts['fixed']}, broke {counts['broke']}, both wrong {counts['both wrong']}")
    rows = Counter((q.rule, q.move, q.outcome) for q in quotes)
    keys = sorted({(rule, move) for rule, move, _ in rows})
    print(f"  {'rule':22} {'move':8} " + " ".join(f"{o:>12}" for o in OUTCOMES))
    for rule, move in keys:
        print(f"  {rule:22} {move:8} " + " ".join(f"{rows[(rule, move, o)]:>12}" for o in OUTCOMES))
    if show:
        for q in quotes:
            if q.outcome not in ("kept right",):
                print(f"  {q.outcome:12} {q.rule:20} pub {q.published} system {q.system} gold {q.gold} "
                      f"({q.gold_basis}) {q.text[:60]!r}  {q.url}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=Settings().model)
    parser.add_argument("--show", action="store_true", help="list every moved quote and every missed move")
    parser.add_argument("--gold", type=Path, nargs="+", help="these gold files instead of dev, dev2 and dev3")
    args = parser.parse_args()
    sets = {path.stem: path for path in args.gold} if args.gold else SETS
    for name, path in sets.items():
        report(name, dated_quotes(args.model, path.resolve()), args.show)


if __name__ == "__main__":
    main()
