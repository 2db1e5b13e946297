"""One local Dask cluster of 2 worker processes (1 thread each) for all the cluster tests."""

from __future__ import annotations

import pytest

from nieuwsgraaf.cluster import open_client


@pytest.fixture(scope="package")
def dask_client():
    """The client of a local cluster; the client and the cluster are closed after the package's tests."""
    with open_client(workers=2) as client:
        yield client
