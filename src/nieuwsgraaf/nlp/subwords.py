"""SentencePiece-unigram segmentation of single words, in pure Python.

The encoder behind the accurate NER reads subword pieces. spaCy has already
split the text into tokens, so each token is segmented on its own (with the
word-start marker when whitespace precedes it), which keeps every piece inside
one token and makes the token-to-piece alignment trivial. Words repeat a lot in
news, so segmentations are cached.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

WORD_START = "\u2581"
UNKNOWN_PENALTY = 10.0
CACHE_SIZE = 200_000


class PieceVocabulary:
    """Pieces with their unigram log-probabilities and the normaliser's codepoint map."""

    def __init__(self, pieces: list[str], scores: list[float], unknown_id: int,
                 normalisation: dict[int, str] | None = None) -> None:
        if len(pieces) != len(scores):
            raise ValueError("pieces and scores differ in length")
        self.pieces = pieces
        self.unknown_id = unknown_id
        self._ids = {piece: i for i, piece in enumerate(pieces) if piece and i != unknown_id}
        self._scores = scores
        self._unknown_score = min(scores) - UNKNOWN_PENALTY
        self._longest = max((len(p) for p in self._ids), default=1)
        self._table = str.maketrans(normalisation or {})
        self.segment = lru_cache(maxsize=CACHE_SIZE)(self._segment)

    def __len__(self) -> int:
        return len(self.pieces)

    def normalise(self, text: str) -> str:
        return text.translate(self._table)

    def _segment(self, word: str, word_start: bool) -> tuple[int, ...]:
        text = self.normalise(word).replace(" ", WORD_START)
        if word_start and not text.startswith(WORD_START):
            text = WORD_START + text
        if not text:
            return ()
        return tuple(self._viterbi(text))

    def _viterbi(self, text: str) -> list[int]:
        size = len(text)
        best = [float("-inf")] * (size + 1)
        best[0] = 0.0
        back: list[tuple[int, int]] = [(0, -1)] * (size + 1)
        ids, scores, longest = self._ids, self._scores, self._longest
        for start in range(size):
            base = best[start]
            if base == float("-inf"):
                continue
            for end in range(start + 1, min(size, start + longest) + 1):
                piece_id = ids.get(text[start:end])
                if piece_id is not None:
                    score = base + scores[piece_id]
                    if score > best[end]:
                        best[end] = score
                        back[end] = (start, piece_id)
            fallback = base + self._unknown_score
            if fallback > best[start + 1]:
                best[start + 1] = fallback
                back[start + 1] = (start, self.unknown_id)
        out: list[int] = []
        at = size
        while at > 0:
            start, piece_id = back[at]
            out.append(piece_id)
            at = start
        out.reverse()
        return out

    def to_dict(self) -> dict:
        return {
            "pieces": self.pieces,
            "scores": [round(float(s), 6) for s in self._scores],
            "unknown_id": self.unknown_id,
            "normalisation": {str(k): v for k, v in self._normalisation_items()},
        }

    def _normalisation_items(self):
        return ((cp, out) for cp, out in sorted(self._table.items()))

    @classmethod
    def from_dict(cls, data: dict) -> PieceVocabulary:
        normalisation = {int(k): v for k, v in data.get("normalisation", {}).items()}
        return cls(data["pieces"], data["scores"], data["unknown_id"], normalisation)

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_dict(), ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> PieceVocabulary:
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))
