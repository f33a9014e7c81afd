"""Embedding progress kept on disk while an index is built, so a killed build resumes.

Without it a build killed at 3,795 of 6,001 snippets lost all of that work (a 28 s redo).
Now ``<vector dir>/checkpoint/`` holds segments: the vectors computed since the previous
segment, keyed by the sha1 of the embedded text (what ``Snippet.content_hash`` is), with the
model fingerprint and dimension they were made with. A segment is written atomically every
FLUSH_COUNT texts or FLUSH_S seconds; each holds only new vectors, so saving costs linear
time at any folder size. The next build takes every valid segment's vectors and embeds the
rest; a build whose index is saved clears them.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from assist.atomic import sweep_stale_tmp, write_atomic_with

CHECKPOINT_DIR = "checkpoint"
CHUNK = 128  # texts per encode call: two of the embedder's batches, ~1 s on 2 cores
FLUSH_COUNT = 1024
FLUSH_S = 5.0
log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
Encode = Callable[[list[str], Progress | None], np.ndarray]
# What a damaged segment raises from np.load and the reads below
_DAMAGE = (OSError, ValueError, KeyError, EOFError, TypeError, zipfile.BadZipFile)


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class EmbeddingCheckpoint:
    def __init__(self, vector_dir: Path, fingerprint: str, dimension: int,
                 flush_count: int = FLUSH_COUNT, flush_s: float = FLUSH_S) -> None:
        self.directory = vector_dir / CHECKPOINT_DIR
        self.fingerprint, self.dimension = fingerprint, dimension
        self.flush_count, self.flush_s = flush_count, flush_s
        self.embedded = 0  # texts this build encoded
        self.resumed = 0  # texts whose vectors an earlier build had saved
        self._keys: list[str] = []
        self._vectors: list[np.ndarray] = []
        self._flushed_at = time.monotonic()

    def embed(self, texts: Sequence[str], encode: Encode,
              progress: Progress | None = None) -> np.ndarray:
        """Vectors for texts, in their order: saved ones from the checkpoint, the rest from
        encode(texts, progress), which is called a chunk at a time so progress is saved."""
        keys = [text_key(t) for t in texts]
        saved = self.load()
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        todo = []
        for i, key in enumerate(keys):
            if key in saved:
                out[i] = saved[key]
            else:
                todo.append(i)
        del saved
        self.resumed += len(texts) - len(todo)
        if self.resumed:
            log.info("resuming an interrupted build: %d vectors were saved", self.resumed)
        # Shortest first across chunks too, as encode() orders a call, so batches pad little.
        todo.sort(key=lambda i: len(texts[i]))
        for start in range(0, len(todo), CHUNK):
            rows = todo[start : start + CHUNK]
            report = None if progress is None else (
                lambda done, _total, base=start: progress(base + done, len(todo)))
            vectors = encode([texts[i] for i in rows], report)
            out[rows] = vectors
            self.embedded += len(rows)
            self._add([keys[i] for i in rows], vectors)
        self.flush()
        return out

    def load(self) -> dict[str, np.ndarray]:
        """Vectors saved by earlier builds with this model; a damaged segment is removed."""
        sweep_stale_tmp(self.directory)
        known: dict[str, np.ndarray] = {}
        for path in sorted(self.directory.glob("*.npz")) if self.directory.is_dir() else []:
            try:
                known.update(self._read(path))
            except _DAMAGE as exc:
                log.warning("embedding checkpoint %s unusable (%s: %s); removed", path,
                            type(exc).__name__, exc)
                path.unlink(missing_ok=True)
        return known

    def _read(self, path: Path) -> dict[str, np.ndarray]:
        # our own handle: np.load leaks the one it opens when the zip is unreadable
        with open(path, "rb") as handle, np.load(handle, allow_pickle=False) as data:
            made_by = (str(data["fingerprint"]), int(data["dimension"]))
            keys, vectors = data["keys"], data["vectors"]
        if made_by != (self.fingerprint, self.dimension):
            raise ValueError("made by another model")
        if (keys.ndim != 1 or keys.dtype.kind != "U" or vectors.dtype != np.float32
                or vectors.shape != (len(keys), self.dimension)
                or not np.isfinite(vectors).all()):
            raise ValueError(f"keys {keys.shape} and vectors {vectors.shape} do not fit")
        return dict(zip(map(str, keys), vectors, strict=True))

    def _add(self, keys: list[str], vectors: np.ndarray) -> None:
        self._keys.extend(keys)
        self._vectors.append(np.asarray(vectors, dtype=np.float32))
        if (len(self._keys) >= self.flush_count
                or time.monotonic() - self._flushed_at >= self.flush_s):
            self.flush()

    def flush(self) -> None:
        """Save the vectors computed since the last flush as one more segment."""
        if not self._keys:
            return
        keys, vectors = np.array(self._keys, dtype="U40"), np.concatenate(self._vectors)

        def write(tmp: Path) -> None:
            with open(tmp, "wb") as handle:
                np.savez(handle, fingerprint=np.array(self.fingerprint),
                         dimension=np.array(self.dimension), keys=keys, vectors=vectors)

        name = f"{os.getpid()}-{time.time_ns()}.npz"  # unique: two builds may both write
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            write_atomic_with(self.directory / name, write)
        except OSError as exc:  # a full or read-only disk costs resumability, not the build
            log.warning("could not save embedding progress: %s", exc)
        self._keys, self._vectors = [], []
        self._flushed_at = time.monotonic()

    def clear(self) -> None:
        """The index holding these vectors is saved: the segments are no longer needed."""
        self._keys, self._vectors = [], []
        for path in self.directory.glob("*.npz") if self.directory.is_dir() else []:
            path.unlink(missing_ok=True)
        sweep_stale_tmp(self.directory)
