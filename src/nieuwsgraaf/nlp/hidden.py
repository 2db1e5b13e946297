"""The encoder's last hidden layer as one more output of the session the encoder runs anyway.

The exported graph (training/e5/export.py) only outputs its task heads. Later steps that learn on
top of the encoder (the events stage's trigger classifier) read the final block's LayerNorm
output, one 384-wide vector per word at its first piece, from `doc.tensor`: no second pass, no
second model file.
"""

from __future__ import annotations

from pathlib import Path

HIDDEN_OUTPUT = "hidden"


def last_hidden_tensor(model) -> str | None:
    """The name of the tensor the encoder's last block's LayerNorm writes (the last hidden
    layer) in an ONNX ModelProto, or None when the graph has no such node."""
    norms = [node.output[0] for node in model.graph.node
             if node.op_type == "LayerNormalization" and node.name.startswith("/encoder/blocks.")]
    return norms[-1] if norms else None


def with_hidden_output(path: Path) -> bytes | None:
    """The model at `path` serialised with its last hidden layer added as the output `hidden`;
    None when the graph has no such node (an older or foreign export: run it as it is)."""
    import onnx

    model = onnx.load(str(path))
    last = last_hidden_tensor(model)
    if last is None:
        return None
    model.graph.node.append(onnx.helper.make_node("Identity", [last], [HIDDEN_OUTPUT]))
    model.graph.output.append(onnx.helper.make_tensor_value_info(HIDDEN_OUTPUT, onnx.TensorProto.FLOAT, None))
    return model.SerializeToString()
