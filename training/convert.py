"""Convert the shared training data into spaCy DocBin files.

CoNLL-2002 Dutch NER (word POS IOB2 per line) -> corpus/ner-{train,dev}.spacy
UD Dutch CoNLL-U                                -> corpus/ud-{train,dev,test}.spacy

Usage: python training/convert.py --data ../shared/data --out training/corpus
"""

from __future__ import annotations

import argparse
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.training.converters import conllu_to_docs
from spacy.vocab import Vocab

SENTS_PER_DOC = 10


def read_conll2002(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Return documents -> sentences -> (word, iob2_tag) pairs."""
    documents: list[list[list[tuple[str, str]]]] = [[]]
    sentence: list[tuple[str, str]] = []

    def close_sentence() -> None:
        nonlocal sentence
        if sentence:
            documents[-1].append(sentence)
            sentence = []

    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if not line.strip():
                close_sentence()
                continue
            columns = line.split()
            if columns[0] == "-DOCSTART-":
                close_sentence()
                if documents[-1]:
                    documents.append([])
                continue
            word, tag = columns[0], columns[-1]
            if tag != "O" and not (tag.startswith("B-") or tag.startswith("I-")):
                raise ValueError(f"{path}: unexpected tag {tag!r} in {line!r}")
            sentence.append((word, tag))
    close_sentence()
    return [doc for doc in documents if doc]


def repair_iob(tags: list[str]) -> list[str]:
    """Turn an I- tag that does not continue an entity of its type into B-."""
    fixed = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append(tag)
        previous = tag
    return fixed


def conll2002_to_docbin(path: Path, vocab: Vocab) -> tuple[DocBin, dict[str, int]]:
    docbin = DocBin(store_user_data=False)
    stats = {"docs": 0, "sentences": 0, "tokens": 0, "entities": 0}
    for document in read_conll2002(path):
        for start in range(0, len(document), SENTS_PER_DOC):
            chunk = document[start : start + SENTS_PER_DOC]
            words: list[str] = []
            tags: list[str] = []
            sent_starts: list[bool] = []
            for sentence in chunk:
                for i, (word, _tag) in enumerate(sentence):
                    words.append(word)
                    sent_starts.append(i == 0)
                # an entity never crosses a sentence boundary
                tags.extend(repair_iob([t for _, t in sentence]))
            doc = Doc(vocab, words=words, sent_starts=sent_starts, ents=tags)
            docbin.add(doc)
            stats["docs"] += 1
            stats["sentences"] += len(chunk)
            stats["tokens"] += len(words)
            stats["entities"] += len(doc.ents)
    return docbin, stats


# The UD train file mixes two annotation versions: most of it still labels
# names with the old `flat:name` relation, while dev and test (and part of
# train) use plain `flat`. Map the old label to the new one so the parser
# learns a single relation for names.
DEPREL_MAP = {"flat:name": "flat"}


def normalise_deprels(text: str) -> tuple[str, int]:
    lines = []
    changed = 0
    for line in text.split("\n"):
        columns = line.split("\t")
        if len(columns) == 10 and columns[7] in DEPREL_MAP:
            columns[7] = DEPREL_MAP[columns[7]]
            changed += 1
            line = "\t".join(columns)
        lines.append(line)
    return "\n".join(lines), changed


def conllu_to_docbin(path: Path) -> tuple[DocBin, dict[str, int]]:
    text, relabelled = normalise_deprels(path.read_text(encoding="utf-8"))
    docbin = DocBin(store_user_data=False)
    stats = {"docs": 0, "sentences": 0, "tokens": 0, "relabelled_deprels": relabelled}
    for doc in conllu_to_docs(text, n_sents=SENTS_PER_DOC, no_print=True):
        docbin.add(doc)
        stats["docs"] += 1
        stats["sentences"] += sum(1 for _ in doc.sents)
        stats["tokens"] += len(doc)
    return docbin, stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="shared data dir")
    parser.add_argument("--out", type=Path, required=True, help="corpus output dir")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    vocab = Vocab()
    ner_dir = args.data / "conll2002-nl"
    for split, name in (("train", "ned.train"), ("dev", "ned.testa")):
        docbin, stats = conll2002_to_docbin(ner_dir / name, vocab)
        target = args.out / f"ner-{split}.spacy"
        docbin.to_disk(target)
        print(f"{target}: {stats}")

    ud_dir = args.data / "ud-dutch"
    for split in ("train", "dev", "test"):
        docbin, stats = conllu_to_docbin(ud_dir / f"nl-ud-{split}.conllu")
        target = args.out / f"ud-{split}.spacy"
        docbin.to_disk(target)
        print(f"{target}: {stats}")


if __name__ == "__main__":
    main()
