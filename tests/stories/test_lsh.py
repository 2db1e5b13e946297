"""The compact band index (stories/lsh.py) gives datasketch's candidates, whatever its tail holds."""

from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHashLSH

from nieuwsgraaf.records import ArticleSignature
from nieuwsgraaf.stories import StoryOptions
from nieuwsgraaf.stories.duplicates import ROWS_PER_KEY, NearDuplicateIndex
from nieuwsgraaf.stories.lsh import BandIndex, ChunkedRows, band_keys, band_shape
from nieuwsgraaf.stories.shingles import signature_to_minhash

OPTIONS = StoryOptions()
NUM_PERM = OPTIONS.num_perm


def generated_values(count: int, seed: int) -> np.ndarray:
    """Random signatures, and near-copies of earlier ones with 5-70 % of their values redrawn (from
    clearly a copy to well below the LSH threshold), so bands collide at every rate."""
    rng = np.random.default_rng(seed)
    values = rng.integers(0, 2**32, size=(count, NUM_PERM), dtype=np.uint64).astype(np.uint32)
    for row in range(1, count):
        if rng.random() < 0.5:
            source = values[rng.integers(0, row)]
            redrawn = rng.random(NUM_PERM) < rng.uniform(0.05, 0.7)
            values[row] = np.where(redrawn, values[row], source)
    return values


def signatures_of(values: np.ndarray, seed: int) -> list[ArticleSignature]:
    sizes = np.random.default_rng(seed).integers(50, 900, size=len(values))
    return [ArticleSignature(f"a{row}", int(size), row_values.astype("<u4").tobytes())
            for row, (row_values, size) in enumerate(zip(values, sizes, strict=True))]


def datasketch_candidates(values: np.ndarray) -> list[set[int]]:
    lsh = MinHashLSH(threshold=OPTIONS.lsh_threshold, num_perm=NUM_PERM)
    signatures = signatures_of(values, 0)
    for row, signature in enumerate(signatures):
        lsh.insert(row, signature_to_minhash(signature, NUM_PERM))
    return [set(lsh.query(signature_to_minhash(signature, NUM_PERM))) for signature in signatures]


def test_banding_is_datasketchs():
    lsh = MinHashLSH(threshold=OPTIONS.lsh_threshold, num_perm=NUM_PERM)
    assert band_shape(OPTIONS.lsh_threshold, NUM_PERM) == (lsh.b, lsh.r) == (32, 4)


@pytest.mark.parametrize("tail_rows", [1, 37, 4096])
def test_candidates_are_exactly_datasketchs(tail_rows):
    values = generated_values(1500, seed=3)
    bands, rows = band_shape(OPTIONS.lsh_threshold, NUM_PERM)
    keys = band_keys(values, bands, rows)
    index = BandIndex(bands, tail_rows)
    for row in range(len(values)):
        index.add(keys[row:row + 1])
    expected = datasketch_candidates(values)
    assert sum(len(found) > 1 for found in expected) > 300  # the near-copies did collide
    assert [set(index.query(row_keys).tolist()) for row_keys in keys] == expected


def test_merging_the_tail_changes_no_answer():
    values = generated_values(800, seed=4)
    bands, rows = band_shape(OPTIONS.lsh_threshold, NUM_PERM)
    keys = band_keys(values, bands, rows)
    index = BandIndex(bands, tail_rows=10_000)
    index.add(keys[:300])
    index.merge()
    index.add(keys[300:])
    assert index.merged == 300 and len(index) == 800
    before = [index.query(row_keys).tolist() for row_keys in keys]
    index.merge()
    assert index.merged == 800
    assert [index.query(row_keys).tolist() for row_keys in keys] == before


def test_a_reloaded_index_answers_as_the_one_built_incrementally():
    values = generated_values(1200, seed=5)
    signatures = signatures_of(values, 5)
    built = NearDuplicateIndex(OPTIONS, tail_rows=50)
    links = [built.check_signature(signature) for signature in signatures[:1000]]
    assert sum(link is not None for link in links) > 100
    reloaded = NearDuplicateIndex(OPTIONS)
    reloaded.load(signatures[:1000], [link for link in links if link])
    assert len(reloaded) == len(built) == 1000
    for signature in signatures[1000:]:
        assert reloaded.check_signature(signature) == built.check_signature(signature)
    # articles already stored are compared with the others only, and are not added twice
    for signature in signatures[:200]:
        assert reloaded.check_signature(signature) == built.check_signature(signature)
    assert len(reloaded) == len(built) == 1200


def test_the_first_stored_copy_wins_across_the_tail():
    original = generated_values(1, seed=6)[0]
    index = NearDuplicateIndex(OPTIONS, tail_rows=3)
    index.check_signature(ArticleSignature("first", 400, original.astype("<u4").tobytes()))
    for number in range(10):  # unrelated rows push the first one into the sorted arrays
        unrelated = np.random.default_rng(100 + number).integers(0, 2**32, NUM_PERM, dtype=np.uint64)
        index.check_signature(ArticleSignature(f"other{number}", 400, unrelated.astype("<u4").tobytes()))
    index.check_signature(ArticleSignature("second", 400, original.astype("<u4").tobytes()))
    link = index.check_signature(ArticleSignature("third", 400, original.astype("<u4").tobytes()))
    assert index.band_index.merged >= 3 and link.duplicate_of == "first" and link.similarity == 1.0


def test_a_much_copied_band_key_still_finds_the_first_real_copy():
    """More rows share a band key than a check reads at first, and none of those is a copy: the
    check then reads the rest, so the answer is the full search's (the fallback path)."""
    rng = np.random.default_rng(9)
    bands, rows_per_band = band_shape(OPTIONS.lsh_threshold, NUM_PERM)
    original = rng.integers(0, 2**32, NUM_PERM, dtype=np.uint64).astype(np.uint32)
    index = NearDuplicateIndex(OPTIONS, tail_rows=8)
    for number in range(ROWS_PER_KEY + 20):  # same first band as the original, nothing else
        lookalike = rng.integers(0, 2**32, NUM_PERM, dtype=np.uint64).astype(np.uint32)
        lookalike[:rows_per_band] = original[:rows_per_band]
        assert index.check_signature(ArticleSignature(f"look{number}", 400, lookalike.astype("<u4").tobytes())) is None
    index.check_signature(ArticleSignature("real", 400, original.astype("<u4").tobytes()))
    index.band_index.merge()
    link = index.check_signature(ArticleSignature("copy", 400, original.astype("<u4").tobytes()))
    assert bands > 1 and link is not None and link.duplicate_of == "real"
    rows, bound = index.band_index.query_first(band_keys(original[None], bands, rows_per_band)[0], ROWS_PER_KEY)
    assert bound is not None and len(rows) == ROWS_PER_KEY  # the first read was cut


def test_a_signature_with_the_wrong_number_of_values_is_refused():
    index = NearDuplicateIndex(OPTIONS)
    with pytest.raises(ValueError, match="has 64 values, not 128"):
        index.load([ArticleSignature("short", 10, np.zeros(64, "<u4").tobytes())])
    assert len(index) == 0


def test_chunked_rows_keep_every_row_across_chunks():
    rows = ChunkedRows((3,), np.uint32, chunk_rows=4)
    data = np.arange(30, dtype=np.uint32).reshape(10, 3)
    rows.append(data[:3])
    rows.append(data[3:])
    assert len(rows) == 10 and len(rows.chunks) == 3
    assert rows.take(np.array([9, 0, 4])).tolist() == data[[9, 0, 4]].tolist()
