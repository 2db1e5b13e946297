"""Assemble the accurate pipeline from the fast one and an exported encoder.

The encoder replaces the fast pipeline's CNN NER; when it was also trained on
UD it replaces the morphologizer and parser too, and punctuation and paragraph
breaks then set the sentences before it (it parses sentence by sentence). The
CNN tok2vec stays for the trainable lemmatizer.

    python training/e5/assemble_accurate.py --fast models/nl_nieuwsgraaf_fast \
        --component training/output/e5/component --out models/nl_nieuwsgraaf_accurate
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import spacy

import nieuwsgraaf.nlp.encoder  # noqa: F401  (registers ng_encoder)
import nieuwsgraaf.nlp.paragraphs  # noqa: F401  (registers ng_paragraph_breaks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fast", type=Path, required=True)
    parser.add_argument("--component", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--version", default="0.2.0")
    args = parser.parse_args()

    tasks = json.loads((args.component / "meta.json").read_text())["labels"]
    nlp = spacy.load(args.fast)
    replaced = ["ner"] + (["morphologizer", "parser"] if "deps" in tasks else [])
    for name in replaced:
        nlp.remove_pipe(name)
    if "deps" in tasks:
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("ng_paragraph_breaks")
    encoder = nlp.add_pipe("ng_encoder", name="encoder", last=True)
    encoder.from_disk(args.component)
    nlp.meta.update({
        "name": "nieuwsgraaf_accurate",
        "version": args.version,
        "description": "Dutch news pipeline: a fine-tuned multilingual-e5-small encoder (ONNX Runtime) for "
                       + ", ".join(tasks) + "; CNN trainable lemmatizer.",
        "requirements": ["onnxruntime>=1.20"],
    })
    if args.out.exists():
        shutil.rmtree(args.out)
    nlp.to_disk(args.out)
    card = args.out / "README.md"
    if card.exists():
        card.unlink()  # the fast model's card does not describe this pipeline
    print(f"wrote {args.out}: {nlp.pipe_names}")


if __name__ == "__main__":
    main()
