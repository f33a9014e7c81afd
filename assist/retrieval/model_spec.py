"""What a sentence-transformers model folder asks for, read from its JSON files alone.

The ONNX backend re-implements the model's pipeline after the transformer (pooling and
normalising), so it must know that pipeline exactly and refuse any it does not cover.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

# The only module types the ONNX backend reproduces; anything else (Dense, CLS pooling,
# prompts...) keeps the model on sentence-transformers.
_TRANSFORMER = "sentence_transformers.models.Transformer"
_POOLING = "sentence_transformers.models.Pooling"
_NORMALIZE = "sentence_transformers.models.Normalize"


@dataclass(frozen=True)
class ModelSpec:
    max_seq_length: int
    onnx_ready: bool  # the pipeline is transformer -> mean pooling (-> normalise)
    why_not: str = ""  # when not onnx_ready, a sentence for the log


def _read_json(path: Path) -> dict | list | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def read_spec(model_dir: Path) -> ModelSpec:
    bert_config = _read_json(model_dir / "sentence_bert_config.json")
    tok_config = _read_json(model_dir / "tokenizer_config.json")
    max_len = 512
    if isinstance(tok_config, dict) and isinstance(tok_config.get("model_max_length"), int):
        max_len = min(max_len, tok_config["model_max_length"])
    if isinstance(bert_config, dict) and isinstance(bert_config.get("max_seq_length"), int):
        max_len = bert_config["max_seq_length"]

    def refuse(why: str) -> ModelSpec:
        return ModelSpec(max_len, False, why)

    if not (model_dir / "tokenizer.json").is_file():
        return refuse("no tokenizer.json (a fast tokenizer is needed)")
    modules = _read_json(model_dir / "modules.json")
    if not isinstance(modules, list) or not modules:
        return refuse("no readable modules.json")
    types = [m.get("type") for m in modules if isinstance(m, dict)]
    if types[:2] != [_TRANSFORMER, _POOLING] or any(t != _NORMALIZE for t in types[2:]):
        return refuse(f"its modules are {types}, not transformer, mean pooling, normalise")
    pooling_dir = model_dir / str(modules[1].get("path", ""))
    pooling = _read_json(pooling_dir / "config.json")
    if not isinstance(pooling, dict):
        return refuse("no readable pooling config")
    modes = sorted(k for k, v in pooling.items() if k.startswith("pooling_mode_") and v)
    if modes != ["pooling_mode_mean_tokens"]:
        return refuse(f"its pooling is {modes}, not mean")
    return ModelSpec(max_len, True)
