"""Rewrite an encoder graph so its weight products multiply in int8, with one activation
range per token (issue 18 §1: shipped in nl_nieuwsgraaf_accurate 0.7.0, 0.7.1 and 0.8.0; see docs/scale.md).

Each of the encoder's weight products `x @ W` (q, k, v, attention output, FFN in and out:
72 in 12 layers; the task heads and the attention's own products stay float) becomes
plain ONNX arithmetic around MatMulInteger:

    W    -> int8, one scale per output column (what `--quantize weights` already stores)
    x    -> uint8 per row (token): q = round((x - min) / s), s = (max - min) / 255
    x @ W ~= (s * (q @ Wq) + min * colsum(Wq)) * column scale

Per-token ranges matter because the window's first and last pieces carry activations 10
to 35 times larger than the others: `quantize_dynamic`'s one range per run (the fast
pipeline's) rounds every other token coarsely (testa F 0.8728 here, per-token 0.8795), and a
static per-tensor range from calibration does worse (0.7936). A row's numbers depend on
that row alone, so windows run together give the same results as windows run one by one.

The scale is applied in two multiplications on purpose: ONNX Runtime fuses MatMulInteger ->
Cast -> Mul(a * b) into MatMulIntegerToFloat, which reads a per-row scale wrongly.

`symmetric` names products that take a cheaper form (0.8.0: q, k, v, attention output and FFN
input, whose inputs come from a LayerNorm or the attention and are about centred on zero):

    x    -> uint8 per row around the fixed middle 128: q = round(x / s) + 128, s = max|x| / 127
    x @ W ~= s * MatMulIntegerToFloat(q - 128, Wq, column scale)

One QuantizeLinear pass (a block of the whole row, opset 21) and one fused product that applies
the column scales itself leave one multiplication by the row's scale, against eight passes over
the data in the asymmetric form. A row's range is its largest magnitude, so a lopsided row (the
FFN output products read GELU's outputs, from -0.17 up) would lose half its levels: those keep
the asymmetric form. (int8 rows through MatMulIntegerToFloat run far slower than uint8 with a
zero point on ONNX Runtime 1.30's CPU kernels, hence the middle of 128.)

Used by export.py and requantize.py (`--quantize tokens`).
"""

from __future__ import annotations

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

LEVELS = 255.0
HALF_LEVELS = 127.0
MIDDLE = 128
SMALLEST_RANGE = 1e-8
SYMMETRIC_OPSET = 21  # QuantizeLinear with one scale per block of a row


def float_weights(model: onnx.ModelProto) -> int:
    """Turn every constant DequantizeLinear (the `--quantize weights` graph) back into a float
    initializer, in place; returns how many."""
    graph = model.graph
    constants = {init.name: init for init in graph.initializer}
    kept, folded, consumed = [], [], set()
    for node in graph.node:
        if node.op_type != "DequantizeLinear" or not all(name in constants for name in node.input):
            kept.append(node)
            continue
        q, scale, zero = (numpy_helper.to_array(constants[name]) for name in node.input)
        axis = next((a.i for a in node.attribute if a.name == "axis"), 1)
        shape = [1] * q.ndim
        shape[axis] = -1
        value = (q.astype(np.float32) - zero.astype(np.float32).reshape(shape)) * scale.reshape(shape)
        folded.append(numpy_helper.from_array(value.astype(np.float32), node.output[0]))
        consumed.update(node.input)
    initializers = [init for init in graph.initializer if init.name not in consumed] + folded
    del graph.initializer[:]
    graph.initializer.extend(initializers)
    del graph.node[:]
    graph.node.extend(kept)
    return len(folded)


def per_token_int8(model: onnx.ModelProto, prefix: str = "/encoder/", keep_float: tuple[str, ...] = (),
                   symmetric: tuple[str, ...] = ()) -> int:
    """Rewrite, in place, every MatMul under `prefix` whose second input is a constant, except those
    whose name contains one of `keep_float`; those whose name contains one of `symmetric` take the
    symmetric form (module docstring). Returns how many."""
    graph = model.graph
    constants = {init.name: init for init in graph.initializer}
    shared = [numpy_helper.from_array(np.array(LEVELS, np.float32), "per_token_levels"),
              numpy_helper.from_array(np.array(HALF_LEVELS, np.float32), "per_token_half_levels"),
              numpy_helper.from_array(np.array(SMALLEST_RANGE, np.float32), "per_token_smallest_range"),
              numpy_helper.from_array(np.array(1.0, np.float32), "per_token_unit"),
              numpy_helper.from_array(np.array(0.0, np.float32), "per_token_nothing"),
              numpy_helper.from_array(np.array(0, np.uint8), "per_token_zero"),
              numpy_helper.from_array(np.array(MIDDLE, np.uint8), "per_token_middle"),
              numpy_helper.from_array(np.array([-1], np.int64), "per_token_last_axis")]
    nodes, added, rewritten = [], [], 0
    quantized: dict[str, str] = {}  # input tensor -> the stem of its quantization (q, k and v share one)
    for node in graph.node:
        if node.op_type != "MatMul" or not node.name.startswith(prefix) or node.input[1] not in constants \
                or any(part in node.name for part in keep_float):
            nodes.append(node)
            continue
        stem = node.name.strip("/").replace("/", "_")
        weight = numpy_helper.to_array(constants[node.input[1]])
        column_scale = np.maximum(np.abs(weight).max(axis=0), 1e-12) / 127.0
        weight_q = np.clip(np.round(weight / column_scale), -127, 127).astype(np.int8)
        added += [numpy_helper.from_array(weight_q, f"{stem}_wq"),
                  numpy_helper.from_array(column_scale.astype(np.float32), f"{stem}_column_scale"),
                  numpy_helper.from_array(weight_q.astype(np.float32).sum(axis=0), f"{stem}_column_sum")]
        centred = any(part in node.name for part in symmetric)
        if node.input[0] not in quantized:
            quantized[node.input[0]] = stem
            nodes += _rows_to_middle(node.input[0], stem, weight.shape[0]) if centred \
                else _rows_to_uint8(node.input[0], stem)
        product = _middle_product if centred else _row_quantized_product
        nodes += product(node, stem, quantized[node.input[0]])
        rewritten += 1
    del graph.node[:]
    graph.node.extend(nodes)
    if symmetric:
        _to_opset(model, SYMMETRIC_OPSET)
    graph.initializer.extend(shared + added)
    used = {name for node in graph.node for name in node.input}
    initializers = [init for init in graph.initializer if init.name in used]
    del graph.initializer[:]
    graph.initializer.extend(initializers)
    return rewritten


def _to_opset(model: onnx.ModelProto, version: int) -> None:
    """Raise the default opset to `version` (blocked QuantizeLinear needs 21): ReduceMin and ReduceMax
    take their axes as an input from 18 on, the only change that touches this graph's operators;
    the fused product comes from ONNX Runtime's com.microsoft domain."""
    for node in model.graph.node:
        if node.op_type in ("ReduceMin", "ReduceMax"):
            axes = next((a for a in node.attribute if a.name == "axes"), None)
            if axes is not None:
                if list(axes.ints) != [-1]:
                    raise ValueError(f"{node.name}: axes {list(axes.ints)}, only the last axis is rewritten")
                node.attribute.remove(axes)
                node.input.append("per_token_last_axis")
    for opset in model.opset_import:
        if opset.domain in ("", "ai.onnx"):
            opset.version = max(opset.version, version)
    if not any(opset.domain == "com.microsoft" for opset in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))


def _op(kind: str, inputs: list[str], output: str, **attributes) -> onnx.NodeProto:
    return helper.make_node(kind, inputs, [output], name=output, **attributes)


def _rows_to_middle(x: str, stem: str, width: int) -> list[onnx.NodeProto]:
    """x -> {stem}_xq (uint8 around 128), with {stem}_step per row (the symmetric form)."""
    return [
        _op("ReduceMin", [x], f"{stem}_low", axes=[-1], keepdims=1),
        _op("ReduceMax", [x], f"{stem}_high", axes=[-1], keepdims=1),
        _op("Neg", [f"{stem}_low"], f"{stem}_below"),
        _op("Max", [f"{stem}_high", f"{stem}_below", "per_token_smallest_range"], f"{stem}_magnitude"),
        _op("Div", [f"{stem}_magnitude", "per_token_half_levels"], f"{stem}_step"),
        # QuantizeLinear wants a zero point shaped like its scales: 0 * step + 128, as uint8
        _op("Mul", [f"{stem}_step", "per_token_nothing"], f"{stem}_zeros"),
        _op("Cast", [f"{stem}_zeros"], f"{stem}_zeros_uint8", to=TensorProto.UINT8),
        _op("Add", [f"{stem}_zeros_uint8", "per_token_middle"], f"{stem}_middles"),
        _op("QuantizeLinear", [x, f"{stem}_step", f"{stem}_middles"], f"{stem}_xq", axis=-1, block_size=width),
    ]


def _middle_product(node: onnx.NodeProto, stem: str, rows: str) -> list[onnx.NodeProto]:
    """step * ((xq - 128) @ wq * column_scale), the first product and scaling in one fused node."""
    return [
        helper.make_node("MatMulIntegerToFloat",
                         [f"{rows}_xq", f"{stem}_wq", "per_token_unit", f"{stem}_column_scale", "per_token_middle"],
                         [f"{stem}_columns_scaled"], name=f"{stem}_columns_scaled", domain="com.microsoft"),
        helper.make_node("Mul", [f"{stem}_columns_scaled", f"{rows}_step"], node.output, name=node.name),
    ]


def _rows_to_uint8(x: str, stem: str) -> list[onnx.NodeProto]:
    """x -> {stem}_xq (uint8), with {stem}_low and {stem}_step per row."""
    return [
        _op("ReduceMin", [x], f"{stem}_low", axes=[-1], keepdims=1),
        _op("ReduceMax", [x], f"{stem}_high", axes=[-1], keepdims=1),
        _op("Sub", [f"{stem}_high", f"{stem}_low"], f"{stem}_range"),
        _op("Max", [f"{stem}_range", "per_token_smallest_range"], f"{stem}_spread"),
        _op("Div", [f"{stem}_spread", "per_token_levels"], f"{stem}_step"),
        _op("Sub", [x, f"{stem}_low"], f"{stem}_shifted"),
        _op("Div", [f"{stem}_shifted", f"{stem}_step"], f"{stem}_scaled"),
        # round half to even and store as uint8 in one node: what Round then Cast give, one pass less
        _op("QuantizeLinear", [f"{stem}_scaled", "per_token_unit", "per_token_zero"], f"{stem}_xq"),
    ]


def _row_quantized_product(node: onnx.NodeProto, stem: str, rows: str) -> list[onnx.NodeProto]:
    """(step * (xq @ wq) + low * column_sum) * column_scale, with the rows quantized under `rows`;
    two multiplications on purpose (see the module docstring)."""
    return [
        _op("MatMulInteger", [f"{rows}_xq", f"{stem}_wq"], f"{stem}_products"),
        _op("Cast", [f"{stem}_products"], f"{stem}_sums", to=TensorProto.FLOAT),
        _op("Mul", [f"{stem}_sums", f"{rows}_step"], f"{stem}_stepped"),
        _op("Mul", [f"{rows}_low", f"{stem}_column_sum"], f"{stem}_offset"),
        _op("Add", [f"{stem}_stepped", f"{stem}_offset"], f"{stem}_unscaled"),
        helper.make_node("Mul", [f"{stem}_unscaled", f"{stem}_column_scale"], node.output, name=node.name),
    ]
