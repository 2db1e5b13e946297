"""Near-duplicates: a banded LSH (stories/lsh.py) over the MinHash signatures of every stored article.

Memory per stored article, all in numpy arrays: 512 bytes of hash values (128 uint32), 4 bytes of
size, 384 bytes of band keys and rows (32 bands × 12 bytes), plus its id in a list and a dict;
datasketch's MinHashLSH held 6–7 KB per article in Python objects (bench/duplicates_memory.py).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from ..records import ArticleSignature, DuplicateLink
from .lsh import TAIL_ROWS, BandIndex, ChunkedRows, band_keys, band_shape
from .options import StoryOptions
from .shingles import signature_values, text_signature

# Stored signatures are loaded this many at a time: one merge into the sorted band arrays each.
LOAD_BATCH = 65536
# A check reads the lowest rows of each band key first (the first stored copy is among them) and
# compares them a chunk at a time: a text stored thousands of times costs what a rare one does.
ROWS_PER_KEY = 64
FIRST_CHUNK = 32  # rows compared at a time


def estimated_containment(jaccard: float, size_a: int, size_b: int) -> float:
    """The share of the smaller set inside the larger, from their Jaccard and sizes."""
    if not size_a or not size_b:
        return 0.0
    common = jaccard * (size_a + size_b) / (1.0 + jaccard)
    return min(1.0, common / min(size_a, size_b))


class NearDuplicateIndex:
    """The LSH index of stored signatures; `check` finds the first stored copy of a new text.

    Rows are numbered in the order articles were first stored, so the lowest matching row is the
    first stored copy."""

    def __init__(self, options: StoryOptions, tail_rows: int = TAIL_ROWS):
        self.options = options
        self.bands, self.band_rows = band_shape(options.lsh_threshold, options.num_perm)
        self.band_index = BandIndex(self.bands, tail_rows)
        self.hashvalues = ChunkedRows((options.num_perm,), np.uint32)
        self.sizes = ChunkedRows((), np.int32)
        self.ids: list[str] = []
        self.row_of: dict[str, int] = {}
        self.originals: dict[str, str] = {}  # a near-duplicate's first stored copy

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def nbytes(self) -> int:
        """Bytes held in numpy arrays (ids and the dicts not counted)."""
        return self.band_index.nbytes + self.hashvalues.nbytes + self.sizes.nbytes

    def load(self, signatures: Iterable[ArticleSignature], links: Iterable[DuplicateLink] = ()) -> None:
        """Add stored signatures (in the order they were stored) and the duplicate links among them."""
        self.originals.update((link.article_id, link.duplicate_of) for link in links)
        batch: dict[str, ArticleSignature] = {}
        for signature in signatures:
            if signature.article_id not in self.row_of:
                batch.setdefault(signature.article_id, signature)
            if len(batch) >= LOAD_BATCH:
                self._add(list(batch.values()))
                batch = {}
        self._add(list(batch.values()))

    def _add(self, signatures: list[ArticleSignature], values: np.ndarray | None = None,
             keys: np.ndarray | None = None) -> None:
        """Store signatures (their hash values and band keys, when already at hand)."""
        if not signatures:
            return
        if values is None:
            values = np.stack([signature_values(s, self.options.num_perm) for s in signatures])
        self.band_index.add(band_keys(values, self.bands, self.band_rows) if keys is None else keys)
        self.hashvalues.append(values)
        self.sizes.append(np.array([s.shingles for s in signatures], np.int32))
        for signature in signatures:
            self.row_of[signature.article_id] = len(self.ids)
            self.ids.append(signature.article_id)

    def check(self, article_id: str, text: str) -> tuple[ArticleSignature, DuplicateLink | None]:
        """The text's signature, and the link to the earliest stored near-copy (None when there is
        none); the text is added to the index either way."""
        signature, _ = text_signature(article_id, text, self.options.shingle_words, self.options.num_perm)
        return signature, self.check_signature(signature)

    def check_signature(self, signature: ArticleSignature) -> DuplicateLink | None:
        """`check` for a signature already computed."""
        values = signature_values(signature, self.options.num_perm)
        keys = band_keys(values[None], self.bands, self.band_rows)
        own = self.row_of.get(signature.article_id)
        rows, bound = self.band_index.query_first(keys[0], ROWS_PER_KEY)
        link = self._first_contained(signature, values, rows, own)
        if link is None and bound is not None:  # rare: the lowest rows of a much-copied key were no copy
            rows = self.band_index.query(keys[0])
            link = self._first_contained(signature, values, rows[rows > bound], own)
        if link is not None:
            self.originals[signature.article_id] = link.duplicate_of
        if own is None:
            self._add([signature], values[None], keys)
        return link

    def _first_contained(self, signature: ArticleSignature, values: np.ndarray, rows: np.ndarray,
                         own: int | None) -> DuplicateLink | None:
        """The link to the lowest of `rows` (ascending) whose text holds this one, in chunks: the
        first stored copy is usually the first row."""
        if own is not None:
            rows = rows[rows != own]
        for at in range(0, len(rows), FIRST_CHUNK):
            chunk = rows[at:at + FIRST_CHUNK]
            # the MinHash estimate of the Jaccard: the share of equal values (as MinHash.jaccard)
            equal = np.count_nonzero(self.hashvalues.take(chunk) == values, axis=1)
            for row, same, other in zip(chunk.tolist(), equal.tolist(), self.sizes.take(chunk).tolist(), strict=True):
                contained = estimated_containment(float(same) / len(values), signature.shingles, other)
                if contained >= self.options.min_containment:  # rows ascend: the first stored copy
                    first = self.ids[row]
                    return DuplicateLink(signature.article_id, self.originals.get(first, first), round(contained, 4))
        return None
