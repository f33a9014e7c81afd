"""The shop's model at search time: a unit lookup and a sum, in numpy (no torch).

The folder is an ordinary sentence-transformers directory (modules.json names
assist.adapt.st_module.ShopStaticEmbedding, then Normalize), so `SentenceTransformer(path)`
loads it too (with trust_remote_code=True, which sentence-transformers asks for any module
class outside its own package), with the same vectors; the app reads its files directly.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from assist.retrieval.static_units import FEATURES_VERSION, MAX_CJK_UNIT, readable_slots, units
from assist.text import CJK_RUN, normalize

MODULE_TYPE = "assist.adapt.st_module.ShopStaticEmbedding"
WEIGHTS_FILE = "model.safetensors"
TOKENIZER_FILE = "tokenizer.json"
CONFIG_FILE = "shop_static_config.json"


def is_shop_model(model_dir: Path) -> bool:
    try:
        modules = json.loads((Path(model_dir) / "modules.json").read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(modules, list) and bool(modules) and isinstance(modules[0], dict) \
        and modules[0].get("type") == MODULE_TYPE


def read_vocabulary(model_dir: Path) -> dict[str, int]:
    """The unit -> id table, kept in tokenizer.json's WordLevel vocabulary."""
    data = json.loads((Path(model_dir) / TOKENIZER_FILE).read_text("utf-8"))
    vocab = data["model"]["vocab"]
    if not isinstance(vocab, dict):
        raise ValueError("tokenizer.json has no WordLevel vocabulary")
    return {str(k): int(v) for k, v in vocab.items()}


def embed_units(vocab: dict[str, int], weights: np.ndarray, texts: list[str],
                max_len: int = MAX_CJK_UNIT, members: int = 1) -> np.ndarray:
    """Normalised mean of each text's unit vectors (a zero row for a text with none): the
    model's whole forward pass, shared by search and by training's own measurements.
    members > 1: the columns are that many models' blocks; each block is normalised, then
    the whole, so the cosine of two texts is the mean of the members' cosines."""
    out = np.zeros((len(texts), weights.shape[1]), dtype=np.float32)
    for row, text in enumerate(texts):
        ids = [vocab[u] for u, _, _ in units(text, vocab, max_len)]
        if ids:
            out[row] = _normalised(weights[ids].mean(axis=0), members)
    return out


def _normalised(v: np.ndarray, members: int) -> np.ndarray:
    blocks = v.reshape(members, -1)
    blocks = blocks / np.maximum(np.linalg.norm(blocks, axis=1, keepdims=True), 1e-12)
    return blocks.reshape(-1) / np.sqrt(members)


class StaticModel:
    backend = "numpy"

    def __init__(self, model_dir: Path) -> None:
        from safetensors.numpy import load_file

        self.model_dir = Path(model_dir)
        config = json.loads((self.model_dir / CONFIG_FILE).read_text("utf-8"))
        if str(config.get("features_version")) != FEATURES_VERSION:
            raise ValueError(f"{model_dir} was trained with other features "
                             f"(version {config.get('features_version')}); train it again")
        self.max_len = int(config.get("max_unit", MAX_CJK_UNIT))
        self.members = config.get("members", 1)  # models joined (assist/adapt/train.py)
        self.vocab = read_vocabulary(self.model_dir)
        weights = load_file(str(self.model_dir / WEIGHTS_FILE))["embedding.weight"]
        self.weights = np.ascontiguousarray(weights, dtype=np.float32)
        if self.weights.shape[0] != len(self.vocab):
            raise ValueError(f"{model_dir}: {self.weights.shape[0]} vectors for "
                             f"{len(self.vocab)} units")
        self.dimension = int(self.weights.shape[1])
        if not isinstance(self.members, int) or self.members < 1 \
                or self.dimension % self.members:
            raise ValueError(f"{model_dir}: its {CONFIG_FILE} says members "
                             f"{self.members!r}; a whole number that divides its "
                             f"{self.dimension} dimensions was expected")

    def embed(self, texts: list[str]) -> np.ndarray:
        return embed_units(self.vocab, self.weights, texts, self.max_len, self.members)

    def token_counts(self, texts: list[str]) -> np.ndarray:
        return np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))

    def familiarity(self, text: str) -> float:
        """Share of the text's Chinese character pairs that the shop's own text uses (0..1):
        low for a message about something else entirely, whose characters alone are known."""
        grams = [run[i : i + 2] for run in CJK_RUN.findall(normalize(text))
                 for i in range(len(run) - 1)]
        if not grams:
            return 1.0
        return sum(g in self.vocab for g in grams) / len(grams)

    def coverage(self, text: str) -> float:
        """Share of the text's slots (static_units.readable_slots) inside a known unit."""
        readable = readable_slots(text)
        if not readable:
            return 0.0
        known = np.zeros(len(normalize(text)), dtype=bool)
        for _, start, end in units(text, self.vocab, self.max_len):
            known[start:end] = True
        return float(known[readable].mean())
