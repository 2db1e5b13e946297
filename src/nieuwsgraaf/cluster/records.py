"""The records the engine's parts hand each other: partitions, a worker's job, a partition's outcome."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..settings import Settings


@dataclass(frozen=True)
class Piece:
    """One input file, or a range of lines of one, as part of a partition.

    `source` is what the worker opens (an absolute local path or an fsspec URL); `name` is the input
    as the user named it (the path `nieuwsgraaf ingest` would print, so the origins match). With a
    byte range (`start`, `end`, end exclusive) the piece is lines `first_line`... of a JSON Lines file.
    """

    source: str
    name: str
    start: int | None = None
    end: int | None = None
    first_line: int = 1

    @property
    def is_remote(self) -> bool:
        return "://" in self.source

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "name": self.name, "start": self.start, "end": self.end,
                "first_line": self.first_line}


@dataclass(frozen=True)
class Partition:
    """A unit of work: its pieces are read, analysed and written together, as one Parquet file.

    `id` is a hash of the pieces' sources and ranges, so the same inputs give the same ids in every run.
    """

    id: str
    pieces: tuple[Piece, ...]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "pieces": [piece.to_json() for piece in self.pieces]}


@dataclass(frozen=True)
class PlanOptions:
    """How inputs are cut into partitions."""

    lines_per_partition: int = 2000  # a JSON Lines file with more lines is split into chunks of this many
    small_file_bytes: int = 1 << 20  # files under this size are grouped with their neighbours in a folder
    files_per_group: int = 200


@dataclass(frozen=True)
class ClusterJob:
    """What every partition task needs besides its partition: where to write, and the pipeline's settings.

    Settings themselves do not travel (their value sources are a mapping proxy, which does not pickle).
    """

    out_dir: str
    model: str
    batch_size: int
    min_chars: int
    max_chars: int
    max_file_bytes: int
    language_min_score: float

    @classmethod
    def from_settings(cls, out_dir: str, settings: Settings) -> ClusterJob:
        return cls(out_dir, settings.model, settings.batch_size, settings.min_chars, settings.max_chars,
                   settings.max_file_bytes, settings.language_min_score)

    def settings(self) -> Settings:
        return Settings(model=self.model, batch_size=self.batch_size, min_chars=self.min_chars,
                        max_chars=self.max_chars, max_file_bytes=self.max_file_bytes,
                        language_min_score=self.language_min_score)


@dataclass(frozen=True)
class PartitionOutcome:
    """What one partition task did: rows written, and the inputs it skipped or repaired."""

    partition_id: str
    rows: int
    skipped: int
    warnings: int
    stage_errors: int
    seconds: float
    failure: str | None = None  # the task itself failed: no marker was written, a rerun redoes it


@dataclass
class ClusterReport:
    """What a cluster run did, over all its partitions."""

    partitions: int = 0
    already_done: int = 0
    outcomes: list[PartitionOutcome] = field(default_factory=list)
    duplicate_ids: int = 0
    seconds: float = 0.0

    @property
    def failed(self) -> list[PartitionOutcome]:
        return [o for o in self.outcomes if o.failure]

    @property
    def rows(self) -> int:
        return sum(o.rows for o in self.outcomes)

    @property
    def skipped(self) -> int:
        return sum(o.skipped for o in self.outcomes)

    def to_json(self) -> dict[str, Any]:
        return {
            "partitions": self.partitions,
            "already_done": self.already_done,
            "done_now": sum(not o.failure for o in self.outcomes),
            "failed": [{"partition": o.partition_id, "error": o.failure} for o in self.failed],
            "rows": self.rows,
            "skipped": self.skipped,
            "warnings": sum(o.warnings for o in self.outcomes),
            "stage_errors": sum(o.stage_errors for o in self.outcomes),
            "duplicate_ids": self.duplicate_ids,
            "seconds": round(self.seconds, 3),
        }


@dataclass
class LoadReport:
    """What loading a run's Parquet rows into a store did."""

    rows: int = 0
    stored: int = 0
    already_stored: int = 0
    duplicates: int = 0  # rows of an id met earlier in this load: recorded as sightings
    missing_partitions: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"rows": self.rows, "stored": self.stored, "already_stored": self.already_stored,
                "duplicates": self.duplicates, "missing_partitions": self.missing_partitions}
