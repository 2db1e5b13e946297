"""Writing rows as CSV, JSON Lines or Parquet, streamed, so an export's memory stays flat."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import IO

FORMATS = ("csv", "jsonl", "parquet")
PARQUET_BATCH = 10_000  # rows per Parquet row group


def write_rows(rows: Iterable[dict], columns: Sequence[tuple[str, str]], fmt: str, out: IO[bytes]) -> int:
    """Write `rows` to the binary stream `out`; `columns` are (name, kind) pairs. Returns the count."""
    if fmt == "parquet":
        return _write_parquet(rows, columns, out)
    names = [name for name, _ in columns]
    text = _TextOut(out)
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(text, fieldnames=names, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    else:
        for row in rows:
            text.write(json.dumps({c: row.get(c) for c in names}, ensure_ascii=False) + "\n")
            count += 1
    return count


class _TextOut:
    """Text written as UTF-8 to a binary stream (stdout.buffer or a file)."""

    def __init__(self, out: IO[bytes]):
        self.out = out

    def write(self, text: str) -> int:
        self.out.write(text.encode("utf-8"))
        return len(text)


def _write_parquet(rows: Iterable[dict], columns: Sequence[tuple[str, str]], out: IO[bytes]) -> int:
    import pyarrow as pa  # only exports need it
    import pyarrow.parquet as pq

    kinds = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    schema = pa.schema([(name, kinds[kind]) for name, kind in columns])
    batch, count = [], 0
    with pq.ParquetWriter(out, schema) as writer:
        for row in rows:
            batch.append(row)
            count += 1
            if len(batch) >= PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return count
