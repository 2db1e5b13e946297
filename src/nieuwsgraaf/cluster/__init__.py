"""Running the pipeline on a Dask cluster: inputs cut into partitions, the same per-article pipeline
on every worker, one Parquet file per partition, resumable, optionally loaded into a store.

    partitions.plan_partitions -> runner.run_partitions (worker.partition_task on each worker)
    -> parquet files in DIR -> loading.load_partitions -> a store
"""

from .loading import load_partitions
from .partitions import PlanError, plan_partitions
from .records import (
           ClusterJob,
           ClusterReport,
           LoadReport,
           Partition,
           PartitionOutcome,
           Piece,
           PlanOptions,
)
from .runner import open_client, run_partitions
from .worker import process_partition

__all__ = ["ClusterJob", "ClusterReport", "LoadReport", "Partition", "PartitionOutcome", "Piece", "PlanError",
           "PlanOptions", "load_partitions", "open_client", "plan_partitions", "process_partition",
           "run_partitions"]
