"""Word shingles of a cleaned text and their MinHash (datasketch)."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from datasketch import MinHash

from ..records import ArticleSignature

_WORD = re.compile(r"\w+", re.UNICODE)
# datasketch's 32-bit scheme (2.0): a bijective permutation, values stored as uint32. Stored
# signatures carry no trace of their scheme, so it is fixed here for writing and reading alike.
SCHEME = "affine32"


def word_shingles(text: str, size: int) -> set[bytes]:
    """Every run of `size` consecutive words, lower-cased (punctuation and spacing ignored); a
    text shorter than `size` words is one shingle."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@lru_cache(maxsize=4)
def _permutations(num_perm: int):
    """The permutations every MinHash shares (seed 1): drawn once, not per article (0.45 ms each)."""
    return MinHash(num_perm=num_perm, scheme=SCHEME).permutations


def new_minhash(num_perm: int, hashvalues=None) -> MinHash:
    return MinHash(num_perm=num_perm, scheme=SCHEME, permutations=_permutations(num_perm), hashvalues=hashvalues)


def text_signature(article_id: str, text: str, size: int, num_perm: int) -> tuple[ArticleSignature, MinHash]:
    """The stored signature of a text and its MinHash."""
    shingles = word_shingles(text, size)
    minhash = new_minhash(num_perm)
    minhash.update_batch(list(shingles))
    return signature_of(article_id, len(shingles), minhash), minhash


def signature_of(article_id: str, shingles: int, minhash: MinHash) -> ArticleSignature:
    return ArticleSignature(article_id, shingles, minhash.hashvalues.astype("<u4").tobytes())


def signature_values(signature: ArticleSignature, num_perm: int) -> np.ndarray:
    """The stored hash values of a signature as uint32 (ValueError when their number is wrong)."""
    values = np.frombuffer(signature.hashvalues, dtype="<u4").astype(np.uint32)
    if len(values) != num_perm:
        raise ValueError(f"signature of {signature.article_id} has {len(values)} values, not {num_perm}")
    return values


def signature_to_minhash(signature: ArticleSignature, num_perm: int) -> MinHash:
    return new_minhash(num_perm, signature_values(signature, num_perm))
