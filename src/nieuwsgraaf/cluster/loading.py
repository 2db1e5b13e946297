"""Loading a cluster run's Parquet rows into a store, in bulk and idempotently.

The rows go through the store interface only (`Store.add_analyses`, `Store.add_sighting`), so the
same code loads SQLite or whatever else `store.open_store` returns. Each document JSON is turned
back into its Analysis (`document_from_json`), so the store writes exactly what an ingest writes,
and each stored batch is threaded into stories by the same stage as in an ingest.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from ..document import document_from_json
from ..records import Analysis
from ..store import Store
from ..stories import open_story_stage
from .parquet import find_duplicates, is_done, iter_rows
from .records import LoadReport, Partition

BATCH_ROWS = 500  # rows per store transaction


def load_partitions(out_dir: str, partitions: Sequence[Partition], store: Store,
                    on_batch: Callable[[LoadReport], None] | None = None) -> LoadReport:
    """Add the rows of every done partition to `store`, in partition order.

    An id met again (the same article in two inputs) keeps its first row; the others become
    sightings, as in `nieuwsgraaf ingest`. An article the store already holds is left as it is, so
    loading twice changes nothing. Partitions without a marker are listed in `missing_partitions`.
    """
    report = LoadReport()
    repeated = set(find_duplicates(out_dir, [p.id for p in partitions]))  # only these need remembering
    seen: set[str] = set()
    batch: list[Analysis] = []
    sightings: list[tuple[str, str, str | None, str | None]] = []
    stories = open_story_stage(store)

    def flush() -> None:
        for was_added in store.add_analyses(batch):
            report.stored += was_added
            report.already_stored += not was_added
        stories.add(store, batch)
        for sighting in sightings:  # after their article is stored
            store.add_sighting(*sighting)
        batch.clear()
        sightings.clear()
        if on_batch:
            on_batch(report)

    for partition in partitions:
        if not is_done(out_dir, partition.id):
            report.missing_partitions.append(partition.id)
            continue
        for row in iter_rows(out_dir, partition.id):
            report.rows += 1
            document = json.loads(row["document"])
            if row["id"] in repeated:
                if row["id"] in seen:
                    report.duplicates += 1
                    sightings.append((row["id"], document["meta"]["origin"], row["url"], row["source"]))
                    continue
                seen.add(row["id"])
            batch.append(document_from_json(document))
            if len(batch) >= BATCH_ROWS:
                flush()
    if batch or sightings:
        flush()
    return report
