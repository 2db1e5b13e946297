"""Finish the assembled pipeline: pick the lemmatizer and write the meta.

If the lemmatizer comparison says spaCy's lookup lemmatizer beats the
trainable one on UD test, the trainable_lemmatizer is replaced by a lookup
lemmatizer; otherwise the pipeline keeps the trainable one.

The assembled pipeline is read from --input and written to --output; a
README.md already in --output (the model card) is kept.

Usage: python training/finalize.py --input training/output/assembled \
           --output models/nl_nieuwsgraaf_fast \
           --lemma-comparison training/output/lemmatizer-comparison.json
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

import spacy

META = {
    "name": "nieuwsgraaf_fast",
    "lang": "nl",
    "version": "0.1.0",
    "description": (
        "nieuwsgraaf 'fast' Dutch pipeline: CNN tok2vec (hash embeddings, no "
        "pretrained vectors) with morphologizer (UPOS + morphology), dependency "
        "parser and trainable lemmatizer trained on UD Dutch (LassySmall + Alpino), "
        "and a separate CNN NER (PER/ORG/LOC/MISC) trained on CoNLL-2002 Dutch."
    ),
    "author": "nieuwsgraaf",
    "license": "CC BY-SA 4.0 (UD Dutch components); NER trained on CoNLL-2002 (research use)",
    "sources": [
        {"name": "UD Dutch LassySmall + Alpino", "license": "CC BY-SA 4.0"},
        {"name": "CoNLL-2002 Dutch NER (De Morgen, 2000)", "license": "research use under the shared task terms"},
    ],
}


def save_keeping_card(nlp, output: Path) -> None:
    """Write the pipeline to `output`, replacing what is there except its model card (README.md)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=output.parent) as tmp:
        staged = Path(tmp) / "model"
        nlp.to_disk(staged)
        card = output / "README.md"
        if card.exists():
            shutil.copy2(card, staged / "README.md")
        if output.exists():
            shutil.rmtree(output)
        shutil.move(str(staged), output)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, required=True)
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--lemma-comparison", type=Path, required=True)
    args = parser.parse_args()

    choice = json.loads(args.lemma_comparison.read_text())["shipped"]
    nlp = spacy.load(args.input)
    if choice == "lookup" and "trainable_lemmatizer" in nlp.pipe_names:
        nlp.remove_pipe("trainable_lemmatizer")
        lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"}, after="parser")
        lemmatizer.initialize()
    nlp.meta.update(META)
    nlp.meta["lemmatizer"] = choice
    save_keeping_card(nlp, args.output)
    print(f"{args.output}: pipeline {nlp.pipe_names}, lemmatizer={choice}")


if __name__ == "__main__":
    main()
