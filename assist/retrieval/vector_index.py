"""Dense search: a FAISS inner-product index over normalised snippet vectors, kept on disk.

Beside ``index.faiss`` a ``manifest.json`` records the format version, the model fingerprint,
the dimension, each row's content hash and a checksum of the index file. On load any mismatch
or damage means "rebuild", never a crash. Rows are matched to snippets by content hash, so an
edited file re-embeds only the snippets whose text changed.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from assist.atomic import write_atomic, write_atomic_with

FORMAT_VERSION = 1
INDEX_FILE = "index.faiss"
MANIFEST_FILE = "manifest.json"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IndexIdentity:
    """What the vectors were made with; an index made otherwise is not reused."""

    model_fingerprint: str
    model_name: str
    dimension: int


@dataclass(frozen=True)
class UpdateStats:
    total: int
    embedded: int  # snippets whose vectors had to be computed
    reused: int  # snippets whose vectors came from the previous index
    message: str = ""  # why the previous index was not used, if it was not


def make_faiss_index(dimension: int, size: int) -> faiss.Index:
    """Exact search: at the sizes shops have (up to ~100k) a flat scan is a few milliseconds."""
    del size  # kept in the signature so a size-dependent index type can be chosen here
    return faiss.IndexFlatIP(dimension)


class VectorIndex:
    def __init__(self, identity: IndexIdentity, hashes: list[str], vectors: np.ndarray,
                 coverage: np.ndarray) -> None:
        self.identity = identity
        self.hashes = hashes
        self.coverage = coverage.astype(np.float32)  # how readable each snippet is to the model
        self._index = make_faiss_index(identity.dimension, len(hashes))
        if len(hashes):
            self._index.add(np.ascontiguousarray(vectors, dtype=np.float32))

    def __len__(self) -> int:
        return self._index.ntotal

    def vectors(self) -> np.ndarray:
        if not len(self):
            return np.empty((0, self.identity.dimension), dtype=np.float32)
        return self._index.reconstruct_n(0, self._index.ntotal)

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Return (positions, cosine similarities) best first."""
        if not len(self):
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        sims, ids = self._index.search(query.reshape(1, -1).astype(np.float32), min(k, len(self)))
        keep = ids[0] >= 0
        return ids[0][keep], sims[0][keep]

    # ---- building --------------------------------------------------------------------------

    @classmethod
    def update(
        cls,
        previous: VectorIndex | None,
        identity: IndexIdentity,
        texts: Sequence[str],
        hashes: Sequence[str],
        embed: Callable[[list[str]], np.ndarray],
        readability: Callable[[str], float],
    ) -> tuple[VectorIndex, UpdateStats]:
        """Make the index for these snippets, reusing every vector whose text is unchanged."""
        known: dict[str, tuple[np.ndarray, float]] = {}
        if previous is not None and previous.identity == identity:
            old = previous.vectors()
            for row, h in enumerate(previous.hashes):
                known[h] = (old[row], float(previous.coverage[row]))
        missing = [i for i, h in enumerate(hashes) if h not in known]
        fresh = embed([texts[i] for i in missing]) if missing else None
        vectors = np.empty((len(hashes), identity.dimension), dtype=np.float32)
        coverage = np.empty(len(hashes), dtype=np.float32)
        for j, i in enumerate(missing):
            vectors[i] = fresh[j]
            coverage[i] = readability(texts[i])
        for i, h in enumerate(hashes):
            if h in known:
                vectors[i], coverage[i] = known[h]
        index = cls(identity, list(hashes), vectors, coverage)
        return index, UpdateStats(len(hashes), len(missing), len(hashes) - len(missing))

    # ---- persistence -----------------------------------------------------------------------

    def save(self, directory: Path) -> None:
        index_path = directory / INDEX_FILE
        write_atomic_with(index_path, lambda tmp: faiss.write_index(self._index, str(tmp)))
        manifest = {
            "format_version": FORMAT_VERSION,
            "model_fingerprint": self.identity.model_fingerprint,
            "model_name": self.identity.model_name,
            "dimension": self.identity.dimension,
            "count": len(self.hashes),
            "index_sha256": _sha256(index_path),
            "hashes": self.hashes,
            "coverage": [round(float(c), 3) for c in self.coverage],
        }
        # The manifest goes last: until it is written, the old manifest's checksum no longer
        # matches the new index file, so a crash in between reads as "damaged, rebuild".
        write_atomic(directory / MANIFEST_FILE, json.dumps(manifest, ensure_ascii=False))

    @classmethod
    def load(cls, directory: Path, identity: IndexIdentity) -> tuple[VectorIndex | None, str]:
        """Return (index, "") or (None, a sentence saying why it must be rebuilt)."""
        manifest_path, index_path = directory / MANIFEST_FILE, directory / INDEX_FILE
        if not manifest_path.exists():
            return None, ""
        try:
            manifest = json.loads(manifest_path.read_text("utf-8"))
            if manifest.get("format_version") != FORMAT_VERSION:
                return None, "the saved index is from another version of Agent Assist; rebuilding"
            if (manifest["model_fingerprint"], manifest["dimension"]) != (
                identity.model_fingerprint, identity.dimension):
                return None, "the saved index was made with another model; rebuilding"
            if manifest["index_sha256"] != _sha256(index_path):
                return None, "the saved index file is damaged or incomplete; rebuilding"
            raw = faiss.read_index(str(index_path))
            hashes, coverage = manifest["hashes"], manifest["coverage"]
            if not raw.ntotal == manifest["count"] == len(hashes) == len(coverage):
                return None, "the saved index does not match its manifest; rebuilding"
            vectors = raw.reconstruct_n(0, raw.ntotal) if raw.ntotal else np.empty(
                (0, identity.dimension), dtype=np.float32)
        except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
            log.warning("saved index unusable: %s", exc)
            return None, f"the saved index could not be read ({type(exc).__name__}); rebuilding"
        return cls(identity, hashes, vectors, np.asarray(coverage, dtype=np.float32)), ""


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
