"""CoNLL-2002 Dutch as windows of subword pieces for token classification."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from nieuwsgraaf.nlp.spacing import printed_spacing
from nieuwsgraaf.nlp.subwords import PieceVocabulary

LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
IGNORE = -100


@dataclass
class Sentence:
    words: list[str]
    tags: list[str]


@dataclass
class Window:
    ids: list[int]
    labels: list[int]          # label on a word's first piece, IGNORE elsewhere
    word_starts: list[int]     # piece index of each word's first piece
    sentences: list[Sentence]


def read_conll(path: Path) -> list[list[Sentence]]:
    """Documents of sentences; the file's -DOCSTART- lines separate documents."""
    documents: list[list[Sentence]] = [[]]
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if not parts:
            if words:
                documents[-1].append(Sentence(words, tags))
                words, tags = [], []
            continue
        if parts[0] == "-DOCSTART-":
            if documents[-1]:
                documents.append([])
            continue
        words.append(parts[0])
        tags.append(parts[-1])
    return [doc for doc in documents if doc]


def sentence_pieces(vocab: PieceVocabulary, sentence: Sentence, glue: bool = True) -> list[tuple[int, ...]]:
    """Pieces per word; with glue=False every word is taken as written after a space, as in
    already tokenized text (the model sees both, so it copes with either)."""
    out = []
    spaces = printed_spacing(sentence.words) if glue else [True] * len(sentence.words)
    for i, word in enumerate(sentence.words):
        pieces = vocab.segment(word, i == 0 or spaces[i - 1]) or (vocab.unknown_id,)
        out.append(pieces)
    return out


def windows(vocab: PieceVocabulary, documents: list[list[Sentence]], max_pieces: int,
            bos: int, eos: int, glue: bool = True) -> list[Window]:
    """Pack consecutive sentences of a document into windows of at most max_pieces."""
    label_id = {label: i for i, label in enumerate(LABELS)}
    out: list[Window] = []
    for document in documents:
        current: list[tuple[Sentence, list[tuple[int, ...]]]] = []
        size = 0
        for sentence in document:
            pieces = sentence_pieces(vocab, sentence, glue)
            length = sum(len(p) for p in pieces)
            if current and size + length > max_pieces:
                out.extend(_pack(current, label_id, bos, eos, max_pieces))
                current, size = [], 0
            current.append((sentence, pieces))
            size += length
        if current:
            out.extend(_pack(current, label_id, bos, eos, max_pieces))
    return out


def _pack(group, label_id, bos, eos, max_pieces) -> list[Window]:
    ids, labels, starts = [bos], [IGNORE], []
    sentences = []
    for sentence, pieces in group:
        sentences.append(sentence)
        for tag, word_pieces in zip(sentence.tags, pieces, strict=True):
            if len(ids) - 1 + len(word_pieces) > max_pieces:
                break  # an over-long single sentence: the tail is cut (rare)
            starts.append(len(ids))
            ids.extend(word_pieces)
            labels.extend([label_id.get(tag, 0)] + [IGNORE] * (len(word_pieces) - 1))
    ids.append(eos)
    labels.append(IGNORE)
    return [Window(ids, labels, starts, sentences)]
