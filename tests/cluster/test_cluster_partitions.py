"""Cutting inputs into partitions: stable ids, JSON Lines chunks, groups of small files, fsspec URLs."""

from __future__ import annotations

import json

import fsspec
import pytest
from cluster_support import (
    EXAMPLES,
    MODEL,
    by_id_and_origin,
    engine_documents,
    single_process_documents,
)

from nieuwsgraaf.cluster import (
    ClusterJob,
    PlanError,
    PlanOptions,
    plan_partitions,
    process_partition,
)
from nieuwsgraaf.settings import Settings


def _lines(count: int) -> str:
    return "".join(json.dumps({"text": f"Artikel {n}."}) + "\n" for n in range(1, count + 1))


def test_the_same_inputs_give_the_same_partition_ids():
    first = plan_partitions([str(EXAMPLES)])
    assert [p.id for p in first] == [p.id for p in plan_partitions([str(EXAMPLES)])]
    assert len({p.id for p in first}) == len(first)
    assert [piece.name for p in first for piece in p.pieces][:3] == [
        f"{EXAMPLES}/README.md", f"{EXAMPLES}/feeds/nieuws.atom", f"{EXAMPLES}/feeds/nieuws.rss"]


def test_small_files_of_one_folder_are_grouped_and_big_ones_stand_alone():
    partitions = plan_partitions([str(EXAMPLES)], PlanOptions(small_file_bytes=8000, files_per_group=5))
    groups = [[piece.name.rsplit("/", 2)[-2:] for piece in p.pieces] for p in partitions]
    assert all(len({folder for folder, _ in group}) == 1 for group in groups)  # never across folders
    assert max(len(group) for group in groups) == 5
    assert [["warc", "sample.warc.gz"]] in groups or any(["warc", "sample.warc.gz"] in g for g in groups)


def test_a_big_json_lines_file_is_cut_at_line_starts(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(_lines(7), encoding="utf-8")
    partitions = plan_partitions([str(path)], PlanOptions(lines_per_partition=3, small_file_bytes=0))
    pieces = [p.pieces[0] for p in partitions]
    assert [(piece.first_line, piece.start is not None) for piece in pieces] == [(1, True), (4, True), (7, True)]
    data = path.read_bytes()
    chunks = [data[piece.start:piece.end] for piece in pieces]
    assert b"".join(chunks) == data
    assert all(chunk.startswith(b"{") and chunk.endswith(b"\n") for chunk in chunks)
    # the id is the range's: lines 4-6 are not a chunk of 2-line partitions, line 7 on is
    other = {p.id for p in plan_partitions([str(path)], PlanOptions(lines_per_partition=2, small_file_bytes=0))}
    assert partitions[1].id not in other and partitions[2].id in other


@pytest.mark.parametrize("content", [
    "[" + json.dumps({"text": "een array"}) + "]\n" * 5,  # a JSON array: read whole
    _lines(5).encode("utf-16").decode("latin-1"),  # UTF-16: decoded whole by the reader
])
def test_json_that_is_not_plain_lines_is_never_cut(tmp_path, content):
    path = tmp_path / "x.json"
    path.write_bytes(content.encode("latin-1"))
    partitions = plan_partitions([str(path)], PlanOptions(lines_per_partition=1, small_file_bytes=0))
    assert [p.pieces[0].start for p in partitions] == [None]


def test_stdin_cannot_be_partitioned():
    with pytest.raises(PlanError, match="stdin"):
        plan_partitions(["-"])


def test_memory_urls_are_read_through_fsspec(fallback_pipeline, tmp_path):
    fs = fsspec.filesystem("memory")
    fs.pipe("/ng-test/corpus/articles.jsonl", (EXAMPLES / "jsonl" / "articles.jsonl").read_bytes())
    fs.pipe("/ng-test/corpus/.hidden.txt", b"niet lezen")
    fs.pipe("/ng-test/corpus/txt/rutte.txt", (EXAMPLES / "txt" / "01_navo_defensie_rutte.txt").read_bytes())
    try:
        partitions = plan_partitions(["memory://ng-test/corpus"], PlanOptions(lines_per_partition=4, small_file_bytes=0))
        names = [(piece.name, piece.first_line) for p in partitions for piece in p.pieces]
        assert names == [("memory:///ng-test/corpus/articles.jsonl", 1), ("memory:///ng-test/corpus/articles.jsonl", 5),
                         ("memory:///ng-test/corpus/txt/rutte.txt", 1)]
        # The memory filesystem lives in this process only, so the partitions run here.
        job = ClusterJob.from_settings(str(tmp_path / "out"), Settings(model=MODEL))
        for partition in partitions:
            process_partition(partition, job, fallback_pipeline)
        found = engine_documents(tmp_path / "out", partitions)
    finally:
        fs.rm("/ng-test", recursive=True)
    local = tmp_path / "local"
    (local / "txt").mkdir(parents=True)
    (local / "articles.jsonl").write_bytes((EXAMPLES / "jsonl" / "articles.jsonl").read_bytes())
    (local / "txt" / "rutte.txt").write_bytes((EXAMPLES / "txt" / "01_navo_defensie_rutte.txt").read_bytes())
    expected = single_process_documents([str(local)], fallback_pipeline)
    for document in expected:
        document["meta"]["origin"] = document["meta"]["origin"].replace(str(local), "memory:///ng-test/corpus")
    assert len(found) == 7
    assert by_id_and_origin(found) == by_id_and_origin(expected)
