"""The encoder's last hidden layer as one more output of the session the encoder runs anyway.

The exported graph (training/e5/export.py) only outputs its task heads. Later steps that learn on
top of the encoder (the events stage's trigger classifier) read the final block's LayerNorm
output, one 384-wide vector per word at its first piece, from `doc.tensor`: no second pass, no
second model file.
"""

from __future__ import annotations

from pathlib import Path

HIDDEN_OUTPUT = "hidden"


def with_hidden_output(path: Path) -> bytes | None:
    """The model at `path` serialised with its last block's LayerNorm output added as `hidden`;
    None when the graph has no such node (an older or foreign export: run it as it is)."""
    import onnx

    model = onnx.load(str(path))
    norms = [node for node in model.graph.node
             if node.op_type == "LayerNormalization" and node.name.startswith("/encoder/blocks.")]
    if not norms:
        return None
    last = norms[-1]
    model.graph.node.append(onnx.helper.make_node("Identity", [last.output[0]], [HIDDEN_OUTPUT]))
    model.graph.output.append(onnx.helper.make_tensor_value_info(HIDDEN_OUTPUT, onnx.TensorProto.FLOAT, None))
    return model.SerializeToString()
