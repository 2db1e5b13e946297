"""Measure the shipped nieuwsgraaf pipeline and write figures.json.

Figures:
  * NER P/R/F (overall and per label) on CoNLL-2002 ned.testa, gold tokens
  * UPOS / morph / lemma / UAS / LAS / sentence F on UD Dutch test and dev,
    on gold tokens, and on raw text with the pipeline's own tokenizer
  * words per second on one thread (nlp.pipe over the UD test text,
    batch 64, after one warm-up pass)
  * load time of spacy.load in a fresh process, size on disk

Usage: python training/evaluate.py --model models/nl_nieuwsgraaf_fast \
           --corpus training/corpus [--lemma-comparison FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from nieuwsgraaf.nlp.spacing import printed_spacing

UD_FIELDS = ("pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_p", "sents_r", "sents_f")


def load_docs(nlp, path: Path) -> list[Doc]:
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def gold_token_examples(nlp, refs: list[Doc], spacing: str = "gold") -> list[Example]:
    """Examples whose predicted side has exactly the gold tokens, no annotation; spacing
    'gold' keeps the reference's whitespace, 'news' rebuilds it as Dutch is printed."""
    examples = []
    for ref in refs:
        words = [t.text for t in ref]
        spaces = printed_spacing(words) if spacing == "news" else [bool(t.whitespace_) for t in ref]
        examples.append(Example(Doc(nlp.vocab, words=words, spaces=spaces), ref))
    return examples


def raw_text_examples(nlp, refs: list[Doc]) -> list[Example]:
    return [Example(nlp.make_doc(ref.text), ref) for ref in refs]


def rounded(value):
    return None if value is None else round(float(value), 4)


def score_ud(nlp, refs: list[Doc], raw: bool) -> dict:
    examples = raw_text_examples(nlp, refs) if raw else gold_token_examples(nlp, refs)
    scores = nlp.evaluate(examples, batch_size=64)
    out = {key: rounded(scores.get(key)) for key in UD_FIELDS}
    if raw:
        out["token_acc"] = rounded(scores.get("token_acc"))
    out["tokens"] = sum(len(r) for r in refs)
    return out


def score_ner(nlp, refs: list[Doc], spacing: str = "news") -> dict:
    examples = gold_token_examples(nlp, refs, spacing)
    scores = nlp.evaluate(examples, batch_size=64)
    per_label = {
        label: {k: rounded(v) for k, v in prf.items()}
        for label, prf in sorted(scores["ents_per_type"].items())
    }
    return {
        "p": rounded(scores["ents_p"]),
        "r": rounded(scores["ents_r"]),
        "f": rounded(scores["ents_f"]),
        "per_label": per_label,
        "gold_entities": sum(len(r.ents) for r in refs),
        "tokens": sum(len(r) for r in refs),
    }


def words_per_second(nlp, texts: list[str]) -> dict:
    for _ in nlp.pipe(texts, batch_size=64):  # warm-up pass
        pass
    start = time.perf_counter()
    words = 0
    for doc in nlp.pipe(texts, batch_size=64):
        words += len(doc)
    elapsed = time.perf_counter() - start
    return {"words": words, "seconds": round(elapsed, 3), "words_per_second": round(words / elapsed)}


def fresh_load_time(model: Path, repeats: int = 3) -> dict:
    code = (
        "import time; t0=time.perf_counter(); import spacy; t1=time.perf_counter();"
        f"nlp=spacy.load({str(model)!r}); t2=time.perf_counter();"
        "print(t1-t0, t2-t1)"
    )
    imports, loads = [], []
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=os.environ)
        imp, load = (float(x) for x in out.stdout.split())
        imports.append(imp)
        loads.append(load)
    return {
        "spacy_load_seconds_median": round(sorted(loads)[len(loads) // 2], 3),
        "import_spacy_seconds_median": round(sorted(imports)[len(imports) // 2], 3),
        "repeats": repeats,
    }


def disk_size(model: Path) -> int:
    skip = {"figures.json", "README.md"}
    return sum(p.stat().st_size for p in model.rglob("*") if p.is_file() and p.name not in skip)


def print_table(fig: dict) -> None:
    ner = fig["ner_conll2002_testa"]
    print("\n## NER, CoNLL-2002 ned.testa (gold tokens, spaced as printed Dutch)")
    print("| label | P | R | F |\n|---|---|---|---|")
    for label, prf in ner["per_label"].items():
        print(f"| {label} | {prf['p']:.4f} | {prf['r']:.4f} | {prf['f']:.4f} |")
    print(f"| **all** | {ner['p']:.4f} | {ner['r']:.4f} | {ner['f']:.4f} |")
    spaced = fig.get("ner_conll2002_testa_space_separated")
    if spaced:
        print(f"(every token space-separated, as in the CoNLL file: P {spaced['p']:.4f} "
              f"R {spaced['r']:.4f} F {spaced['f']:.4f})")
    print("\n## UD Dutch")
    cols = ("pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")
    print("| split | tokens | " + " | ".join(("UPOS", "morph", "lemma", "UAS", "LAS", "sent F")) + " |")
    print("|---" * (len(cols) + 2) + "|")
    for key, title in (
        ("ud_test_gold_tokens", "test (gold tokens)"),
        ("ud_dev_gold_tokens", "dev (gold tokens)"),
        ("ud_test_raw_text", "test (raw text, own tokenizer)"),
        ("ud_dev_raw_text", "dev (raw text, own tokenizer)"),
    ):
        row = fig[key]
        print(f"| {title} | {row['tokens']} | " + " | ".join(f"{row[c]:.4f}" for c in cols) + " |")
    if "lemmatizer_comparison" in fig:
        cmp_ = fig["lemmatizer_comparison"]
        print("\n## Lemmatizers on UD test, gold tokens (exact match)")
        for name, value in cmp_["lemma_acc"].items():
            print(f"- {name}: {value:.4f}")
        print(f"- shipped: {cmp_['shipped']}")
    speed = fig["speed"]
    print("\n## Speed and size")
    print(f"- words/s (1 thread, nlp.pipe batch 64, UD test text): {speed['words_per_second']}")
    print(f"- spacy.load in a fresh process: {fig['load']['spacy_load_seconds_median']} s "
          f"(import spacy: {fig['load']['import_spacy_seconds_median']} s)")
    print(f"- size on disk: {fig['size_bytes'] / 1e6:.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--lemma-comparison", type=Path, default=None)
    args = parser.parse_args()

    nlp = spacy.load(args.model)
    figures: dict = {
        "model": nlp.meta.get("name"),
        "version": nlp.meta.get("version"),
        "pipeline": nlp.pipe_names,
        "spacy_version": spacy.__version__,
        "machine": {"python": platform.python_version(), "processor": platform.processor() or platform.machine(),
                    "threads": os.environ.get("OMP_NUM_THREADS", "unset")},
    }
    ner_refs = load_docs(nlp, args.corpus / "ner-dev.spacy")
    figures["ner_conll2002_testa"] = score_ner(nlp, ner_refs)
    figures["ner_conll2002_testa_space_separated"] = score_ner(nlp, ner_refs, spacing="gold")
    for split in ("test", "dev"):
        refs = load_docs(nlp, args.corpus / f"ud-{split}.spacy")
        figures[f"ud_{split}_gold_tokens"] = score_ud(nlp, refs, raw=False)
        figures[f"ud_{split}_raw_text"] = score_ud(nlp, refs, raw=True)
    if args.lemma_comparison and args.lemma_comparison.exists():
        figures["lemmatizer_comparison"] = json.loads(args.lemma_comparison.read_text())

    test_texts = [d.text for d in load_docs(nlp, args.corpus / "ud-test.spacy")]
    figures["speed"] = words_per_second(nlp, test_texts)
    figures["load"] = fresh_load_time(args.model)
    figures["size_bytes"] = disk_size(args.model)

    (args.model / "figures.json").write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    print_table(figures)


if __name__ == "__main__":
    main()
