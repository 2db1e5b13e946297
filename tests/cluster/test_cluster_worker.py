"""The worker's pipeline: ONNX Runtime runs on the worker's threads, and the analysis does not change."""

from __future__ import annotations

from cluster_support import EXAMPLES

from nieuwsgraaf.cluster.worker import encoders, load_worker_pipeline
from nieuwsgraaf.document import document_to_json
from nieuwsgraaf.pipeline import extract
from nieuwsgraaf.records import Analysis
from nieuwsgraaf.settings import Settings


def test_the_encoder_runs_on_the_workers_threads_with_the_same_results(fast_pipeline):
    pipeline = load_worker_pipeline("nl_nieuwsgraaf_fast", threads=2)
    [encoder] = encoders(pipeline)
    assert encoder.threads == 2
    assert encoder.session.get_session_options().intra_op_num_threads == 2
    [default] = encoders(fast_pipeline)
    assert default.session.get_session_options().intra_op_num_threads == 1
    settings = Settings(model="nl_nieuwsgraaf_fast")
    inputs = [str(EXAMPLES / "txt")]
    two = [document_to_json(a) for a in extract(inputs, settings, pipeline) if isinstance(a, Analysis)]
    one = [document_to_json(a) for a in extract(inputs, settings, fast_pipeline) if isinstance(a, Analysis)]
    assert len(two) == 12 and two == one
