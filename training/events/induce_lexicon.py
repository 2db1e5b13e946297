"""Trigger words learned from the gold of other sets, measured on a set they were not learned from.

The trigger lexicon (data/lexicons/event_triggers.tsv) was written by hand, mostly from the errors of
the development sets, and such additions carried to new news about a fifth of their gain. This asks
whether words induced from annotations carry better: for each development set in turn (held out),
every gold trigger word of the OTHER sets that the lexicon lacks for its type (lemma and part of speech
from the parsed Docs, a verb or noun whose lemma is also written somewhere in the texts: the tagger's
lemmas are sometimes no word) becomes a candidate; a candidate is kept when it was a gold trigger at least
--min-count times, its most frequent type holds at least --min-share of those, and at least
--min-precision of its occurrences in the other sets' texts (same lemma and part of speech) were gold
triggers. The kept words are appended to a copy of the lexicon and the events stage runs again on the
held-out set's cached Docs (training/events/roles.py), scored beside the unchanged lexicon.

Usage: python training/events/induce_lexicon.py --cache /work/cache15 [--sets dev dev2 dev3 dev4 dev5]
       [--min-count 2] [--min-share 0.6] [--min-precision 0.3] [--write FILE]
With --write, the words induced from ALL the named sets are written as lexicon rows to FILE instead.
The blind sets are never read.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from stage_runs import SETS, cached_runs

from nieuwsgraaf.resources import lexicon_rows

REPO = Path(__file__).resolve().parents[2]
CONTENT = ("VERB", "NOUN")  # the parts of speech a lexicon row may have
SCORE_LINE = re.compile(r"trigger\+type F1 ([\d.]+) \(tp (\d+), fp (\d+)\), triple F1 ([\d.]+)")


def lexicon_entries() -> set[tuple[str, str, str]]:
    """(type, lemma, pos) of every single-word trigger the lexicon has."""
    return {(row[0], row[2].casefold(), row[3]) for _, row in lexicon_rows("event_triggers.tsv")
            if len(row) >= 4 and row[0] != "type" and row[3] != "PHRASE"}


def trigger_token(doc, span: tuple[int, int]):
    """The content word a gold trigger span names: its first verb, noun or adjective."""
    tokens = [t for t in doc if t.idx < span[1] and t.idx + len(t.text) > span[0]]
    return next((t for t in tokens if t.pos_ in CONTENT), None)


def word_statistics(set_names: list[str], cache: Path, model: str):
    """Per (lemma, pos): the gold types it triggered, and how often it occurs at all."""
    as_trigger: dict[tuple[str, str], Counter] = defaultdict(Counter)
    modes: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    occurrences: Counter = Counter()
    written: set[str] = set()
    for name in set_names:
        for run in cached_runs(model, name, cache):
            for token in run.doc:
                written.add(token.lower_)
                if token.pos_ in CONTENT:
                    occurrences[(token.lemma_.casefold(), token.pos_)] += 1
            for event in run.gold:
                token = trigger_token(run.doc, event["span"])
                if token is not None:
                    word = (token.lemma_.casefold(), token.pos_)
                    as_trigger[word][event["type"]] += 1
                    modes[(*word, event["type"])][event.get("mode") or ""] += 1
    return as_trigger, modes, occurrences, written


def induced_rows(set_names: list[str], cache: Path, model: str, min_count: int, min_share: float,
                 min_precision: float) -> list[tuple[str, str, str, str]]:
    """(type, mode, lemma, pos) rows for the words the other sets' gold supports and the lexicon lacks."""
    known = lexicon_entries()
    as_trigger, modes, occurrences, written = word_statistics(set_names, cache, model)
    rows = []
    for (lemma, pos), types in sorted(as_trigger.items()):
        count = sum(types.values())
        kind, top = types.most_common(1)[0]
        if (kind, lemma, pos) in known or count < min_count or top / count < min_share:
            continue
        if count / max(occurrences[(lemma, pos)], 1) < min_precision or not lemma.isalpha():
            continue
        if lemma not in written:  # the tagger's lemma is no Dutch word ('aangnemen'): no citation form
            continue
        mode = modes[(lemma, pos, kind)].most_common(1)[0][0]
        rows.append((kind, mode, lemma, pos))
    return rows


def home_with(rows: list[tuple[str, str, str, str]], folder: Path) -> Path:
    """A copy of the project's data beside links to its models and schemas, the rows appended."""
    shutil.copytree(REPO / "data", folder / "data")
    for name in ("models", "schemas"):
        (folder / name).symlink_to(REPO / name)
    with (folder / "data" / "lexicons" / "event_triggers.tsv").open("a", encoding="utf-8") as lexicon:
        for kind, mode, lemma, pos in rows:
            lexicon.write(f"{kind}\t{mode}\t{lemma}\t{pos}\tinduced\n")
    return folder


def scored(name: str, cache: Path, home: Path | None) -> tuple[float, ...]:
    """roles.py's trigger+type F1, triple F1, and the trigger+type tp and fp on one set, with the lexicon of `home`."""
    env = {**os.environ, "NG_BLIND": "/nonexistent", "NG_BLIND2": "/nonexistent"}
    if home is not None:
        env["NIEUWSGRAAF_HOME"] = str(home)
    out = subprocess.run([sys.executable, str(REPO / "training" / "events" / "roles.py"), "--set", name,
                          "--cache", str(cache)], env=env, capture_output=True, text=True, check=True).stdout
    trigger_f1, tp, fp, triple_f1 = (float(x) for x in SCORE_LINE.search(out).groups())
    return trigger_f1, triple_f1, tp, fp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    parser.add_argument("--model", default="nl_nieuwsgraaf_accurate")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--min-share", type=float, default=0.6)
    parser.add_argument("--min-precision", type=float, default=0.3)
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    if args.write:
        rows = induced_rows(args.sets, args.cache, args.model, args.min_count, args.min_share, args.min_precision)
        args.write.write_text("".join("\t".join(row) + "\n" for row in rows), "utf-8")
        print(f"{len(rows)} rows written to {args.write}")
        return
    total = Counter()
    for held_out in args.sets:
        others = [name for name in args.sets if name != held_out]
        rows = induced_rows(others, args.cache, args.model, args.min_count, args.min_share, args.min_precision)
        with tempfile.TemporaryDirectory() as folder:
            before = scored(held_out, args.cache, None)
            after = scored(held_out, args.cache, home_with(rows, Path(folder)))
        print(f"{held_out}: {len(rows)} words from {', '.join(others)}; trigger+type F1 {before[0]:.3f} -> "
              f"{after[0]:.3f} (tp {before[2]:.0f} -> {after[2]:.0f}, fp {before[3]:.0f} -> {after[3]:.0f}); "
              f"triple F1 {before[1]:.3f} -> {after[1]:.3f}", flush=True)
        print("   ", ", ".join(f"{lemma}/{pos} {kind}" for kind, _, lemma, pos in rows[:40]), flush=True)
        total.update({"tp": after[2] - before[2], "fp": after[3] - before[3]})
    print(f"over the sets: tp {total['tp']:+.0f}, fp {total['fp']:+.0f}")


if __name__ == "__main__":
    main()
