"""Why a matched event's date is right or wrong (docs/events.md §7 and §10), per set, per rule and per
failure class, and which event dates a change of the dating code fixed and broke.

Each gold event the stage finds with its trigger and type (paired as bench/evaluate_events.py pairs
them) and the gold dates is sorted by the rule that dated it in the stage (`clause`, `coordinated` (the
date of the word it is coordinated with), `then`,
`interval`, `recent` ('de afgelopen dagen'), `governing`, `previous` (the date of the sentence before), `quote` (when the quote it stands in was said), `news day`, `publication`, and `capped` when a later date gave way to the publication
date) and, when wrong, by one failure class, the first that fits:
- precision too fine / too coarse: the same time at another precision ('2018-07-07' for '2018-07');
- future dated back: the gold dates the event after its article, the stage on or before it;
- dated forward: the stage dates the event after its article, the gold does not;
- quote date: an event inside a quote whose gold date is the quote's date, the stage's is not;
- missed clause timex: the gold dates it by a timex of its clause, the stage by no timex of its own;
- wrong timex: both date it by a timex of the sentence, not the same one (a timex of the topic);
- timex of the topic: the stage took a timex the gold does not date the event by;
- missed narrative: the gold takes an earlier date of the story, the stage the publication date;
- narrative not wanted: the stage takes an earlier date of the story, the gold the publication date;
- other narrative: both take an earlier date of the story, another one.

The documents come from the accurate pipeline once (`--cache DIR` keeps the parsed Docs between
runs); the events component, the article steps and the dating then run again with the current code
on each run, so an edit of the dating is measured in seconds. `--save FILE` writes every matched
event's outcome; `--against FILE` counts, per set, the event dates fixed and broken since;
`--contract` dates every event's trigger through `nieuwsgraaf date` (span_dating.date_spans) and counts
the spans that get their event's date; `--kinds` tabulates the wrong dates by what the gold did and
what the stage did (a date of the clause, the publication date, the day before it, an earlier date).
Usage: python training/events/dates.py --cache /tmp/evdates [--set dev dev2 dev3 dev4] [--show CLASS|all]
       [--save before.json] [--against before.json] [--contract] [--kinds]
The blind sets are never read (dev4, scored unseen once in session 10, is development data since session 12).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from spacy.tokens import Doc
from stage_runs import SETS, StageRun, cached_runs, rerun

from nieuwsgraaf.events.dating import (
    clause_time,
    coordinated_time,
    governing_time,
    in_future_tense,
    previous_time,
    said_date,
    then_time,
)
from nieuwsgraaf.events.intervals import interval_time
from nieuwsgraaf.events.lexicon import load_event_lexicon
from nieuwsgraaf.events.recent_periods import recent_spans, spans_for_tense
from nieuwsgraaf.events.story import day_of
from nieuwsgraaf.nlp import load_pipeline
from nieuwsgraaf.records import Analysis, Event
from nieuwsgraaf.settings import Settings
from nieuwsgraaf.span_dating import date_spans

RIGHT = "right"


@dataclass(frozen=True)
class Dated:
    """One matched event the gold dates: where it is, the stage's rule, both dates, the class."""

    key: str
    trigger: tuple[int, int]
    sentence: str
    rule: str
    in_quote: bool
    gold: str
    gold_basis: str
    stage: str | None
    stage_basis: str
    failure: str
    published: str | None = None


def _recent_time(token, spans):
    return clause_time(token, spans_for_tense(token, recent_spans(token, spans)))


def _rule(doc: Doc, event: Event, timexes, quotes) -> str:
    """Which of the dating rules (events/dating.py) gave the stage's date."""
    token = next((t for t in doc if t.idx <= event.trigger.start < t.idx + len(t)), None)
    times = [(t.start, t.end) for t in timexes if t.type in ("DATE", "TIME") and t.value
             and not t.value.endswith("_REF")]
    lengths = [(t.start, t.end) for t in timexes if t.type == "DURATION"]
    rules = (("clause", clause_time, times), ("coordinated", coordinated_time, times),
             ("interval", interval_time, lengths), ("recent", _recent_time, lengths), ("then", then_time, times),
             ("governing", governing_time, times), ("previous", previous_time, times))
    rule = next((name for name, find, spans in rules if token is not None and find(token, spans)), None)
    if rule is not None and event.date.basis == "publication":
        return "capped"
    if rule is not None and event.date.basis in ("explicit", "relative") or rule == "previous":
        return rule
    if said_date(quotes, event.trigger.start, token is not None and in_future_tense(token)) is not None:
        return "quote"
    return "news day" if event.date.basis == "narrative" else "publication"


def _within(short: str, long: str) -> bool:
    return long.startswith(short) and short != long


def failure(gold: dict, stage: str | None, stage_basis: str, published: str | None, quote_date: str | None) -> str:
    want = gold["date"]["value"]
    basis = gold["date"].get("basis")
    if stage == want:
        return RIGHT
    if stage and _within(want, stage):
        return "precision too fine"
    if stage and _within(stage, want):
        return "precision too coarse"
    day = (published or "")[:len(want)]
    if published and want > day and (stage or "") <= (published or "")[:len(stage or "")]:
        return "future dated back"
    if published and stage and stage[:len(published)] > published:
        return "dated forward"
    if gold.get("in_quote") and quote_date == want:
        return "quote date"
    own = stage_basis in ("explicit", "relative")
    if basis == "clause":
        return "wrong timex" if own else "missed clause timex"
    if own:
        return "timex of the topic"
    if basis == "narrative":
        return "other narrative" if stage_basis == "narrative" else "missed narrative"
    return "narrative not wanted" if stage_basis == "narrative" else "other"


def _pairs(gold: list[dict], events: tuple[Event, ...]) -> list[tuple[dict, Event]]:
    pairs, used = [], set()
    for g in gold:
        i = next((i for i, e in enumerate(events) if i not in used and e.type == g["type"]
                  and g["span"][0] < e.trigger.end and e.trigger.start < g["span"][1]), None)
        if i is not None:
            used.add(i)
            pairs.append((g, events[i]))
    return pairs


def dated_events(run: StageRun, analysis: Analysis) -> list[Dated]:
    published = analysis.article.published.value if analysis.article.published else None
    found = []
    for gold, event in _pairs(run.gold, analysis.events):
        if not (gold.get("date") or {}).get("value"):
            continue
        quote = analysis.quotes[event.quote] if event.quote is not None else None
        quote_date = quote.date.value if quote is not None and quote.date else None
        stage = event.date.value
        found.append(Dated(run.key, (event.trigger.start, event.trigger.end), gold["sentence_str"],
                           _rule(run.doc, event, analysis.timexes, analysis.quotes), event.quote is not None,
                           gold["date"]["value"], gold["date"].get("basis") or "", stage, event.date.basis,
                           failure(gold, stage, event.date.basis, published, quote_date), published))
    return found


def kind(value: str | None, basis: str, published: str | None) -> str:
    """What a date is for the table of `--kinds`: of its clause (`clause`, the gold's basis or the stage's
    explicit/relative), else the publication date, the day before it, an earlier or a later date; with
    `~coarse`/`~fine` when it holds or lies within the publication date."""
    if value is None:
        return "none"
    own = "clause" if basis in ("clause", "explicit", "relative") else None
    if published is None:
        return own or "no publication"
    if value == published or published.startswith(value) or value.startswith(published):
        return (own or "publication") + ("" if value == published else "~coarse" if published.startswith(value)
                                          else "~fine")
    day, today = day_of(value), day_of(published)
    if day and today and len(value) >= 10 and day == today - timedelta(days=1):
        return own or "day before"
    return own or ("earlier" if value < published[:len(value)] else "later")


def kinds(dated: list[Dated]) -> None:
    """The wrong dates by what the gold did and what the stage did."""
    table = Counter((kind(d.gold, d.gold_basis, d.published), kind(d.stage, d.stage_basis, d.published))
                    for d in dated if d.failure != RIGHT)
    for (gold, stage), count in sorted(table.items(), key=lambda item: -item[1]):
        print(f"  wrong: gold {gold:16} stage {stage:16} {count:3}")


def report(name: str, dated: list[Dated], show: str | None) -> None:
    right = sum(d.failure == RIGHT for d in dated)
    print(f"{name}: date accuracy {right / max(len(dated), 1):.3f} on {len(dated)} dated matched events")
    by_rule = Counter((d.rule, d.failure == RIGHT) for d in dated)
    for rule in sorted({d.rule for d in dated}):
        print(f"  rule {rule:12} right {by_rule[rule, True]:3}  wrong {by_rule[rule, False]:3}")
    quoted = Counter(d.failure == RIGHT for d in dated if d.in_quote)
    print(f"  in a quote        right {quoted[True]:3}  wrong {quoted[False]:3}")
    classes = Counter((d.failure, d.rule) for d in dated if d.failure != RIGHT)
    for (kind, rule), count in sorted(classes.items(), key=lambda item: -item[1]):
        print(f"  wrong: {kind:22} by rule {rule:12} {count:3}")
    for d in dated:
        if d.failure != RIGHT and show in (d.failure, "all"):
            print(f"    [{d.failure}] {d.key}\n      gold {d.gold} ({d.gold_basis}), stage {d.stage} ({d.stage_basis},"
                  f" {d.rule}{', quote' if d.in_quote else ''}): {d.sentence[:160]!r}")


def compare(name: str, dated: list[Dated], before: dict) -> None:
    """Event dates fixed and broken since `before` (a --save file), by trigger place."""
    old = {(d["key"], tuple(d["trigger"])): d["failure"] == RIGHT for d in before.get(name, [])}
    fixed = broken = 0
    for d in dated:
        was = old.get((d.key, d.trigger))
        if was is None:
            continue
        now = d.failure == RIGHT
        fixed += not was and now
        broken += was and not now
        if was != now:
            print(f"  {'fixed' if now else 'broke'}: gold {d.gold}, stage {d.stage} ({d.rule}) {d.sentence[:100]!r}")
    print(f"{name}: fixed {fixed}, broken {broken} (of {len(dated)}; {len(old)} before)")


def contract(name: str, runs: list[StageRun], pipeline, lexicon) -> None:
    """`nieuwsgraaf date` on every event trigger of the set: how many spans get their event's date."""
    same = total = 0
    for run in runs:
        analysis = rerun(run, lexicon)
        spans = [(e.trigger.start, e.trigger.end) for e in analysis.events]
        if not spans:
            continue
        dates = date_spans(run.doc.text, spans, pipeline, analysis.article.published)
        for event, found in zip(analysis.events, dates, strict=True):
            total += 1
            same += found == event.date
            if found != event.date:
                print(f"  differs: event {event.date}, span {found}: {event.trigger.text!r} in {run.key}")
    print(f"{name}: `nieuwsgraaf date` gives {same} of {total} event triggers their event's date")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default=Settings().model)
    parser.add_argument("--set", nargs="+", default=list(SETS), choices=list(SETS))
    parser.add_argument("--cache", type=Path, help="keep the parsed Docs here between runs")
    parser.add_argument("--show", help="print the wrong events of this class ('all': every class)")
    parser.add_argument("--save", type=Path, help="write every matched event's outcome here")
    parser.add_argument("--against", type=Path, help="count the dates fixed and broken since this --save file")
    parser.add_argument("--kinds", action="store_true", help="also tabulate the wrong dates by gold and stage kind")
    parser.add_argument("--contract", action="store_true", help="also date every event trigger as a span")
    args = parser.parse_args()
    lexicon = load_event_lexicon()
    pipeline = load_pipeline(args.model) if args.contract else None  # loaded once for every set
    outcomes = {}
    for name in args.set:
        runs = cached_runs(args.model, name, args.cache)
        dated = [d for run in runs for d in dated_events(run, rerun(run, lexicon))]
        outcomes[name] = [d.__dict__ for d in dated]
        report(name, dated, args.show)
        if args.kinds:
            kinds(dated)
        if args.against:
            compare(name, dated, json.loads(args.against.read_text("utf-8")))
        if args.contract:
            contract(name, runs, pipeline, lexicon)
    if args.save:
        args.save.write_text(json.dumps(outcomes, indent=0), "utf-8")


if __name__ == "__main__":
    sys.exit(main())
