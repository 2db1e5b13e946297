"""Score a change to the article steps on every development set in seconds, not minutes.

Each set's gold articles go through the language analysis once and are cached (accurate pipeline,
a minute or two per set); after that only the article steps (entities, quotes, speakers, dating,
events) run again from the cache, and bench/evaluate_quotes.py scores the result. A change to the
model, the cleaner or the time tagger (ng_timexes runs inside the language analysis, so the cached
timexes are those of the code that built the cache) makes the cache stale: give a fresh --cache then.
The blind sets are never read.

Usage (from any checkout; NG_DEV2..NG_DEV8 name the texts as for make eval):
  PYTHONPATH=src python training/quotes/rerun.py --cache /tmp/quote-cache [--sets dev5 dev7]
      [--out DIR] [--show-errors]
--out writes each set's document JSON (SET.docs.json) and full report (SET.txt) for a closer look.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import pickle
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))

from devdocs import dev_analyses, gold_key  # noqa: E402
from evaluate_quotes import evaluate  # noqa: E402
from nieuwsgraaf.document import document_to_json  # noqa: E402
from nieuwsgraaf.pipeline import run_steps  # noqa: E402
from nieuwsgraaf.records import Analysis  # noqa: E402
from nieuwsgraaf.settings import Settings  # noqa: E402

QUOTE_GOLD = REPO / "tests" / "quotes" / "data"
SETS = {"dev": QUOTE_GOLD / "gold_quotes.jsonl"} | {
    name: QUOTE_GOLD / name / f"{name}_quotes.jsonl" for name in ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8")}


def language_analyses(name: str, cache: Path) -> dict[str, Analysis]:
    """The set's gold articles after the language analysis and before any article step, by gold key."""
    path = cache / f"{name}.pkl"
    if path.is_file():
        return pickle.loads(path.read_bytes())
    lines = SETS[name].read_text("utf-8").splitlines()
    keys = frozenset(json.loads(line)["url"] for line in lines if line.strip())
    found = {}
    for analysis in dev_analyses(Settings().model, keys, steps=()):
        found[gold_key({"url": analysis.article.url, "meta": {"origin": analysis.article.origin}})] = analysis
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(found))
    return found


def scored_set(name: str, cache: Path, show_errors: bool) -> tuple[dict[str, dict], str]:
    """The set's documents from the current article steps and the evaluator's report on them."""
    documents = {key: document_to_json(run_steps(analysis))
                 for key, analysis in language_analyses(name, cache).items()}
    report = io.StringIO()
    with contextlib.redirect_stdout(report):
        evaluate(Settings().model, show_errors, SETS[name], documents)
    return documents, report.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True, help="folder of the cached language analyses")
    parser.add_argument("--sets", nargs="+", choices=sorted(SETS), default=list(SETS))
    parser.add_argument("--out", type=Path, help="write SET.docs.json and SET.txt here")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    for name in args.sets:
        documents, report = scored_set(name, args.cache, args.show_errors)
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"{name}.docs.json").write_text(json.dumps(documents), "utf-8")
            (args.out / f"{name}.txt").write_text(report, "utf-8")
        print(f"== {name}: {report}", end="")


if __name__ == "__main__":
    main()
