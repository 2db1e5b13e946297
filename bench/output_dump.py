"""Everything the pipeline decides about a set of articles, one JSON line each, to compare two versions
of the code: a change meant to keep every output (a speed-up, a refactoring) must give byte-identical
files (`cmp`).

Per article: every token's part of speech, lemma, dependency label, head, morphology, entity tag and
sentence start, then the whole document JSON (entities, quotes, events, dates).
Usage: python bench/output_dump.py OUT.jsonl [--model NAME] [PATH ...]
(default paths: the examples, seeds and dev corpus, and the second and third development sets when
their texts are beside the project).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from devdocs import DEV2, DEV3  # noqa: E402
from nieuwsgraaf.document import document_to_json  # noqa: E402
from nieuwsgraaf.nlp import load_pipeline  # noqa: E402
from nieuwsgraaf.pipeline import RunReport, analyse_batch, clean_inputs, make_doc, read_inputs  # noqa: E402
from nieuwsgraaf.records import Article  # noqa: E402
from nieuwsgraaf.settings import Settings  # noqa: E402
from throughput import corpus_paths  # noqa: E402


def token_rows(doc) -> list[tuple]:
    return [(t.pos_, t.lemma_, t.dep_, t.head.i, str(t.morph), t.ent_iob_, t.ent_type_, t.is_sent_start)
            for t in doc]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--model", default=Settings().model)
    args = parser.parse_args()
    paths = args.paths or corpus_paths() + [str(p) for p in (DEV2 / "articles.jsonl", DEV3 / "articles.jsonl")
                                            if p.is_file()]
    settings = Settings(model="none")
    report = RunReport()
    articles = [a for a in clean_inputs(read_inputs(paths, settings, report), settings, report)
                if isinstance(a, Article)]
    pipeline = load_pipeline(args.model, default=Settings().model)
    with args.out.open("w", encoding="utf-8") as out:
        for start in range(0, len(articles), 16):
            batch = articles[start:start + 16]
            for article in batch:
                doc = pipeline.nlp(make_doc(pipeline, article))
                out.write(json.dumps({"id": article.id, "tokens": token_rows(doc)}) + "\n")
            for analysis in analyse_batch(batch, pipeline):
                out.write(json.dumps(document_to_json(analysis), sort_keys=True, default=str) + "\n")
    print(f"{len(articles)} articles -> {args.out}")


if __name__ == "__main__":
    main()
