"""Helpers of the cluster tests: a local Dask cluster, running the engine on it, and the
single-process output its output is compared with.

Not a conftest.py: a second conftest module would shadow tests/conftest.py for the tests that
import from it. Each test module that needs the cluster makes its fixture with `local_cluster`.
"""

from __future__ import annotations

import json
from contextlib import nullcontext
from pathlib import Path

from nieuwsgraaf.cluster import ClusterJob, open_client, run_partitions
from nieuwsgraaf.cluster.parquet import iter_rows
from nieuwsgraaf.document import document_to_json
from nieuwsgraaf.pipeline import extract
from nieuwsgraaf.records import Analysis
from nieuwsgraaf.settings import Settings

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
BAD = REPO / "tests" / "fixtures" / "bad"
MODEL = "none"  # the rule-based pipeline: the engine's plumbing is under test, not the NLP


def local_cluster():
    """The client of a local cluster of 2 worker processes, 1 thread each, for a fixture to yield
    from; the client and the cluster are closed when the fixture ends."""
    with open_client(workers=2) as client:
        yield client


def run_engine(client, inputs: list[str], out: Path, options=None):
    """Plan and run `inputs` into `out` on the test cluster; the ClusterReport and the plan."""
    from nieuwsgraaf.cluster import plan_partitions

    partitions = plan_partitions(inputs, options)
    job = ClusterJob.from_settings(str(out), Settings(model=MODEL))
    return run_partitions(partitions, job, lambda: nullcontext(client)), partitions


def engine_documents(out: Path, partitions) -> list[dict]:
    """Every row's document JSON, partition by partition."""
    return [json.loads(row["document"]) for p in partitions for row in iter_rows(str(out), p.id)]


def single_process_documents(inputs: list[str], pipeline) -> list[dict]:
    """What `nieuwsgraaf extract` prints for the same inputs."""
    settings = Settings(model=MODEL)
    return [document_to_json(item) for item in extract(inputs, settings, pipeline) if isinstance(item, Analysis)]


def by_id_and_origin(documents: list[dict]) -> list[dict]:
    return sorted(documents, key=lambda d: (d["id"], d["meta"]["origin"]))
