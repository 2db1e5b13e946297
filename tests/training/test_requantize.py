"""requantize.py's last step: the weights left float after dynamic quantization are stored as
their int8 source again, and ONNX Runtime computes exactly what the float graph computes."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import onnx
import onnxruntime
import pytest
from onnx import TensorProto, helper, numpy_helper

from conftest import REPO

ROWS, WIDTH, HIDDEN = 300, 32, 64


def requantize():
    scripts = str(REPO / "training" / "e5")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)  # requantize.py imports per_token_int8 beside it
    spec = importlib.util.spec_from_file_location("requantize", REPO / "training" / "e5" / "requantize.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def int8_with_scales(value: np.ndarray, axis: int) -> tuple[np.ndarray, np.ndarray]:
    scale = (np.abs(value).max(axis=1 - axis) / 127).astype(np.float32)
    shape = (-1, 1) if axis == 0 else (1, -1)
    return np.round(value / scale.reshape(shape)).astype(np.int8), scale


def int8_weights_encoder(rng) -> onnx.ModelProto:
    """ids -> a word table lookup -> a q product (quantized by dynamic_int8) -> Relu -> an FFN
    output product (left float) -> a head product: every weight int8 through DequantizeLinear."""
    weights = {"table": (rng.normal(0, 1, (ROWS, WIDTH)), 0), "q": (rng.normal(0, 0.2, (WIDTH, HIDDEN)), 1),
               "ffn": (rng.normal(0, 0.2, (HIDDEN, WIDTH)), 1), "head": (rng.normal(0, 0.2, (WIDTH, 5)), 1)}
    constants, nodes = [], []
    for name, (value, axis) in weights.items():
        q, scale = int8_with_scales(value, axis)
        constants += [numpy_helper.from_array(q, f"{name}_int8"), numpy_helper.from_array(scale, f"{name}_scale"),
                      numpy_helper.from_array(np.zeros(scale.size, np.int8), f"{name}_zero")]
        nodes.append(helper.make_node("DequantizeLinear", [f"{name}_int8", f"{name}_scale", f"{name}_zero"],
                                      [name], axis=axis))
    nodes += [
        helper.make_node("Gather", ["table", "ids"], ["x"], name="/encoder/word/Gather"),
        helper.make_node("MatMul", ["x", "q"], ["h"], name="/encoder/blocks.0/q/MatMul"),
        helper.make_node("Relu", ["h"], ["r"]),
        helper.make_node("MatMul", ["r", "ffn"], ["f"], name="/encoder/blocks.0/ffn_out/MatMul"),
        helper.make_node("MatMul", ["f", "head"], ["y"], name="/ner/MatMul"),
    ]
    graph = helper.make_graph(nodes, "small", [helper.make_tensor_value_info("ids", TensorProto.INT64, [None, None])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, None, 5])], constants)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8)


def session(path: Path, optimized_to: Path | None = None) -> onnxruntime.InferenceSession:
    options = onnxruntime.SessionOptions()
    if optimized_to is not None:
        options.optimized_model_filepath = str(optimized_to)
    return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    module = requantize()
    folder = tmp_path_factory.mktemp("requantize")
    model = int8_weights_encoder(np.random.default_rng(3))
    sources = module.int8_sources(model)
    module.float_weights(model)
    onnx.save(model, str(folder / "float.onnx"))
    module.dynamic_int8(folder / "float.onnx", folder / "dynamic.onnx")
    dynamic = onnx.load(str(folder / "dynamic.onnx"))
    stored = module.store_int8_again(dynamic, sources)
    onnx.checker.check_model(dynamic)
    onnx.save(dynamic, str(folder / "small.onnx"))
    return folder, stored


def test_the_weights_left_float_are_int8_again(graphs):
    folder, stored = graphs
    assert stored == 3  # the table, the FFN output and the head; q is MatMulInteger's
    small = onnx.load(str(folder / "small.onnx"))
    assert not [init.name for init in small.graph.initializer
                if init.data_type == TensorProto.FLOAT and np.prod(init.dims) > ROWS]
    assert (folder / "small.onnx").stat().st_size < 0.5 * (folder / "dynamic.onnx").stat().st_size


def test_onnx_runtime_computes_exactly_what_the_float_weights_computed(graphs):
    folder, _ = graphs
    ids = np.random.default_rng(5).integers(0, ROWS, (1, 40))
    before = session(folder / "dynamic.onnx").run(None, {"ids": ids})[0]
    after = session(folder / "small.onnx").run(None, {"ids": ids})[0]
    assert np.array_equal(before, after)


def test_onnx_runtime_folds_them_when_it_loads_the_graph(graphs, tmp_path):
    # no dequantizing on every run, and no MatMulNBits (int8 activations) for the FFN output
    folder, _ = graphs
    session(folder / "small.onnx", optimized_to=tmp_path / "optimized.onnx")
    kinds = {node.op_type for node in onnx.load(str(tmp_path / "optimized.onnx")).graph.node}
    assert not kinds & {"Cast", "Mul", "DequantizeLinear", "MatMulNBits"}
