"""numpy's BLAS on one thread while the encoder reads its outputs.

The encoder's own numpy work (the parser's bilinear labels, tree scores) multiplies small
matrices. numpy's bundled OpenBLAS starts a thread per core for them, and those threads
spin after each product, taking the cores ONNX Runtime and the rest of the pipeline need:
on this project's 2-core machine the bilinear step took 12 ms a call instead of 0.5, and the
ONNX runs beside it a third longer (docs/scale.md). Worker processes already start with
OPENBLAS_NUM_THREADS=1; this covers a pipeline run in any other process.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from functools import cache


@cache
def _controller():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_blas_thread() -> AbstractContextManager:
    """Within the block, every BLAS library loaded in the process runs on one thread."""
    return _controller().limit(limits=1, user_api="blas")
