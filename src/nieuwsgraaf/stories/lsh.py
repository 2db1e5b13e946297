"""A compact banded LSH over MinHash values: numpy arrays only, nothing per article and band.

The banding is datasketch's: `band_shape` reads the number of bands `b` and rows `r` from a
MinHashLSH built with the same threshold and permutations, and band `i` covers hash values
`i*r .. (i+1)*r`, so two signatures are candidates exactly when datasketch would make them so.
Each band's `r` values become one 64-bit key (seeded by the band's number, mixed with the
splitmix64 finaliser); a band meeting another band's key by chance adds a candidate that the
caller's containment check then rejects.

`BandIndex` keeps the keys of all merged rows in a few sorted arrays (one per group of bands, with
the row of each key), searched with one vectorised `np.searchsorted` per group, and the newest
rows in a small unsorted tail that is scanned whole; the tail is merged into the sorted arrays when
it is full. Rows are numbered in the order they were added. Memory: 12 bytes per row and band (a
uint64 key and an int32 row); a merge copies one group at a time, so it briefly needs a quarter more.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from datasketch import MinHashLSH

# The unsorted tail: scanning it costs `bands × tail` compares per query, a merge copies every
# sorted array once (0.27 s at a million rows). It is merged at 4 × sqrt(rows merged) rows, at least
# 1,024 and at most 8,192, which keeps both near their balance (4,000 at a million rows).
TAIL_ROWS = 8192
MIN_TAIL_ROWS = 1024
# Sorted arrays per index: one searchsorted call each per query, and a merge copies one at a time.
GROUPS = 4

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_MIX_1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX_2 = np.uint64(0x94D049BB133111EB)


@lru_cache(maxsize=8)
def band_shape(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows per band) as datasketch's MinHashLSH chooses them for this threshold."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def _mix(values: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: a bijection of uint64 that spreads every input bit (wraps mod 2^64)."""
    values = (values ^ (values >> np.uint64(30))) * _MIX_1
    values = (values ^ (values >> np.uint64(27))) * _MIX_2
    return values ^ (values >> np.uint64(31))


@lru_cache(maxsize=8)
def _band_seeds(bands: int) -> np.ndarray:
    return _mix(np.arange(1, bands + 1, dtype=np.uint64) * _GOLDEN)


def band_keys(hashvalues: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """The (n, bands) uint64 keys of n signatures, given as an (n, num_perm) uint32 array."""
    values = np.ascontiguousarray(hashvalues[:, :bands * rows], dtype=np.uint32)
    if rows % 2 == 0:  # two uint32 values read as one uint64: half the mixing rounds
        values, rows = values.view(np.uint64), rows // 2
    values = values.astype(np.uint64, copy=False).reshape(len(hashvalues), bands, rows)
    keys = _band_seeds(bands)
    for column in range(rows):
        keys = _mix(keys ^ values[:, :, column])
    return keys


class BandIndex:
    """Sorted band keys of the merged rows, per group of bands, plus an unsorted tail of the newest rows."""

    def __init__(self, bands: int, tail_rows: int = TAIL_ROWS, groups: int = GROUPS):
        self.bands = bands
        self.tail_rows = tail_rows
        self.groups = list(np.array_split(np.arange(bands), min(groups, bands)))
        self.sorted_keys = [np.empty(0, np.uint64) for _ in self.groups]
        self.sorted_rows = [np.empty(0, np.int32) for _ in self.groups]
        self.tail = np.empty((bands, tail_rows), np.uint64)  # band-major: a scan ORs whole rows
        self.merged = 0  # rows 0 .. merged-1 are in the sorted arrays, the rest in the tail
        self.count = 0

    def __len__(self) -> int:
        return self.count

    @property
    def nbytes(self) -> int:
        return self.tail.nbytes + sum(k.nbytes + r.nbytes for k, r in zip(self.sorted_keys, self.sorted_rows, strict=True))

    @property
    def merge_at(self) -> int:
        """The tail's length that triggers a merge."""
        return min(self.tail_rows, max(MIN_TAIL_ROWS, int(4 * self.merged ** 0.5)))

    def add(self, keys: np.ndarray) -> None:
        """Add rows (their (n, bands) keys), numbered on from the rows already added."""
        in_tail = self.count - self.merged
        if in_tail + len(keys) <= self.merge_at:
            self.tail[:, in_tail:in_tail + len(keys)] = keys.T
            self.count += len(keys)
        else:  # a bulk load or a full tail: everything goes into the sorted arrays at once
            self._merge(np.concatenate([self.tail[:, :in_tail].T, keys]))

    def merge(self) -> None:
        """Move the tail into the sorted arrays (answers stay the same)."""
        self._merge(self.tail[:, :self.count - self.merged].T.copy())

    def _merge(self, keys: np.ndarray) -> None:
        new_rows = np.arange(self.merged, self.merged + len(keys), dtype=np.int32)
        for number, group in enumerate(self.groups):
            group_keys = keys[:, group].ravel()
            order = np.argsort(group_keys, kind="stable")
            group_keys, group_rows = group_keys[order], np.repeat(new_rows, len(group))[order]
            at = np.searchsorted(self.sorted_keys[number], group_keys, side="right")
            self.sorted_keys[number] = np.insert(self.sorted_keys[number], at, group_keys)
            self.sorted_rows[number] = np.insert(self.sorted_rows[number], at, group_rows)
        self.merged = self.count = self.merged + len(keys)

    def query(self, keys: np.ndarray) -> np.ndarray:
        """The rows sharing at least one band key with `keys` (one key per band), ascending."""
        return self.query_first(keys)[0]

    def query_first(self, keys: np.ndarray, per_key: int | None = None) -> tuple[np.ndarray, int | None]:
        """`query`, reading at most `per_key` rows of each key (its lowest: a key's rows ascend).

        Returns the rows found, ascending, and the bound below which they are every row `query`
        would give (None when nothing was cut). A text copied thousands of times then costs a few
        rows per band, not every copy."""
        found, bound = [], None
        for number, group in enumerate(self.groups):
            sorted_keys, wanted = self.sorted_keys[number], keys[group]
            starts = np.searchsorted(sorted_keys, wanted)
            inside = starts < len(sorted_keys)
            hit = np.zeros(len(wanted), bool)
            hit[inside] = sorted_keys[starts[inside]] == wanted[inside]
            for start, key in zip(starts[hit].tolist(), wanted[hit], strict=True):
                end = int(np.searchsorted(sorted_keys, key, side="right"))
                if per_key is not None and end - start > per_key:
                    end = start + per_key
                    last = int(self.sorted_rows[number][end - 1])
                    bound = last if bound is None else min(bound, last)
                found.append(self.sorted_rows[number][start:end])
        in_tail = self.count - self.merged
        if in_tail:  # tail rows are above every merged row: below a bound only when nothing was cut
            hits = (self.tail[:, :in_tail] == keys[:, None]).any(axis=0)
            found.append(np.flatnonzero(hits).astype(np.int32) + self.merged)
        if not found:
            return np.empty(0, np.int32), bound
        rows = np.unique(np.concatenate(found))
        return (rows if bound is None else rows[rows <= bound]), bound


class ChunkedRows:
    """A growing array of fixed-shape rows kept in chunks: growing never copies what is stored."""

    def __init__(self, row_shape: tuple[int, ...], dtype, chunk_rows: int = 8192):
        self.row_shape, self.dtype, self.chunk_rows = row_shape, np.dtype(dtype), chunk_rows
        self.chunks: list[np.ndarray] = []
        self.count = 0

    def __len__(self) -> int:
        return self.count

    @property
    def nbytes(self) -> int:
        return sum(chunk.nbytes for chunk in self.chunks)

    def append(self, rows: np.ndarray) -> None:
        """Append rows (an array of shape (n, *row_shape))."""
        done = 0
        while done < len(rows):
            if self.count == len(self.chunks) * self.chunk_rows:
                self.chunks.append(np.empty((self.chunk_rows, *self.row_shape), self.dtype))
            at = self.count % self.chunk_rows
            step = min(len(rows) - done, self.chunk_rows - at)
            self.chunks[-1][at:at + step] = rows[done:done + step]
            done += step
            self.count += step

    def take(self, rows: np.ndarray) -> np.ndarray:
        """The stored rows at these row numbers, stacked."""
        if not len(rows):
            return np.empty((0, *self.row_shape), self.dtype)
        return np.stack([self.chunks[row // self.chunk_rows][row % self.chunk_rows] for row in rows.tolist()])
