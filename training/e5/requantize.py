"""Give a shipped encoder component with int8 weights only (`export.py --quantize weights`)
int8 arithmetic, without its float checkpoint (issue 18 §1). This is how
nl_nieuwsgraaf_accurate 0.6.0 (dynamic), 0.7.0 and 0.7.1 (tokens) and 0.8.0 (fused) were made
from 0.5.1.

--quantize:
  dynamic   ONNX Runtime's dynamic int8 (one activation range per run, MatMulInteger) for
            the encoder's weight products except the FFN output products (after GELU),
            which stay float with the task heads and the attention's own products. Those 12
            cost the most NER F when rounded (testa 0.8717 with them, 0.8807 without).
            Shipped in 0.6.0. One window per run: the range covers the whole run. The
            weights left float (and the word and position tables) keep their int8 values
            and scales in the file (store_int8_again): 35 MB instead of 87, same outputs.
  tokens    the encoder's weight products in int8 with one range per token
            (per_token_int8.py), except the FFN output products of layers 0 to 2,
            which stay float: shipped in 0.7.0 (testa F 0.8810, UD test LAS 0.8031,
            faster than dynamic). All 72 in int8 scored testa 0.8795; layers 0 to 5
            float 0.8832 but slower; layer 0 alone 0.8780 (docs/scale.md). A row's
            range depends on that row alone, so windows run together give the same
            results. What stays float is stored as int8 again, as in dynamic.
  fused     as tokens, but the products whose inputs are about centred on zero (q, k,
            v, attention output, FFN input: 48) take per_token_int8's symmetric
            form, one fused product each; the FFN output products keep the
            asymmetric form. Shipped in 0.8.0: testa F 0.8805, UD test LAS 0.8045,
            the graph 1.06-1.16 times 0.7.1's speed (docs/scale.md).

    python training/e5/requantize.py --component models/nl_nieuwsgraaf_accurate/encoder \
        --out training/output/e5/component-int8 --quantize dynamic
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

import onnx
from onnx import helper, numpy_helper
from per_token_int8 import float_weights, per_token_int8

FLOAT_IN_DYNAMIC = ("/ffn_out/",)
FLOAT_IN_TOKENS = ("/blocks.0/ffn_out/", "/blocks.1/ffn_out/", "/blocks.2/ffn_out/")
SYMMETRIC_IN_FUSED = ("/q/", "/k/", "/v/", "/attn_out/", "/ffn_in/")


def int8_sources(model: onnx.ModelProto) -> dict[str, tuple[onnx.TensorProto, onnx.TensorProto, int]]:
    """output name -> (int8 tensor, scale, axis) of every constant DequantizeLinear with zero
    points 0, read before `float_weights` folds them, so what stays float can be int8 again."""
    constants = {init.name: init for init in model.graph.initializer}
    sources = {}
    for node in model.graph.node:
        if node.op_type == "DequantizeLinear" and all(name in constants for name in node.input) \
                and not numpy_helper.to_array(constants[node.input[2]]).any():
            axis = next((a.i for a in node.attribute if a.name == "axis"), 1)
            sources[node.output[0]] = (constants[node.input[0]], constants[node.input[1]], axis)
    return sources


def store_int8_again(model: onnx.ModelProto, sources: dict[str, tuple[onnx.TensorProto, onnx.TensorProto, int]]) -> int:
    """Store each float initializer that came from an int8 weight and is still float after
    quantization (the word and position tables, the FFN output weights, the heads) as that int8
    weight again, read through Cast and Mul by its scales; returns how many. ONNX Runtime folds
    Cast and Mul into the same float32 constant when it loads the graph, so nothing computed
    changes and nothing is added per run. Not DequantizeLinear, as `--quantize weights` stores
    them: ONNX Runtime leaves a DequantizeLinear unfolded (the tables' cost 20 % of the ONNX
    time, dequantized on every run) and fuses one before a MatMul into MatMulNBits, which rounds
    the activations to int8."""
    graph = model.graph
    kept, added, nodes = [], [], []
    for init in graph.initializer:
        if init.name not in sources or init.data_type != onnx.TensorProto.FLOAT:
            kept.append(init)
            continue
        weight, scale, axis = sources[init.name]
        shape = [1] * len(weight.dims)
        shape[axis] = -1
        stem = init.name
        added += [numpy_helper.from_array(numpy_helper.to_array(weight), f"{stem}_int8"),
                  numpy_helper.from_array(numpy_helper.to_array(scale).reshape(shape), f"{stem}_int8_scale")]
        nodes += [helper.make_node("Cast", [f"{stem}_int8"], [f"{stem}_int8_float"], to=onnx.TensorProto.FLOAT),
                  helper.make_node("Mul", [f"{stem}_int8_float", f"{stem}_int8_scale"], [stem])]
    rest = list(graph.node)
    del graph.initializer[:]
    graph.initializer.extend(kept + added)
    del graph.node[:]
    graph.node.extend(nodes + rest)
    return len(nodes) // 2


def products_left_float(model: onnx.ModelProto, keep_float: tuple[str, ...] = FLOAT_IN_DYNAMIC) -> list[str]:
    """MatMuls that dynamic quantization must leave alone: the task heads (outside the
    encoder), products of two activations (attention scores and mixing), and `keep_float`."""
    constants = {init.name for init in model.graph.initializer}
    return [node.name for node in model.graph.node if node.op_type == "MatMul" and (
        not node.name.startswith("/encoder/") or node.input[1] not in constants
        or any(part in node.name for part in keep_float))]


def dynamic_int8(float_path: Path, out_path: Path, keep_float: tuple[str, ...] = FLOAT_IN_DYNAMIC) -> int:
    """quantize_dynamic with per-column int8 weights on the encoder's weight products; returns how many."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model = onnx.load(str(float_path))
    left = products_left_float(model, keep_float)
    quantize_dynamic(str(float_path), str(out_path), op_types_to_quantize=["MatMul"], weight_type=QuantType.QInt8,
                     per_channel=True, nodes_to_exclude=left)
    return sum(node.op_type == "MatMul" for node in model.graph.node) - len(left)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--component", type=Path, required=True, help="encoder folder with int8 weights only")
    parser.add_argument("--out", type=Path, required=True, help="the new encoder folder")
    parser.add_argument("--quantize", choices=("dynamic", "tokens", "fused"), default="dynamic")
    args = parser.parse_args()
    meta = json.loads((args.component / "meta.json").read_text(encoding="utf-8"))
    if meta.get("quantized") != "weights":
        parser.error(f"{args.component}: needs a graph with int8 weights only, not {meta.get('quantized')!r}")
    if args.out.resolve() == args.component.resolve():
        parser.error("--out must be another folder than --component")
    shutil.copytree(args.component, args.out, dirs_exist_ok=True)
    model = onnx.load(str(args.component / "model.onnx"))
    sources = int8_sources(model)
    folded = float_weights(model)
    if args.quantize in ("tokens", "fused"):
        symmetric = SYMMETRIC_IN_FUSED if args.quantize == "fused" else ()
        rewritten = per_token_int8(model, keep_float=FLOAT_IN_TOKENS, symmetric=symmetric)
        stored = store_int8_again(model, sources)
        onnx.checker.check_model(model)
        onnx.save(model, str(args.out / "model.onnx"))
        meta["quantized"] = ("tokens, FFN output products of layers 0-2 in float"
                             + (", the others but the FFN outputs symmetric and fused" if symmetric else ""))
    else:
        with tempfile.TemporaryDirectory() as scratch:
            float_path = Path(scratch) / "model.float.onnx"
            onnx.save(model, str(float_path))
            int8_path = Path(scratch) / "model.int8.onnx"
            rewritten = dynamic_int8(float_path, int8_path)
            model = onnx.load(str(int8_path))
        stored = store_int8_again(model, sources)
        onnx.checker.check_model(model)
        onnx.save(model, str(args.out / "model.onnx"))
        meta["quantized"] = "dynamic, FFN output products in float"
    (args.out / "meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
    print(f"{args.out}: {folded} weights back in float, {rewritten} products in int8 ({args.quantize})"
          + f", {stored} left float stored as int8 again")


if __name__ == "__main__":
    main()
