"""The shop's model as a sentence-transformers module, for training and for anyone who loads
the saved folder with `SentenceTransformer(path)`. Imports torch: never imported by the app's
own process, only by the training child process and by tests.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import torch
from sentence_transformers.sentence_transformer.modules import StaticEmbedding
from tokenizers import Tokenizer
from tokenizers.models import WordLevel
from tokenizers.pre_tokenizers import WhitespaceSplit
from torch import nn

from assist.retrieval.static_model import CONFIG_FILE, TOKENIZER_FILE, read_vocabulary
from assist.retrieval.static_units import FEATURES_VERSION, MAX_CJK_UNIT, unit_ids


def word_level_tokenizer(vocabulary: list[str]) -> Tokenizer:
    """tokenizer.json holding the units; the module finds overlapping units itself."""
    tokenizer = Tokenizer(WordLevel({u: i for i, u in enumerate(vocabulary)}, unk_token=None))
    tokenizer.pre_tokenizer = WhitespaceSplit()
    return tokenizer


class ShopStaticEmbedding(StaticEmbedding):
    """StaticEmbedding over overlapping characters, words and n-grams (see features.py)."""

    def __init__(self, tokenizer: Tokenizer, embedding_weights: np.ndarray | torch.Tensor | None
                 = None, embedding_dim: int | None = None, members: int = 1, **kwargs) -> None:
        super().__init__(tokenizer, embedding_weights=embedding_weights,
                         embedding_dim=embedding_dim, **kwargs)
        self.vocab = {str(k): int(v) for k, v in tokenizer.get_vocab().items()}
        self.members = members  # blocks of columns, one per model (static_model.embed_units)

    def forward(self, features: dict[str, torch.Tensor], **kwargs) -> dict[str, torch.Tensor]:
        features = super().forward(features, **kwargs)
        if self.members > 1:  # each model's block normalised, as the app's numpy pass does
            v = features["sentence_embedding"]
            blocks = nn.functional.normalize(v.reshape(len(v), self.members, -1), dim=-1)
            features["sentence_embedding"] = blocks.reshape(len(v), -1)
        return features

    def ids(self, texts: list[str]) -> list[list[int]]:
        return [unit_ids(t, self.vocab, MAX_CJK_UNIT) for t in texts]

    def preprocess(self, inputs: list[str], prompt: str | None = None,
                   **kwargs) -> dict[str, torch.Tensor]:
        return bag(self.ids(list(inputs)))

    def save(self, output_path: str, *args, safe_serialization: bool = True, **kwargs) -> None:
        super().save(output_path, *args, safe_serialization=True, **kwargs)
        config = {"features_version": FEATURES_VERSION, "max_unit": MAX_CJK_UNIT,
                  "members": self.members}
        Path(output_path, CONFIG_FILE).write_text(json.dumps(config), "utf-8")

    @classmethod
    def load(cls, model_name_or_path: str, subfolder: str = "", **kwargs) -> ShopStaticEmbedding:
        from safetensors.torch import load_file

        folder = Path(model_name_or_path, subfolder)
        tokenizer = Tokenizer.from_file(str(folder / TOKENIZER_FILE))
        read_vocabulary(folder)  # the same check the app makes
        weights = load_file(os.fspath(folder / "model.safetensors"))["embedding.weight"]
        config = json.loads((folder / CONFIG_FILE).read_text("utf-8"))
        return cls(tokenizer, embedding_weights=weights, members=int(config.get("members", 1)))


def bag(ids: list[list[int]]) -> dict[str, torch.Tensor]:
    """EmbeddingBag input; a text with no known unit gets a zero vector (an empty bag)."""
    lengths = [len(x) for x in ids]
    offsets = torch.from_numpy(np.cumsum([0, *lengths[:-1]]).astype(np.int64))
    flat = torch.tensor([i for x in ids for i in x], dtype=torch.long)
    return {"input_ids": flat, "offsets": offsets}
