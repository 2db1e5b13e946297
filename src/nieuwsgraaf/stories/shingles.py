"""Word shingles of a cleaned text and their MinHash (datasketch)."""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash

from ..records import ArticleSignature

_WORD = re.compile(r"\w+", re.UNICODE)


def word_shingles(text: str, size: int) -> set[bytes]:
    """Every run of `size` consecutive words, lower-cased (punctuation and spacing ignored); a
    text shorter than `size` words is one shingle."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def text_signature(article_id: str, text: str, size: int, num_perm: int) -> tuple[ArticleSignature, MinHash]:
    """The stored signature of a text and its MinHash."""
    shingles = word_shingles(text, size)
    minhash = MinHash(num_perm=num_perm)
    minhash.update_batch(list(shingles))
    return signature_of(article_id, len(shingles), minhash), minhash


def signature_of(article_id: str, shingles: int, minhash: MinHash) -> ArticleSignature:
    # datasketch keeps its hash values below 2**32, so four bytes each suffice
    return ArticleSignature(article_id, shingles, minhash.hashvalues.astype("<u4").tobytes())


def signature_to_minhash(signature: ArticleSignature, num_perm: int) -> MinHash:
    values = np.frombuffer(signature.hashvalues, dtype="<u4").astype(np.uint64)
    if len(values) != num_perm:
        raise ValueError(f"signature of {signature.article_id} has {len(values)} values, not {num_perm}")
    return MinHash(num_perm=num_perm, hashvalues=values)
