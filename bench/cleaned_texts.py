"""The cleaned text of articles and nothing else: what annotators read and point into.

Reads and cleans like `ingest` (same readers, same cleaner), runs no NLP and no extraction, and
writes one JSON line per article: url, published, title, text, and meta.origin (the key of a seed).
Annotating from this file keeps a gold set blind: no output of the tagger, linker, quote finder
or events stage is in it.
Usage: python bench/cleaned_texts.py INPUT [INPUT ...] > cleaned.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys

from nieuwsgraaf.pipeline import RunReport, clean_inputs, read_inputs
from nieuwsgraaf.records import Article
from nieuwsgraaf.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inputs", nargs="+")
    args = parser.parse_args()
    settings = Settings(model="none")
    report = RunReport()
    for item in clean_inputs(read_inputs(args.inputs, settings, report), settings, report):
        if not isinstance(item, Article):
            continue
        published = {"value": item.published.value, "precision": item.published.precision} if item.published else None
        line = {"url": item.url, "published": published, "title": item.title, "text": item.text,
                "meta": {"origin": item.origin}}
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    for skipped in report.skipped:
        print(f"skipped: {skipped}", file=sys.stderr)


if __name__ == "__main__":
    main()
