"""One fine-tuned subword encoder, run with ONNX Runtime, for every annotation it was trained on.

The component `ng_encoder` segments spaCy's tokens into SentencePiece pieces
(nlp.subwords), feeds windows of whole sentences to the exported encoder, and
reads each token's first piece:

* `ner`: entities, BIO-constrained (nlp.bio); entities already on the Doc (the
  actor ruler's) are kept and the model fills the gaps;
* `upos`, `feats`: part of speech and morphology;
* `lemma`: an edit rule per word (nlp.lemma_rules); forms the training data
  always lemmatizes the same way are looked up first (lemmas.json);
* `arcs` + `label_dep`/`label_head`: a dependency tree per sentence (nlp.trees),
  labelled by a bilinear layer whose weights sit beside the model;
* `sent`: where a new sentence starts inside a sentence of the sentencizer (a
  headline or a list item without a full stop); each part gets its own tree,
  and spaCy takes the sentence boundaries from the trees.

Which of these a model has is read from its meta.json. Inference needs only
numpy and onnxruntime; the training recipe is in training/e5/.
"""

from __future__ import annotations

import json
import math
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.scorer import Scorer, get_ner_prf
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from nieuwsgraaf.nlp import bio
from nieuwsgraaf.nlp.blas import one_blas_thread
from nieuwsgraaf.nlp.hidden import HIDDEN_OUTPUT, with_hidden_output
from nieuwsgraaf.nlp.lemma_rules import apply_rule
from nieuwsgraaf.nlp.subwords import PieceVocabulary
from nieuwsgraaf.nlp.trees import mst_heads

MODEL_FILE = "model.onnx"
PIECES_FILE = "pieces.json"
META_FILE = "meta.json"
LABEL_WEIGHT_FILE = "label_weight.npy"
LEMMA_TABLE_FILE = "lemmas.json"
MAX_PIECES_PER_TOKEN = 8  # only a token's first piece is read; the rest is context
MAX_TOKEN_CHARS = 64
ROOT_LABEL = "ROOT"
SPACE_LABEL = "dep"


@dataclass
class _Window:
    doc_index: int
    tokens: list[int]        # doc indices of the tokens with pieces
    starts: np.ndarray       # each one's first piece in `ids`
    sentence_of: list[int]   # each one's sentence number within the window
    ids: list[int]


@Language.factory(
    "ng_encoder",
    # One window per run by default: a graph whose int8 arithmetic takes one activation range
    # per run (the fast pipeline's; the accurate one's in 0.6.0) would let windows run together
    # shift each other's scores, so an article's analysis would depend on its neighbours in the
    # batch. The accurate pipeline's ranges are per token since 0.7.0, but with per-token or
    # float32 arithmetic 4 to 16 windows per run were no faster on one thread.
    # split_sentences: the probability above which the model's sentence starts split a sentence
    # (needs a `sent` output and a parser; 1.0 switches splitting off). 0.8 gave the best LAS
    # and sentence F on UD dev among 0.3, 0.5, 0.7, 0.8, 0.9 and 0.95.
    default_config={"max_pieces": 160, "batch_windows": 1, "threads": 1, "split_sentences": 0.8},
    assigns=["doc.ents", "token.ent_iob", "token.ent_type", "token.pos", "token.morph", "token.lemma",
             "token.dep", "token.head", "token.is_sent_start"],
)
def make_encoder(nlp: Language, name: str, max_pieces: int, batch_windows: int, threads: int,
                 split_sentences: float) -> Encoder:
    return Encoder(name, max_pieces, batch_windows, threads, split_sentences)


class Encoder:
    def __init__(self, name: str, max_pieces: int, batch_windows: int, threads: int,
                 split_sentences: float = 0.8) -> None:
        self.name = name
        self.max_pieces = max_pieces
        self.split_sentences = split_sentences
        self.batch_windows = batch_windows
        self.threads = threads
        self.folder: Path | None = None
        self.session = None
        self.pieces: PieceVocabulary | None = None
        self.labels: dict[str, list[str]] = {}
        self.lemma_table: dict[str, str] = {}
        self._label_weight_flat: np.ndarray | None = None
        self.output_names: list[str] = []
        self.bos = self.eos = 0

    # -- serialisation: the files are kept as they are -------------------------------
    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> Encoder:
        folder = Path(path)
        meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
        self.labels = {task: list(labels) for task, labels in meta["labels"].items()}
        self.bos, self.eos = int(meta["bos"]), int(meta["eos"])
        if (folder / LEMMA_TABLE_FILE).exists():
            self.lemma_table = json.loads((folder / LEMMA_TABLE_FILE).read_text(encoding="utf-8"))
        self.pieces = PieceVocabulary.load(folder / PIECES_FILE)
        if "deps" in self.labels:
            label_weight = np.load(folder / LABEL_WEIGHT_FILE)
            labels, width, _ = label_weight.shape
            # [width, labels * width]: one matrix product scores every label of every word
            self._label_weight_flat = label_weight.transpose(1, 0, 2).reshape(width, labels * width)
        self.folder = folder
        self.session = _session(with_hidden_output(folder / MODEL_FILE) or folder / MODEL_FILE, self.threads)
        self.output_names = [o.name for o in self.session.get_outputs()]
        return self

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        if self.folder is None:
            raise ValueError(f"{self.name}: nothing loaded to save")
        target = Path(path)
        target.mkdir(parents=True, exist_ok=True)
        for file in (MODEL_FILE, PIECES_FILE, META_FILE, LABEL_WEIGHT_FILE, LEMMA_TABLE_FILE):
            source = self.folder / file
            if source.exists() and source.resolve() != (target / file).resolve():
                shutil.copyfile(source, target / file)

    def initialize(self, get_examples=None, nlp=None) -> None:
        """Nothing to train inside spaCy: the weights come from training/e5."""

    def score(self, examples, **kwargs) -> dict:
        """spaCy's own scores for what this model annotates (nlp.evaluate, spacy evaluate).

        Dependencies are scored as spaCy's parser scores them: punctuation left out.
        """
        results: dict = {}
        if "ner" in self.labels:
            results.update(get_ner_prf(examples))
        if "upos" in self.labels:
            results.update(Scorer.score_token_attr(examples, "pos"))
        if "lemma" in self.labels:
            results.update(Scorer.score_token_attr(examples, "lemma"))
        if "feats" in self.labels:
            results.update(Scorer.score_token_attr(examples, "morph", getter=_morph_key))
            results.update(Scorer.score_token_attr_per_feat(examples, "morph", getter=_morph_key))
        if "deps" in self.labels:
            results.update(Scorer.score_deps(
                examples, "dep", getter=lambda token, attr: token.dep_.lower(),
                ignore_labels=("p", "punct")))
        return results

    # -- running ---------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._annotate(batch)
                batch = []
        if batch:
            yield from self._annotate(batch)

    def _annotate(self, docs: list[Doc]) -> list[Doc]:
        if self.session is None or self.pieces is None:
            raise ValueError(f"{self.name}: model files not loaded")
        with one_blas_thread():
            return self._annotate_batch(docs)

    def _annotate_batch(self, docs: list[Doc]) -> list[Doc]:
        tokens_of = [list(doc) for doc in docs]  # each Token made once, not at every look-up
        windows = [w for i, doc in enumerate(docs) for w in self._windows(i, doc, tokens_of[i]) if w.tokens]
        windows.sort(key=lambda w: len(w.ids))  # similar lengths share a batch: less padding
        entities: list[list[Span]] = [[] for _ in docs]
        trees = [_Tree(len(doc)) for doc in docs] if "deps" in self.labels else None
        hidden: list[np.ndarray | None] = [None] * len(docs)
        for start in range(0, len(windows), self.batch_windows):
            group = windows[start:start + self.batch_windows]
            outputs = self._run([w.ids for w in group])
            for row, window in enumerate(group):
                doc = docs[window.doc_index]
                if HIDDEN_OUTPUT in outputs:  # each word's vector at its first piece
                    vectors = outputs[HIDDEN_OUTPUT][row]
                    if hidden[window.doc_index] is None:
                        hidden[window.doc_index] = np.zeros((len(doc), vectors.shape[-1]), dtype=np.float32)
                    hidden[window.doc_index][window.tokens] = vectors[window.starts]
                if "ner" in outputs:
                    entities[window.doc_index].extend(self._entities(doc, window, outputs["ner"][row]))
                tokens = tokens_of[window.doc_index]
                if "upos" in outputs:
                    self._tag(tokens, window, outputs["upos"][row], outputs.get("feats", [None] * len(group))[row])
                if "lemma" in outputs:
                    self._lemmatize(tokens, window, outputs["lemma"][row])
                if trees is not None:
                    if "sent" in outputs:
                        window = self._split(window, outputs["sent"][row])
                    self._parse(trees[window.doc_index], window, {k: outputs[k][row] for k in
                                                                  ("arcs", "label_dep", "label_head")})
        for i, doc in enumerate(docs):
            if hidden[i] is not None:
                doc.tensor = hidden[i]
            if trees is not None:
                trees[i].apply(doc, tokens_of[i])
            if "lemma" in self.labels:
                for token in tokens_of[i]:
                    if not token.lemma:  # whitespace and tokens cut from a window keep their text
                        token.lemma_ = token.text
            if "ner" in self.labels:
                _merge(doc, entities[i])
        return docs

    def _run(self, sequences: list[list[int]]) -> dict[str, np.ndarray]:
        width = max(len(s) for s in sequences)
        ids = np.zeros((len(sequences), width), dtype=np.int64)
        mask = np.zeros((len(sequences), width), dtype=np.int64)
        for row, seq in enumerate(sequences):
            ids[row, :len(seq)] = seq
            mask[row, :len(seq)] = 1
        return dict(zip(self.output_names, self.session.run(None, {"ids": ids, "mask": mask}), strict=True))

    # -- reading the outputs ---------------------------------------------------------
    def _entities(self, doc: Doc, window: _Window, log_probs: np.ndarray) -> list[Span]:
        tags = bio.decode(log_probs[window.starts], self.labels["ner"])
        return [Span(doc, window.tokens[b], window.tokens[e - 1] + 1, label)
                for b, e, label in bio.spans(tags)]

    def _tag(self, tokens: list[Token], window: _Window, upos: np.ndarray, feats: np.ndarray | None) -> None:
        pos_labels = self.labels["upos"]
        for k, i in enumerate(upos[window.starts].argmax(-1).tolist()):
            tokens[window.tokens[k]].pos_ = pos_labels[i]
        if feats is not None:
            feat_labels = self.labels["feats"]
            for k, i in enumerate(feats[window.starts].argmax(-1).tolist()):
                label = feat_labels[i]
                tokens[window.tokens[k]].set_morph("" if label == "_" else label)

    def _lemmatize(self, tokens: list[Token], window: _Window, rules: np.ndarray) -> None:
        rule_labels = self.labels["lemma"]
        for k, i in enumerate(rules[window.starts].argmax(-1).tolist()):
            token = tokens[window.tokens[k]]
            lemma = self.lemma_table.get(token.text)
            token.lemma_ = lemma if lemma is not None else apply_rule(token.text, rule_labels[i])

    def _split(self, window: _Window, start_log_probs: np.ndarray) -> _Window:
        """The window with its sentences split where the model sees a sentence start."""
        if self.split_sentences >= 1.0 or len(window.tokens) < 2:
            return window
        starts = start_log_probs[window.starts, 1] > math.log(self.split_sentences)
        before = np.array(window.sentence_of)
        starts[0] = False
        starts[1:] |= before[1:] != before[:-1]
        return replace(window, sentence_of=np.cumsum(starts).tolist())

    def _parse(self, tree: _Tree, window: _Window, out: dict[str, np.ndarray]) -> None:
        dep_labels = self.labels["deps"]
        sentence_of = np.array(window.sentence_of)
        dependents, governors, attached = [], [], []
        for number in sorted(set(window.sentence_of)):
            members = np.flatnonzero(sentence_of == number)
            positions = np.concatenate([[0], window.starts[members]])  # 0: the window start stands for the root
            heads = mst_heads(out["arcs"][np.ix_(positions, positions)])
            for k, head in enumerate(heads[1:]):
                token = window.tokens[members[k]]
                if head == 0:
                    tree.set(token, token, ROOT_LABEL)
                else:
                    dependents.append(positions[k + 1])
                    governors.append(positions[head])
                    attached.append((token, window.tokens[members[head - 1]]))
        if not attached:
            return
        # one bilinear product labels every attached word of the window
        label_scores = _bilinear(out["label_dep"][dependents], self._label_weight_flat, out["label_head"][governors])
        if "root" in dep_labels:  # only the word on the root is labelled root
            label_scores[:, dep_labels.index("root")] = -np.inf
        for (token, head), best in zip(attached, label_scores.argmax(-1), strict=True):
            tree.set(token, head, dep_labels[int(best)])

    # -- windows ---------------------------------------------------------------------
    def _windows(self, doc_index: int, doc: Doc, doc_tokens: list[Token]) -> Iterator[_Window]:
        """Whole sentences up to max_pieces per window; a longer sentence is cut at a token."""
        token_pieces = self._token_pieces(doc_tokens)
        tokens: list[int] = []
        sentences: list[int] = []
        size = 0
        for number, (begin, end) in enumerate(_sentence_ranges(doc)):
            length = sum(len(token_pieces[i]) for i in range(begin, end))
            if tokens and size + length > self.max_pieces:
                yield self._pack(doc_index, tokens, sentences, token_pieces)
                tokens, sentences, size = [], [], 0
            for i in range(begin, end):
                n = len(token_pieces[i])
                if tokens and size + n > self.max_pieces:
                    yield self._pack(doc_index, tokens, sentences, token_pieces)
                    tokens, sentences, size = [], [], 0
                tokens.append(i)
                sentences.append(number)
                size += n
        if tokens:
            yield self._pack(doc_index, tokens, sentences, token_pieces)

    def _pack(self, doc_index: int, tokens: list[int], sentences: list[int],
              token_pieces: list[tuple[int, ...]]) -> _Window:
        ids = [self.bos]
        starts, kept, kept_sentences = [], [], []
        for i, sentence in zip(tokens, sentences, strict=True):
            pieces = token_pieces[i]
            if pieces:  # whitespace tokens have none; they stay outside entities
                starts.append(len(ids))
                ids.extend(pieces)
                kept.append(i)
                kept_sentences.append(sentence)
        ids.append(self.eos)
        return _Window(doc_index, kept, np.array(starts, dtype=np.int64), kept_sentences, ids)

    def _token_pieces(self, tokens: list[Token]) -> list[tuple[int, ...]]:
        """Each token's pieces; a token after a space (or first) starts a word."""
        found: list[tuple[int, ...]] = []
        word_start = True
        for token in tokens:
            if token.is_space:
                found.append(())
            else:
                pieces = self.pieces.segment(token.text[:MAX_TOKEN_CHARS], word_start)
                found.append(pieces[:MAX_PIECES_PER_TOKEN] or (self.pieces.unknown_id,))
            word_start = bool(token.whitespace_) or token.is_space
        return found


class _Tree:
    """Heads and labels gathered per document, written in one go."""

    def __init__(self, size: int) -> None:
        self.heads = list(range(size))  # unparsed tokens stay their own root
        self.labels = [""] * size

    def set(self, token: int, head: int, label: str) -> None:
        self.heads[token] = head
        self.labels[token] = label

    def apply(self, doc: Doc, tokens: list[Token]) -> None:
        # whitespace tokens lean on the nearest parsed token before them (else after)
        for i, token in enumerate(tokens):
            if token.is_space:
                token.pos_ = "SPACE"
            if token.is_space and not self.labels[i]:
                anchor = next((j for j in range(i - 1, -1, -1) if self.labels[j] and not tokens[j].is_space),
                              next((j for j in range(i + 1, len(tokens)) if self.labels[j]), i))
                self.heads[i] = anchor
                self.labels[i] = SPACE_LABEL if anchor != i else ROOT_LABEL
        label_ids = {label: doc.vocab.strings.add(label or ROOT_LABEL) for label in set(self.labels)}
        array = np.zeros((len(doc), 2), dtype="uint64")
        # a head is stored as its offset from the word, negative ones as two's complement
        array[:, 0] = (np.array(self.heads, dtype=np.int64) - np.arange(len(doc), dtype=np.int64)).view(np.uint64)
        array[:, 1] = [label_ids[label] for label in self.labels]
        doc.from_array([HEAD, DEP], array)


def _bilinear(dep: np.ndarray, weight_flat: np.ndarray, head: np.ndarray) -> np.ndarray:
    """scores[n, r] = dep[n] . W[r] . head[n], with W flattened to [width, labels * width]."""
    projected = (dep @ weight_flat).reshape(len(dep), -1, head.shape[1])
    return np.einsum("nre,ne->nr", projected, head)


def _morph_key(token, attr: str) -> int:
    return getattr(token, attr).key


def _session(model: Path | bytes, threads: int):
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = max(0, threads)
    options.inter_op_num_threads = 1
    source = model if isinstance(model, bytes) else str(model)
    return onnxruntime.InferenceSession(source, options, providers=["CPUExecutionProvider"])


def _sentence_ranges(doc: Doc) -> list[tuple[int, int]]:
    if len(doc) == 0:
        return []
    if doc.has_annotation("SENT_START"):
        return [(s.start, s.end) for s in doc.sents]
    return [(0, len(doc))]


def _merge(doc: Doc, predicted: list[Span]) -> None:
    """Keep existing entities; add predicted ones that overlap none."""
    existing = list(doc.ents)
    taken = {i for span in existing for i in range(span.start, span.end)}
    added = [s for s in predicted if not any(i in taken for i in range(s.start, s.end))]
    doc.ents = filter_spans(existing + added)
