"""Article vectors for story threading: mean-pooled sentence vectors from the project's e5 encoder.

The exported encoder (nlp/encoder.py, models/*/encoder/model.onnx) only outputs its task heads. Its
last hidden layer (the output of the final block's LayerNorm, width 384) is exposed here by cutting
the graph at that tensor in memory, so the same weights serve without a second model file and
nothing is downloaded. The text is split into words as printed Dutch (whitespace and punctuation),
each word segmented with the encoder's own piece vocabulary, and sentences are packed into windows
as the encoder packs them. How sentences and the article are pooled is `pooling`'s, shared with the
NLP stage, which pools the vectors of a pipeline whose encoder is this one without a second pass.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..nlp.hidden import last_hidden_tensor
from ..nlp.subwords import PieceVocabulary
from ..pooling import MAX_PIECES, MAX_SENTENCES, lead_sentences, unit_mean

_WORD = re.compile(r"\w+|[^\w\s]")
MAX_WINDOW_PIECES = 160  # as the encoder's windows
MAX_PIECES_PER_WORD = 8


class VectorModelError(RuntimeError):
    """The encoder files are missing or are not an encoder this module can cut."""


@dataclass(frozen=True)
class VectorOptions:
    """How much of an article is read: its title and lead carry the happening."""

    max_sentences: int = MAX_SENTENCES
    max_pieces: int = MAX_PIECES


class ArticleVectorizer:
    """One ONNX session over the encoder's layers, turning sentences into one unit vector."""

    def __init__(self, folder: Path, options: VectorOptions = VectorOptions(), threads: int = 1):
        self.name = pipeline_name(folder.parent)
        self.options = options
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        self.bos, self.eos = int(meta["bos"]), int(meta["eos"])
        self.pieces = PieceVocabulary.load(folder / "pieces.json")
        self.session = _hidden_state_session(folder / "model.onnx", threads)

    def sentence_vectors(self, sentences: list[str]) -> np.ndarray:
        """One mean-pooled vector per sentence (rows), float32; empty sentences are left out."""
        pieced = [p for p in (self._pieces(s) for s in sentences) if p]
        if not pieced:
            return np.zeros((0, self.width), dtype=np.float32)
        vectors = []
        for window in _pack(pieced, MAX_WINDOW_PIECES - 2):
            ids = [self.bos, *(i for piece_ids in window for i in piece_ids), self.eos]
            hidden = self.session.run(None, {"ids": np.array([ids], dtype=np.int64),
                                             "mask": np.ones((1, len(ids)), dtype=np.int64)})[0][0]
            at = 1
            for piece_ids in window:
                vectors.append(hidden[at:at + len(piece_ids)].mean(axis=0))
                at += len(piece_ids)
        return np.stack(vectors).astype(np.float32)

    def article_vector(self, sentences: list[str]) -> np.ndarray | None:
        """The unit-length mean of the first sentences' vectors; None when there is no text."""
        chosen = lead_sentences(sentences, lambda s: len(s.split()), self.options.max_sentences,
                                self.options.max_pieces)
        return unit_mean(self.sentence_vectors(chosen))

    @property
    def width(self) -> int:
        return int(self.session.get_outputs()[0].shape[-1] or 384)

    def _pieces(self, sentence: str) -> list[int]:
        ids: list[int] = []
        for match in _WORD.finditer(sentence):
            word_start = match.start() == 0 or sentence[match.start() - 1].isspace()
            pieces = self.pieces.segment(match.group()[:64], word_start)
            ids.extend(pieces[:MAX_PIECES_PER_WORD] or (self.pieces.unknown_id,))
        return ids[: MAX_WINDOW_PIECES - 2]


def _pack(pieced: list[list[int]], size: int) -> list[list[list[int]]]:
    """Whole sentences into windows of at most `size` pieces."""
    windows: list[list[list[int]]] = [[]]
    used = 0
    for piece_ids in pieced:
        if windows[-1] and used + len(piece_ids) > size:
            windows.append([])
            used = 0
        windows[-1].append(piece_ids)
        used += len(piece_ids)
    return windows


def _hidden_state_session(path: Path, threads: int):
    """An ONNX Runtime session whose only output is the encoder's last hidden layer."""
    import onnx
    import onnxruntime
    from onnx.utils import Extractor

    if not path.exists():
        raise VectorModelError(f"no encoder at {path}")
    model = onnx.load(str(path))
    last = last_hidden_tensor(model)
    if last is None:
        raise VectorModelError(f"{path}: no encoder block LayerNorm to read vectors from")
    if last not in {info.name for info in model.graph.value_info}:
        model.graph.value_info.append(onnx.helper.make_tensor_value_info(last, onnx.TensorProto.FLOAT, None))
    hidden = Extractor(model).extract_model(["ids", "mask"], [last])
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = max(0, threads)
    options.inter_op_num_threads = 1
    return onnxruntime.InferenceSession(hidden.SerializeToString(), options, providers=["CPUExecutionProvider"])


def pipeline_name(model_folder: Path) -> str:
    """The name the pipeline in `model_folder` records in each document (nlp/loader.py's form,
    'nl_nieuwsgraaf_fast-0.2.0'), so that vectors pooled by that pipeline are known as this model's."""
    try:
        meta = json.loads((model_folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return model_folder.name
    return f"{meta.get('lang', 'nl')}_{meta.get('name', model_folder.name)}-{meta.get('version', '0')}"


def load_vectorizer(model_folder: Path, options: VectorOptions = VectorOptions()) -> ArticleVectorizer:
    """The vectorizer over `model_folder`/encoder (a pipeline folder such as models/nl_nieuwsgraaf_fast).

    Raises VectorModelError when the folder has no encoder."""
    folder = model_folder / "encoder"
    if not (folder / "model.onnx").exists():
        raise VectorModelError(f"{model_folder} has no encoder/model.onnx")
    return ArticleVectorizer(folder, options)
