"""How much real text cleaning keeps, and what it removes, on the development corpus.

A 'real sentence' is one of 8+ words ending in . ! or ? in the raw text. It counts as
kept when its last six words are in the cleaned text. Removed sentences are listed with
the kind of chrome they were removed as, so a reviewer can judge each.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path

from nieuwsgraaf.clean import clean_document, load_clean_rules
from nieuwsgraaf.records import RawDocument

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NG_SHARED", REPO.parent / "shared"))
_SENTENCE = re.compile(r"[^.!?]*\w[^.!?]*[.!?]")


def main() -> None:
    corpus = SHARED / "corpus" / "nl-news-dev.jsonl"
    records = [json.loads(line) for line in corpus.read_text("utf-8").splitlines() if line.strip()]
    rules = load_clean_rules()
    total = kept = 0
    removed_kinds: Counter = Counter()
    lost = []
    raw_chars = clean_chars = 0
    for record in records:
        result = clean_document(RawDocument(record["url"], record["text"], "jsonl", url=record["url"]), rules)
        cleaned = " ".join(result.article.text.split())
        raw_chars += len(record["text"])
        clean_chars += len(result.article.text)
        removed_kinds.update(r.kind for r in result.removed)
        for line in record["text"].split("\n"):
            for sentence in _SENTENCE.findall(line):
                if len(sentence.split()) < 8:
                    continue
                total += 1
                if " ".join(sentence.split()[-6:]) in cleaned:
                    kept += 1
                else:
                    kind = next((r.kind for r in result.removed if sentence.strip()[-30:] in r.text), "?")
                    lost.append((kind, record["url"], sentence.strip()))
    print(f"articles: {len(records)}; characters raw {raw_chars}, cleaned {clean_chars} "
          f"({100 * clean_chars / raw_chars:.1f}%)")
    print(f"real sentences kept: {kept}/{total} ({100 * kept / total:.2f}%)")
    print("removed pieces by kind: " + ", ".join(f"{k} {n}" for k, n in removed_kinds.most_common()))
    for kind, url, sentence in lost:
        print(f"  removed as {kind}: {sentence[:110]!r}  ({url[:60]})")


if __name__ == "__main__":
    main()
