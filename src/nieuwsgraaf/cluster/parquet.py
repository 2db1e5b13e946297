"""The output folder of a cluster run: one Parquet file per partition, its report, its completion marker.

Layout of DIR (a local folder, or one every worker mounts at the same path):
    part-<id>.parquet        one row per article (ROW_SCHEMA), in input order
    part-<id>.report.json    the partition's skips, input repairs and stage errors
    _done/<id>               written last: the partition is complete
    _plan.json               the run's partitions, in input order
    _duplicates.json         ids found in more than one row, with the partitions holding them
Every file is written under a temporary name and renamed into place, so a killed worker leaves
either the old file, or none, plus a stray `*.tmp-*` that the next attempt removes.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from pyarrow.fs import LocalFileSystem

from ..document import document_to_json
from ..records import Analysis

ROW_SCHEMA = pa.schema([
    ("id", pa.string()),
    ("published", pa.string()),
    ("published_precision", pa.string()),
    ("source", pa.string()),
    ("url", pa.string()),
    ("title", pa.string()),
    ("language", pa.string()),
    ("document", pa.string()),  # the document JSON (schemas/document.schema.json) as text
])
ROWS_PER_GROUP = 256  # rows buffered before a Parquet row group is written: memory stays small
DONE_FOLDER = "_done"
PLAN_FILE = "_plan.json"
DUPLICATES_FILE = "_duplicates.json"
# Paths are paths: without this, Arrow reads a folder named 's3:' as an S3 address.
LOCAL = LocalFileSystem()


def analysis_to_row(analysis: Analysis) -> dict[str, Any]:
    """One Parquet row: the columns a loader filters on, and the whole document JSON."""
    article = analysis.article
    return {
        "id": article.id,
        "published": article.published.value if article.published else None,
        "published_precision": article.published.precision if article.published else None,
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "language": article.language,
        "document": json.dumps(document_to_json(analysis), ensure_ascii=False),
    }


def part_path(out_dir: str, partition_id: str) -> Path:
    return Path(out_dir) / f"part-{partition_id}.parquet"


def report_path(out_dir: str, partition_id: str) -> Path:
    return Path(out_dir) / f"part-{partition_id}.report.json"


def marker_path(out_dir: str, partition_id: str) -> Path:
    return Path(out_dir) / DONE_FOLDER / partition_id


def is_done(out_dir: str, partition_id: str) -> bool:
    return marker_path(out_dir, partition_id).is_file()


def _temporary(path: Path) -> Path:
    return path.with_name(f"{path.name}.tmp-{uuid.uuid4().hex[:12]}")


def _publish(temporary: Path, path: Path) -> None:
    """Make a finished temporary file the real one: flushed to disk first, then renamed (atomic)."""
    with open(temporary, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def write_json(path: Path, value: Any) -> None:
    """Write a small JSON file under a temporary name, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = _temporary(path)
    temporary.write_text(json.dumps(value, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    _publish(temporary, path)


def remove_leftovers(out_dir: str, partition_id: str) -> list[Path]:
    """Delete what an unfinished attempt at this partition left (temporary files); return them."""
    found = [path for path in Path(out_dir).glob(f"part-{partition_id}.*.tmp-*")]
    found += list((Path(out_dir) / DONE_FOLDER).glob(f"{partition_id}.tmp-*"))
    for path in found:
        path.unlink(missing_ok=True)
    return found


def write_rows(out_dir: str, partition_id: str, rows: Iterable[dict[str, Any]]) -> int:
    """Write the partition's Parquet file (temporary name, then renamed); return the row count."""
    path = part_path(out_dir, partition_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = _temporary(path)
    count = 0
    buffered: list[dict[str, Any]] = []
    try:
        with pq.ParquetWriter(str(temporary), ROW_SCHEMA, compression="zstd", filesystem=LOCAL) as writer:
            for row in rows:
                buffered.append(row)
                count += 1
                if len(buffered) >= ROWS_PER_GROUP:
                    writer.write_table(pa.Table.from_pylist(buffered, schema=ROW_SCHEMA))
                    buffered = []
            # An empty partition still gets a file with the schema, so every done partition has one.
            writer.write_table(pa.Table.from_pylist(buffered, schema=ROW_SCHEMA))
        _publish(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return count


def mark_done(out_dir: str, partition_id: str, summary: dict[str, Any]) -> None:
    """Write the completion marker, last of a partition's files."""
    write_json(marker_path(out_dir, partition_id), summary)


def read_table(out_dir: str, partition_id: str, columns: list[str] | None = None) -> pa.Table:
    return pq.read_table(str(part_path(out_dir, partition_id)), columns=columns, filesystem=LOCAL)


def iter_rows(out_dir: str, partition_id: str, batch_rows: int = ROWS_PER_GROUP) -> Iterator[dict[str, Any]]:
    """The rows of one partition's Parquet file, in order, a batch at a time."""
    parquet = pq.ParquetFile(str(part_path(out_dir, partition_id)), filesystem=LOCAL)
    for batch in parquet.iter_batches(batch_size=batch_rows):
        yield from batch.to_pylist()


def find_duplicates(out_dir: str, partition_ids: Iterable[str]) -> dict[str, list[str]]:
    """Ids held by more than one row, each with the partitions holding them (in the given order,
    a partition named once per row). Only the id columns are read, and grouped by Arrow."""
    tables = []
    for order, partition_id in enumerate(partition_ids):
        if part_path(out_dir, partition_id).is_file():
            ids = read_table(out_dir, partition_id, ["id"])
            tables.append(ids.append_column("order", pa.array([order] * ids.num_rows, pa.int32()))
                          .append_column("partition", pa.array([partition_id] * ids.num_rows, pa.string())))
    if not tables:
        return {}
    rows = pa.concat_tables(tables)
    grouped = rows.group_by("id", use_threads=False).aggregate([("partition", "list"), ("order", "min")])
    repeated = grouped.filter(pc.greater(pc.list_value_length(grouped["partition_list"]), 1)).sort_by("order_min")
    return dict(zip(repeated["id"].to_pylist(), repeated["partition_list"].to_pylist(), strict=True))
