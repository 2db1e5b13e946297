"""Compare lemmatizers on UD Dutch test, on the gold tokens.

  trainable : the trainable_lemmatizer (edit trees) of the UD-trained pipeline
  lookup    : spaCy's Dutch lookup lemmatizer (spacy-lookups-data tables)
  rule      : spaCy's Dutch rule lemmatizer, fed the UPOS of the UD-trained
              morphologizer (for context only)

Scores are exact-match lemma accuracy (spaCy's Scorer), plus a lower-cased
match for context. Writes a JSON with the scores and the winner.

Usage: python training/compare_lemmatizers.py --ud-model training/output/ud/model-best \
           --test training/corpus/ud-test.spacy --out training/output/lemmatizer-comparison.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy
from spacy.scorer import Scorer
from spacy.tokens import Doc, DocBin
from spacy.training import Example


def gold_token_doc(nlp, ref: Doc) -> Doc:
    return Doc(nlp.vocab, words=[t.text for t in ref], spaces=[bool(t.whitespace_) for t in ref])


def lemma_scores(nlp, refs: list[Doc]) -> tuple[float, float]:
    preds = list(nlp.pipe((gold_token_doc(nlp, r) for r in refs), batch_size=64))
    examples = [Example(p, r) for p, r in zip(preds, refs, strict=False)]
    exact = Scorer.score_token_attr(examples, "lemma")["lemma_acc"]
    total = same = 0
    for p, r in zip(preds, refs, strict=False):
        for pt, rt in zip(p, r, strict=False):
            total += 1
            same += pt.lemma_.lower() == rt.lemma_.lower()
    return round(exact, 4), round(same / total, 4)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud-model", type=Path, required=True)
    parser.add_argument("--test", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    results: dict[str, tuple[float, float]] = {}

    trained = spacy.load(args.ud_model, exclude=["parser"])
    refs = list(DocBin().from_disk(args.test).get_docs(trained.vocab))
    results["trainable"] = lemma_scores(trained, refs)

    lookup = spacy.blank("nl")
    lookup.add_pipe("lemmatizer", config={"mode": "lookup"})
    lookup.initialize()
    results["lookup"] = lemma_scores(lookup, list(DocBin().from_disk(args.test).get_docs(lookup.vocab)))

    rule = spacy.load(args.ud_model, exclude=["parser", "trainable_lemmatizer"])
    rule_lemmatizer = rule.add_pipe("lemmatizer", config={"mode": "rule"})
    rule_lemmatizer.initialize()
    results["rule"] = lemma_scores(rule, list(DocBin().from_disk(args.test).get_docs(rule.vocab)))

    # the choice for the shipped model is between trainable and lookup
    shipped = "trainable" if results["trainable"][0] >= results["lookup"][0] else "lookup"
    report = {
        "data": "UD Dutch nl-ud-test, gold tokens",
        "tokens": sum(len(r) for r in refs),
        "lemma_acc": {name: exact for name, (exact, _) in results.items()},
        "lemma_acc_lowercased": {name: lower for name, (_, lower) in results.items()},
        "shipped": shipped,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
