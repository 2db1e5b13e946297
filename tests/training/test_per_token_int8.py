"""The per-token int8 rewrite of an encoder graph (training/e5/per_token_int8.py), run by ONNX Runtime."""

from __future__ import annotations

import importlib.util

import numpy as np
import onnx
import onnxruntime
import pytest
from onnx import TensorProto, helper, numpy_helper

from conftest import REPO

WIDTH, HIDDEN = 48, 96


def per_token_int8():
    spec = importlib.util.spec_from_file_location("per_token_int8", REPO / "training" / "e5" / "per_token_int8.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def small_encoder(rng) -> onnx.ModelProto:
    """x -> two encoder products sharing x (float weights), added -> Relu -> an encoder product
    (int8 weight read through DequantizeLinear, as `--quantize weights` stores it) -> a head product."""
    first = rng.normal(0, 0.2, (WIDTH, HIDDEN)).astype(np.float32)
    beside = rng.normal(0, 0.2, (WIDTH, HIDDEN)).astype(np.float32)
    second = rng.normal(0, 0.2, (HIDDEN, WIDTH))
    scale = (np.abs(second).max(axis=0) / 127).astype(np.float32)
    second_q = np.round(second / scale).astype(np.int8)
    head = rng.normal(0, 0.2, (WIDTH, 5)).astype(np.float32)
    nodes = [
        helper.make_node("DequantizeLinear", ["second_q", "second_scale", "second_zero"], ["second"], axis=1),
        helper.make_node("MatMul", ["x", "first"], ["h0"], name="/encoder/blocks.0/q/MatMul"),
        helper.make_node("MatMul", ["x", "beside"], ["h0b"], name="/encoder/blocks.0/k/MatMul"),
        helper.make_node("Add", ["h0", "h0b"], ["h1"]),
        helper.make_node("Relu", ["h1"], ["h2"]),
        helper.make_node("MatMul", ["h2", "second"], ["h3"], name="/encoder/blocks.0/ffn_out/MatMul"),
        helper.make_node("MatMul", ["h3", "head"], ["y"], name="/ner/MatMul"),
    ]
    constants = [numpy_helper.from_array(first, "first"), numpy_helper.from_array(beside, "beside"), numpy_helper.from_array(second_q, "second_q"),
                 numpy_helper.from_array(scale, "second_scale"),
                 numpy_helper.from_array(np.zeros(WIDTH, np.int8), "second_zero"),
                 numpy_helper.from_array(head, "head")]
    graph = helper.make_graph(nodes, "small", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, None, WIDTH])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, None, 5])], constants)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8)


def run(model: onnx.ModelProto, x: np.ndarray, optimized: bool = True) -> np.ndarray:
    options = onnxruntime.SessionOptions()
    if not optimized:
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
    session = onnxruntime.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
    return session.run(None, {"x": x})[0]


@pytest.fixture(scope="module")
def graphs():
    module = per_token_int8()
    rng = np.random.default_rng(3)
    original = small_encoder(rng)
    reference = onnx.ModelProto()
    reference.CopyFrom(original)
    folded = module.float_weights(reference)
    rewritten = onnx.ModelProto()
    rewritten.CopyFrom(reference)
    count = module.per_token_int8(rewritten)
    onnx.checker.check_model(rewritten)
    return original, reference, rewritten, folded, count


def windows(rng, rows: int = 3, length: int = 20) -> np.ndarray:
    x = rng.normal(0, 1, (rows, length, WIDTH)).astype(np.float32)
    x[:, 0] *= 40  # the window's first piece: activations far larger than the rest, as in the encoder
    return x


def test_encoder_products_are_rewritten_and_the_head_stays_float(graphs):
    original, reference, rewritten, folded, count = graphs
    assert folded == 1 and count == 3
    kinds = [node.op_type for node in rewritten.graph.node]
    assert kinds.count("MatMulInteger") == 3
    assert kinds.count("ReduceMax") == 2  # the two products reading x share one quantization
    assert "DequantizeLinear" not in kinds
    assert [n.name for n in rewritten.graph.node if n.op_type == "MatMul"] == ["/ner/MatMul"]


def test_folded_weights_compute_what_the_int8_weight_graph_means(graphs):
    original, reference, *_ = graphs
    x = windows(np.random.default_rng(5))
    assert np.allclose(run(reference, x), run(original, x, optimized=False), atol=1e-4)


def test_close_to_float_even_beside_a_token_with_huge_activations(graphs):
    _, reference, rewritten, *_ = graphs
    x = windows(np.random.default_rng(7))
    exact, approx = run(reference, x), run(rewritten, x)
    ordinary = np.abs(exact[:, 1:]).max()
    assert np.abs(approx[:, 1:] - exact[:, 1:]).max() < 0.02 * ordinary
    assert np.abs(approx[:, 0] - exact[:, 0]).max() < 0.02 * np.abs(exact[:, 0]).max()


def test_onnx_runtime_fusions_do_not_change_the_result(graphs):
    # MatMulInteger -> Cast -> Mul(scale product) would be fused into MatMulIntegerToFloat,
    # which reads a per-row scale wrongly
    _, _, rewritten, *_ = graphs
    x = windows(np.random.default_rng(11))
    assert np.allclose(run(rewritten, x), run(rewritten, x, optimized=False), rtol=1e-4, atol=1e-4)


def test_each_window_gets_the_same_numbers_alone_or_with_others(graphs):
    _, _, rewritten, *_ = graphs
    rng = np.random.default_rng(13)
    together = windows(rng, rows=4)
    together[2, 5:] = 0  # padding
    batch = run(rewritten, together)
    for row in range(4):
        alone = run(rewritten, together[row:row + 1])
        assert np.array_equal(alone[0], batch[row])


@pytest.fixture(scope="module")
def symmetric_graph(graphs):
    _, reference, *_ = graphs
    rewritten = onnx.ModelProto()
    rewritten.CopyFrom(reference)
    count = per_token_int8().per_token_int8(rewritten, symmetric=("/q/", "/k/"))
    onnx.checker.check_model(rewritten)
    return rewritten, count


def test_symmetric_products_are_fused_and_the_others_keep_the_row_offset(symmetric_graph):
    rewritten, count = symmetric_graph
    kinds = [node.op_type for node in rewritten.graph.node]
    assert count == 3
    assert kinds.count("MatMulIntegerToFloat") == 2 and kinds.count("MatMulInteger") == 1
    assert kinds.count("QuantizeLinear") == 2  # q and k share x's quantization; ffn_out has its own
    default = next(opset.version for opset in rewritten.opset_import if opset.domain in ("", "ai.onnx"))
    assert default >= 21
    reductions = [node for node in rewritten.graph.node if node.op_type in ("ReduceMin", "ReduceMax")]
    assert all(not node.attribute or all(a.name != "axes" for a in node.attribute) for node in reductions)
    assert all(len(node.input) == 2 for node in reductions)


def test_symmetric_form_is_close_to_float_beside_a_token_with_huge_activations(graphs, symmetric_graph):
    _, reference, *_ = graphs
    rewritten, _ = symmetric_graph
    x = windows(np.random.default_rng(17))
    exact, approx = run(reference, x), run(rewritten, x)
    assert np.abs(approx[:, 1:] - exact[:, 1:]).max() < 0.03 * np.abs(exact[:, 1:]).max()
    assert np.abs(approx[:, 0] - exact[:, 0]).max() < 0.03 * np.abs(exact[:, 0]).max()


def test_symmetric_form_rounds_each_row_on_its_own_grid(symmetric_graph):
    """The q product alone, against numpy: q = round(x / s) + 128 with s = max|x| / 127 per row, then
    s * ((q - 128) @ Wq) * column scale."""
    rewritten, _ = symmetric_graph
    constants = {init.name: numpy_helper.to_array(init) for init in rewritten.graph.initializer}
    weight_q = constants["encoder_blocks.0_q_MatMul_wq"].astype(np.int64)
    column_scale = constants["encoder_blocks.0_q_MatMul_column_scale"]
    probe = onnx.ModelProto()
    probe.CopyFrom(rewritten)
    del probe.graph.output[:]
    probe.graph.output.append(helper.make_tensor_value_info("h0", TensorProto.FLOAT, None))
    x = windows(np.random.default_rng(19))
    got = run(probe, x)
    step = np.maximum(np.abs(x).max(axis=-1, keepdims=True), 1e-8) / 127
    rows = np.clip(np.rint(x / step), -128, 127).astype(np.int64)
    expected = step * (rows @ weight_q).astype(np.float32) * column_scale
    assert np.allclose(got, expected, rtol=1e-5, atol=1e-5 * np.abs(expected).max())


def test_symmetric_form_gives_each_window_the_same_numbers_alone_or_with_others(symmetric_graph):
    rewritten, _ = symmetric_graph
    together = windows(np.random.default_rng(23), rows=3)
    batch = run(rewritten, together)
    for row in range(3):
        assert np.array_equal(run(rewritten, together[row:row + 1])[0], batch[row])
