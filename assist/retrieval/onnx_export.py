"""Export a model folder to ONNX once, and use the file only if it gives the same vectors.

The export needs torch (it traces the model), so the app runs it in a child process: the
app's own process never imports torch and stays ~300 MB smaller. The file is cached per model
fingerprint; IT can also ship it inside the model folder as `onnx/model.onnx`.

    python -m assist.retrieval.onnx_export [--half-weights] MODEL_DIR TARGET_FILE
"""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np

from assist import child, paths
from assist.retrieval.model_spec import ModelSpec, read_spec
from assist.retrieval.offline import go_offline

# Exported and original vectors must agree this closely, or the file is thrown away. Float32
# graph rewrites move the 7th digit; anything larger means the export is wrong.
MIN_COSINE = 0.9999
EXPORT_TIMEOUT_S = 600
# --half-weights (the bundle's export): weights with fewer elements than this stay float32.
# Biases and LayerNorm scales are a few KB in all, and a tiny constant (LayerNorm's epsilon,
# 1e-12) would round to zero in float16.
HALF_MIN_ELEMENTS = 1024
# Probes cover what the product sees: short and long, Chinese, mixed, symbols, nearly empty,
# and longer than max_seq_length (truncation must match).
PROBES = (
    "Does the down jacket run small?",
    "My lamp does not light after I plugged it in. What should I do?",
    "羽绒服袖子有个洞，可以退换吗？",
    "发货了吗 order 2024111112345 什么时候到",
    "hi",
    "?!",
    "😀 thanks!! ¥199 包邮",
    "Size chart: S 160/84A, M 165/88A, L 170/92A; please measure your chest. " * 30,
)


class ExportError(Exception):
    pass


def onnx_file_for(model_dir: Path, fingerprint: str) -> Path:
    bundled = model_dir / "onnx" / "model.onnx"
    if bundled.is_file():
        return bundled
    return paths.model_cache_dir() / fingerprint / "model.onnx"


def export(model_dir: Path, target: Path, half_weights: bool = False) -> float:
    """Trace the model to `target` (atomically) and return the lowest probe cosine."""
    spec = read_spec(model_dir)
    if not spec.onnx_ready:
        raise ExportError(f"{model_dir} cannot run on ONNX: {spec.why_not}")
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        _trace(model_dir, temporary)
        if half_weights:
            store_weights_half(temporary)
        cosine = compare(model_dir, temporary, spec)
        if cosine < MIN_COSINE:
            raise ExportError(
                f"the ONNX export of {model_dir} gives other vectors than the model "
                f"(lowest cosine {cosine:.6f} < {MIN_COSINE})"
            )
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return cosine


def _trace(model_dir: Path, out: Path) -> None:
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()
    accepted = inspect.signature(model.forward).parameters
    names = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in accepted]

    class Hidden(torch.nn.Module):
        """Keyword arguments in, last hidden state out: positional order differs by version."""

        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, *tensors: torch.Tensor) -> torch.Tensor:
            return self.model(**dict(zip(names, tensors, strict=True))).last_hidden_state

    example = torch.ones(2, 16, dtype=torch.long)
    args = tuple(example if n != "token_type_ids" else torch.zeros_like(example) for n in names)
    axes = {n: {0: "batch", 1: "tokens"} for n in [*names, "last_hidden_state"]}
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        # The TorchScript exporter: it needs no extra packages and handles BERT-family models.
        torch.onnx.export(Hidden().eval(), args, str(out), input_names=names,
                          output_names=["last_hidden_state"], dynamic_axes=axes,
                          opset_version=17, dynamo=False)


def store_weights_half(onnx_file: Path) -> int:
    """Store the large float32 weights as float16, each read through a Cast to float32.

    The file halves (87 -> 44 MB for MiniLM) and the arithmetic stays float32: ONNX Runtime
    folds the casts into float32 constants when the session starts, so only the weights'
    own rounding is left, and `compare` checks the vectors like any export's. Returns the
    number of weights converted."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    model = onnx.load(str(onnx_file))
    graph = model.graph
    inputs = {i.name for i in graph.input}  # old files list weights as inputs: left alone
    kept, casts = [], []
    for weight in graph.initializer:
        values = numpy_helper.to_array(weight) if weight.data_type == TensorProto.FLOAT else None
        if (values is None or values.size < HALF_MIN_ELEMENTS or weight.name in inputs
                or not np.isfinite(values).all() or np.abs(values).max() > 60000):
            kept.append(weight)
            continue
        half = numpy_helper.from_array(values.astype(np.float16), f"{weight.name}__fp16")
        kept.append(half)
        casts.append(helper.make_node("Cast", [half.name], [weight.name],
                                      name=f"{weight.name}__to_fp32", to=TensorProto.FLOAT))
    del graph.initializer[:]
    graph.initializer.extend(kept)
    nodes = casts + list(graph.node)  # casts first: the graph stays in topological order
    del graph.node[:]
    graph.node.extend(nodes)
    onnx.checker.check_model(model)
    onnx.save(model, str(onnx_file))
    return len(casts)


def compare(model_dir: Path, onnx_file: Path, spec: ModelSpec) -> float:
    """Lowest cosine between sentence-transformers' vectors and the ONNX file's on PROBES."""
    from sentence_transformers import SentenceTransformer

    from assist.retrieval.onnx_encoder import OnnxRunner

    reference = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)
    expected = reference.encode(list(PROBES), normalize_embeddings=True, convert_to_numpy=True,
                                show_progress_bar=False)
    got = OnnxRunner(model_dir, onnx_file, spec).embed(PROBES)
    return float(np.min(np.sum(expected * got, axis=1)))


# target -> why it failed. An export costs seconds of torch work and a failure is not
# transient (a model torch cannot trace), so it is tried once per process.
FAILED_EXPORTS: dict[Path, str] = {}


def ensure_onnx(model_dir: Path, fingerprint: str) -> Path:
    """The checked ONNX file for this model, exporting it first if there is none."""
    target = onnx_file_for(model_dir, fingerprint)
    if target.is_file():
        return target
    if target in FAILED_EXPORTS:
        raise ExportError(FAILED_EXPORTS[target])
    try:
        return _export_now(model_dir, target)
    except ExportError as exc:
        FAILED_EXPORTS[target] = str(exc)
        raise


def _export_now(model_dir: Path, target: Path) -> Path:
    # A child process in a bundle too (the executable with a hidden flag): torch stays out.
    command = child.command("assist.retrieval.onnx_export", str(model_dir), str(target))
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=EXPORT_TIMEOUT_S,
                              check=False, creationflags=child.creation_flags())
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ExportError(f"could not run the ONNX export: {exc}") from exc
    if done.returncode != 0 or not target.is_file():
        lines = (done.stderr or done.stdout).strip().splitlines()
        raise ExportError(lines[-1] if lines else f"ONNX export exited with {done.returncode}")
    return target


def main(argv: list[str] | None = None) -> int:
    go_offline()  # a child process: the flags must hold here before torch/transformers load
    args = sys.argv[1:] if argv is None else argv
    half_weights = "--half-weights" in args
    args = [a for a in args if a != "--half-weights"]
    if len(args) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    model_dir, target = Path(args[0]), Path(args[1])
    try:
        cosine = export(model_dir, target, half_weights=half_weights)
    except Exception as exc:  # the parent shows the last line; make it the reason
        print(f"ONNX export of {model_dir} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(json.dumps({"file": str(target), "min_cosine": round(cosine, 7),
                      "probes": len(PROBES), "half_weights": half_weights}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
