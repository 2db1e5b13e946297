"""Near-duplicates: MinHash LSH over the signatures of every stored article."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..records import ArticleSignature, DuplicateLink
from .options import StoryOptions
from .shingles import signature_to_minhash, text_signature


def estimated_containment(jaccard: float, size_a: int, size_b: int) -> float:
    """The share of the smaller set inside the larger, from their Jaccard and sizes."""
    if not size_a or not size_b:
        return 0.0
    common = jaccard * (size_a + size_b) / (1.0 + jaccard)
    return min(1.0, common / min(size_a, size_b))


class NearDuplicateIndex:
    """The LSH index of stored signatures; `check` finds the first stored copy of a new text."""

    def __init__(self, options: StoryOptions):
        self.options = options
        self.lsh = MinHashLSH(threshold=options.lsh_threshold, num_perm=options.num_perm)
        # only the hash values (512 bytes), not MinHash objects (each keeps its own permutations)
        self.hashvalues: dict[str, np.ndarray] = {}
        self.sizes: dict[str, int] = {}
        self.order: dict[str, int] = {}  # insertion order: the first stored copy wins
        self.originals: dict[str, str] = {}  # a near-duplicate's first stored copy

    def __len__(self) -> int:
        return len(self.sizes)

    def load(self, signatures: Iterable[ArticleSignature], links: Iterable[DuplicateLink] = ()) -> None:
        """Add stored signatures (in the order they were stored) and the duplicate links among them."""
        self.originals.update((link.article_id, link.duplicate_of) for link in links)
        with self.lsh.insertion_session() as session:
            for signature in signatures:
                minhash = signature_to_minhash(signature, self.options.num_perm)
                session.insert(signature.article_id, minhash, check_duplication=False)
                self._remember(signature.article_id, signature.shingles, minhash)

    def _remember(self, article_id: str, shingles: int, minhash: MinHash) -> None:
        self.hashvalues[article_id] = minhash.hashvalues
        self.sizes[article_id] = shingles
        self.order[article_id] = len(self.order)

    def check(self, article_id: str, text: str) -> tuple[ArticleSignature, DuplicateLink | None]:
        """The text's signature, and the link to the earliest stored near-copy (None when there is
        none); the text is added to the index either way."""
        signature, minhash = text_signature(article_id, text, self.options.shingle_words, self.options.num_perm)
        link = None
        matches = []
        for other in self.lsh.query(minhash):
            if other == article_id:
                continue
            # the MinHash estimate of the Jaccard: the share of equal values (as MinHash.jaccard)
            jaccard = float(np.count_nonzero(minhash.hashvalues == self.hashvalues[other])) / len(minhash.hashvalues)
            contained = estimated_containment(jaccard, signature.shingles, self.sizes[other])
            if contained >= self.options.min_containment:
                matches.append((self.order[other], other, contained))
        if matches:
            _, first, contained = min(matches)
            link = DuplicateLink(article_id, self.originals.get(first, first), round(contained, 4))
            self.originals[article_id] = link.duplicate_of
        if article_id not in self.sizes:
            self.lsh.insert(article_id, minhash, check_duplication=False)
            self._remember(article_id, signature.shingles, minhash)
        return signature, link
