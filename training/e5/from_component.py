"""Recover a PyTorch checkpoint from a shipped encoder component (int8 ONNX graph), so
training can continue from a pipeline in the repo when the float checkpoints of the
run that built it are gone (training/output is not under version control).

Every int8 weight is dequantized ((q - zero point) * scale, per output channel), whether
the graph multiplies in int8 (MatMulInteger, export.py --quantize dynamic) or turns the
weights back into float (DequantizeLinear, --quantize weights); the float tensors of the
graph (biases, norms) are taken as they are. The result differs
from the original float checkpoint only by the int8 rounding the shipped model already
carries.

    python training/e5/from_component.py --component models/nl_nieuwsgraaf_accurate/encoder \
        --out training/output/e5/shipped
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import numpy_helper

LABEL_FILE_TASKS = ("ner", "upos", "feats", "deps", "lemma", "sent")


def dequantize(q: np.ndarray, scale: np.ndarray, zero: np.ndarray, axis: int) -> np.ndarray:
    """(q - zero) * scale, with one scale and zero point per index of `axis` (or one for all)."""
    shape = [1] * q.ndim
    shape[axis] = -1
    if scale.ndim == 0:
        return (q.astype(np.float32) - zero.astype(np.float32)) * scale
    return (q.astype(np.float32) - zero.astype(np.float32).reshape(shape)) * scale.reshape(shape)


def dequantized(inits: dict[str, np.ndarray], stem: str, axis: int) -> np.ndarray:
    """A weight quantize_dynamic stored as stem_quantized, stem_scale and stem_zero_point."""
    return dequantize(inits[f"{stem}_quantized"], inits[f"{stem}_scale"], inits[f"{stem}_zero_point"], axis)


def parameter_of(node_name: str) -> str:
    """'/encoder/blocks.0/q/MatMul_quant' -> 'encoder.blocks.0.q.weight'."""
    module = node_name.removesuffix("/MatMul_quant").removesuffix("/MatMul").strip("/")
    parts = module.split("/")
    # torch names nested modules once per level; the last part is the full dotted path
    return f"{parts[-1] if parts[-1].startswith(parts[0]) else '.'.join(parts)}.weight"


def recover(component: Path) -> dict[str, torch.Tensor]:
    graph = onnx.load(str(component / "model.onnx")).graph
    inits = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    state: dict[str, np.ndarray] = {}
    for name, value in inits.items():
        if value.dtype == np.float32 and not name.startswith(("onnx::", "/")) \
                and not name.endswith(("_scale", "_zero_point", "_quantized")):
            state[name] = value
    for table in ("encoder.word.weight", "encoder.position.weight"):
        if f"{table}_quantized" in inits:
            state[table] = dequantized(inits, table, axis=1 if inits[f"{table}_scale"].size > 1 else 0)
    for node in graph.node:
        if node.op_type != "MatMulInteger":
            continue
        stem = node.input[1].removesuffix("_quantized")
        matrix = dequantized(inits, stem, axis=1)  # [in, out], one scale per output column
        if stem == "arc_weight":
            state["arc_weight"] = matrix  # used as dep @ arc_weight, no transpose
        else:
            state[parameter_of(node.name)] = matrix.T
    consumer = {name: node for node in graph.node for name in node.input}
    for name, value in inits.items():  # matrices too small to quantize stay float32, as [in, out]
        user = consumer.get(name)
        if name.startswith("onnx::MatMul") and value.dtype == np.float32 and user is not None \
                and user.op_type == "MatMul":
            state[parameter_of(user.name)] = value.T
    for node in graph.node:
        if node.op_type != "DequantizeLinear" or node.input[0] not in inits:
            continue
        axis = next((a.i for a in node.attribute if a.name == "axis"), 1)
        value = dequantize(*(inits[name] for name in node.input[:3]), axis)
        name, user = node.output[0], consumer[node.output[0]]
        if not name.startswith("onnx::"):
            state[name] = value  # tables (Gather) and arc_weight keep their parameter names
        else:
            state[parameter_of(user.name)] = value.T  # a Linear's weight, stored as [in, out]
    state["label_weight"] = np.load(component / "label_weight.npy")
    return {k: torch.from_numpy(np.array(v, dtype=np.float32)) for k, v in state.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--component", type=Path, required=True, help="a shipped pipeline's encoder folder")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    meta = json.loads((args.component / "meta.json").read_text())
    state = recover(args.component)
    args.out.mkdir(parents=True, exist_ok=True)
    torch.save(state, args.out / "best.pt")
    labels = {k: meta["labels"][k] for k in LABEL_FILE_TASKS if k in meta["labels"]}
    (args.out / "labels.json").write_text(json.dumps(labels, indent=1))
    (args.out / "layers.json").write_text(json.dumps({"layers": meta["layers"]}))
    print(f"wrote {args.out / 'best.pt'}: {len(state)} tensors, {meta['layers']} layers")


if __name__ == "__main__":
    main()
