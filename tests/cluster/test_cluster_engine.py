"""The engine on a local cluster of 2 workers gives what one process gives, resumes, and skips bad input."""

from __future__ import annotations

import json
import shutil

import pytest
from cluster_support import (
    BAD,
    EXAMPLES,
    by_id_and_origin,
    engine_documents,
    local_cluster,
    run_engine,
    single_process_documents,
)

from nieuwsgraaf.cluster import PlanOptions
from nieuwsgraaf.cluster.parquet import (
    DUPLICATES_FILE,
    marker_path,
    part_path,
    read_table,
    report_path,
)


@pytest.fixture(scope="module")
def dask_client():
    yield from local_cluster()


# Every file its own partition and the JSON Lines files cut into chunks of 2 lines, so that whole
# files, chunks and line numbers past a chunk's start are all compared.
SMALL_PARTITIONS = PlanOptions(lines_per_partition=2, small_file_bytes=0)


def test_engine_output_equals_single_process_extract(dask_client, fallback_pipeline, tmp_path):
    inputs = [str(EXAMPLES), str(BAD)]
    report, partitions = run_engine(dask_client, inputs, tmp_path / "out", SMALL_PARTITIONS)
    assert not report.failed and report.already_done == 0
    assert any(p.pieces[0].start for p in partitions), "no JSON Lines file was cut into chunks"
    expected = single_process_documents(inputs, fallback_pipeline)
    assert len(expected) > 30
    assert by_id_and_origin(engine_documents(tmp_path / "out", partitions)) == by_id_and_origin(expected)


def test_parquet_columns_repeat_the_document(dask_client, tmp_path):
    _, partitions = run_engine(dask_client, [str(EXAMPLES / "jsonl"), str(EXAMPLES / "feeds")], tmp_path)
    rows = [row for p in partitions for row in read_table(str(tmp_path), p.id).to_pylist()]
    assert len(rows) == 13
    for row in rows:
        document = json.loads(row["document"])
        published = document["published"] or {"value": None, "precision": None}
        assert (row["id"], row["source"], row["url"], row["title"], row["language"]) == (
            document["id"], document["source"], document["url"], document["title"], document["language"])
        assert (row["published"], row["published_precision"]) == (published["value"], published["precision"])


def test_file_urls_read_through_fsspec_give_the_same_documents(dask_client, fallback_pipeline, tmp_path):
    url = f"file://{EXAMPLES / 'jsonl'}"
    _, partitions = run_engine(dask_client, [url], tmp_path / "out", SMALL_PARTITIONS)
    assert [p.pieces[0].first_line for p in partitions] == [1, 3, 5]
    found = engine_documents(tmp_path / "out", partitions)
    expected = single_process_documents([str(EXAMPLES / "jsonl")], fallback_pipeline)
    for document in expected:
        document["meta"]["origin"] = "file://" + document["meta"]["origin"]
    assert by_id_and_origin(found) == by_id_and_origin(expected)


def test_damaged_files_inside_a_partition_are_skips_in_its_report(dask_client, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("01_navo_defensie_rutte.txt", "06_economie_inflatie_cbs.txt"):
        shutil.copy(EXAMPLES / "txt" / name, folder / name)
    shutil.copy(BAD / "binary.txt", folder / "03_binary.txt")
    shutil.copy(BAD / "broken.jsonl", folder / "04_broken.jsonl")
    whole = (EXAMPLES / "warc" / "sample.warc.gz").read_bytes()
    (folder / "05_cut.warc.gz").write_bytes(whole[: len(whole) // 2])
    report, partitions = run_engine(dask_client, [str(folder)], tmp_path / "out")
    assert len(partitions) == 1 and len(partitions[0].pieces) == 5  # one group of small files
    assert not report.failed
    partition = json.loads(report_path(str(tmp_path / "out"), partitions[0].id).read_text("utf-8"))
    reasons = {skip["origin"]: skip["reason"] for skip in partition["skipped"]}
    assert reasons[f"{folder}/03_binary.txt"].startswith("binary content")
    assert reasons[f"{folder}/04_broken.jsonl#line 2"].startswith("malformed JSON")
    assert any(origin.startswith(f"{folder}/05_cut.warc.gz") for origin in reasons)
    origins = {json.loads(d)["meta"]["origin"] for d in read_table(str(tmp_path / "out"), partitions[0].id)["document"].to_pylist()}
    assert {f"{folder}/01_navo_defensie_rutte.txt", f"{folder}/06_economie_inflatie_cbs.txt",
            f"{folder}/04_broken.jsonl#line 1"} <= origins


def test_a_killed_run_resumes_without_loss_duplicates_or_rewrites(dask_client, tmp_path):
    inputs = [str(EXAMPLES), str(BAD)]
    out = tmp_path / "out"
    first, partitions = run_engine(dask_client, inputs, out, SMALL_PARTITIONS)
    before = by_id_and_origin(engine_documents(out, partitions))
    redone, killed = partitions[3].id, partitions[7].id
    # One partition lost its output and marker; another was killed while writing: a stray temporary
    # file, no marker (its older Parquet file is still there).
    part_path(str(out), redone).unlink()
    marker_path(str(out), redone).unlink()
    marker_path(str(out), killed).unlink()
    stray = part_path(str(out), killed).with_name(part_path(str(out), killed).name + ".tmp-0123456789ab")
    stray.write_bytes(b"PAR1 half a file")
    untouched = {p.id: part_path(str(out), p.id).stat().st_mtime_ns for p in partitions if p.id not in (redone, killed)}

    second, again = run_engine(dask_client, inputs, out, SMALL_PARTITIONS)
    assert [p.id for p in again] == [p.id for p in partitions]
    assert second.already_done == len(partitions) - 2
    assert sorted(o.partition_id for o in second.outcomes) == sorted([redone, killed])
    assert not stray.exists()
    assert {p: part_path(str(out), p).stat().st_mtime_ns for p in untouched} == untouched
    assert by_id_and_origin(engine_documents(out, partitions)) == before
    assert not list(out.glob("*.tmp-*"))


def test_the_same_article_in_two_inputs_is_listed_as_a_duplicate(dask_client, tmp_path):
    folder = tmp_path / "in"
    (folder / "a").mkdir(parents=True)
    (folder / "b").mkdir()
    shutil.copy(EXAMPLES / "txt" / "01_navo_defensie_rutte.txt", folder / "a" / "rutte.txt")
    shutil.copy(EXAMPLES / "txt" / "01_navo_defensie_rutte.txt", folder / "b" / "rutte.txt")
    report, partitions = run_engine(dask_client, [str(folder)], tmp_path / "out")
    assert len(partitions) == 2 and report.duplicate_ids == 1
    duplicates = json.loads((tmp_path / "out" / DUPLICATES_FILE).read_text("utf-8"))
    assert list(duplicates.values()) == [[partitions[0].id, partitions[1].id]]
