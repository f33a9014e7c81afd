"""Dense search: a FAISS inner-product index over normalised snippet vectors, kept on disk.

Beside ``index.faiss`` a ``manifest.json`` records the format version, the model fingerprint,
the dimension, each snippet's content hash and readability, which snippets have a vector, and a
checksum of the index file (of the bytes written, taken before the rename). Saves and loads
hold the folder's lock (locks.py), so no process ever reads one save's index beside another's
manifest. On load every field is checked (index_manifest.py); any mismatch or damage means
"rebuild", never a crash.
Vectors are matched to snippets by content hash, so an edited file re-embeds only the snippets
whose text changed.

Snippets the model cannot read (below ``IndexIdentity.min_readable``, e.g. Chinese text for the
English default model) get no vector at all: search would drop them anyway, and embedding them
is most of the build time and memory on a Chinese shop's folder.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from assist.atomic import atomic_path, sweep_stale_tmp, write_atomic
from assist.cooperate import pause_point
from assist.messages import Core
from assist.retrieval.index_manifest import FORMAT_VERSION, ManifestError, read_manifest
from assist.retrieval.locks import FolderBusy, folder_lock

__all__ = ["FORMAT_VERSION", "INDEX_FILE", "MANIFEST_FILE", "IndexIdentity", "UpdateStats",
           "VectorIndex"]
INDEX_FILE = "index.faiss"
MANIFEST_FILE = "manifest.json"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IndexIdentity:
    """What the vectors were made with; an index made otherwise is not reused."""

    model_fingerprint: str
    model_name: str
    dimension: int
    min_readable: float = 0.0  # snippets the model reads less of than this get no vector
    readability: str = ""  # the rule that scored readability (Embedder.readability_rule)

    def same_vectors(self, other: IndexIdentity) -> bool:
        """Vectors made under `other` are valid here (the gate and rule only pick which
        snippets have one)."""
        return (self.model_fingerprint, self.dimension) == (other.model_fingerprint,
                                                            other.dimension)


@dataclass(frozen=True)
class UpdateStats:
    total: int
    embedded: int  # snippets whose vectors had to be computed
    reused: int  # snippets whose vectors (or unreadability) came from the previous index
    skipped: int = 0  # new snippets the model cannot read, so not embedded
    message: str = ""  # why the previous index was not used, if it was not
    resumed: int = 0  # vectors an interrupted build had already computed (not in `embedded`)


# A flat scan reads every vector per query: 1.4 ms at 10k but 18-20 ms at 100k on 2 cores
# (memory bound), as long as encoding the query itself. From here on a graph index answers in
# ~0.3 ms; on 100k clustered vectors it finds 97% of the exact top 50 (benchmarks/proxy.py).
HNSW_MIN_SIZE = 30_000
HNSW_LINKS = 32
HNSW_EF_CONSTRUCTION = 40
HNSW_EF_SEARCH = 128


def make_faiss_index(dimension: int, size: int) -> faiss.Index:
    """Exact flat search for the sizes most shops have; HNSW from HNSW_MIN_SIZE snippets,
    its vectors stored in 8 bits a dimension: at 100k snippets of the shop's model that is 50
    instead of 124 MB, at the same speed, finding 83 instead of 85 % of the exact top 50
    (benchmarks/adapted_perf.py index-options)."""
    if size < HNSW_MIN_SIZE:
        return faiss.IndexFlatIP(dimension)
    index = faiss.IndexHNSWSQ(dimension, faiss.ScalarQuantizer.QT_8bit, HNSW_LINKS,
                              faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    index.hnsw.efSearch = HNSW_EF_SEARCH
    return index


@contextmanager
def _one_thread() -> Iterator[None]:
    """One query is too small to share out: FAISS's OpenMP team only adds a fork/join and,
    beside torch's own team or another busy process, spin-waits (10k flat: 16 ms, not 1.4)."""
    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(before)


class VectorIndex:
    def __init__(self, identity: IndexIdentity, hashes: list[str], vectors: np.ndarray,
                 coverage: np.ndarray) -> None:
        """vectors: one row per readable snippet (coverage >= identity.min_readable), in
        snippet order."""
        self.identity = identity
        self.hashes = hashes
        self.coverage = coverage.astype(np.float32)  # how readable each snippet is to the model
        self._rows = readable_rows(self.coverage, identity.min_readable)  # FAISS id -> snippet
        self._index = make_faiss_index(identity.dimension, len(self._rows))
        self.converted = False  # loaded from an older kind of index: save it again
        if len(self._rows):
            vectors = np.ascontiguousarray(vectors, dtype=np.float32)
            if not self._index.is_trained:  # the 8-bit ranges come from the vectors
                self._index.train(vectors)
            self._index.add(vectors)

    def __len__(self) -> int:
        """Snippets covered, with a vector or known to be unreadable."""
        return len(self.hashes)

    @property
    def searchable(self) -> int:
        return self._index.ntotal

    def known_vectors(self) -> dict[str, tuple[np.ndarray | None, float]]:
        """content hash -> (vector or None when unreadable, readability), for reuse."""
        vectors = (self._index.reconstruct_n(0, self._index.ntotal) if self._index.ntotal
                   else np.empty((0, self.identity.dimension), dtype=np.float32))
        known: dict[str, tuple[np.ndarray | None, float]] = {
            h: (None, float(c)) for h, c in zip(self.hashes, self.coverage, strict=True)}
        for faiss_id, position in enumerate(self._rows):
            known[self.hashes[position]] = (vectors[faiss_id], float(self.coverage[position]))
        return known

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Return (snippet positions, cosine similarities) best first."""
        if not self._index.ntotal:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        with _one_thread():
            sims, ids = self._index.search(query.reshape(1, -1).astype(np.float32),
                                           min(k, self._index.ntotal))
        keep = ids[0] >= 0
        return self._rows[ids[0][keep]], sims[0][keep]

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
        """Make the index for these snippets, reusing every vector whose text is unchanged
        and embedding only snippets the model can read that have none yet.

        Readability is reused too, unless the previous index scored it by another rule; then
        it is scored again (cheap: tokenizing) and the vectors are still reused."""
        if (previous is not None and previous.identity == identity
                and previous.hashes == list(hashes)):
            # Nothing changed (every warm start): copying 100k snippets' vectors out and into
            # a new index would briefly hold three copies (~150 MB) for the same result.
            return previous, UpdateStats(len(hashes), 0, len(hashes))
        known: dict[str, tuple[np.ndarray | None, float]] = {}
        same_rule = False
        if previous is not None and previous.identity.same_vectors(identity):
            known = previous.known_vectors()
            same_rule = previous.identity.readability == identity.readability
        coverage = np.empty(len(hashes), dtype=np.float32)
        for i, h in enumerate(hashes):
            if same_rule and h in known:
                coverage[i] = known[h][1]
            else:
                pause_point()  # tokenizing in a Python loop: let the UI draw first
                coverage[i] = readability(texts[i])
        readable = coverage >= identity.min_readable
        to_embed = [i for i, h in enumerate(hashes)
                    if readable[i] and (h not in known or known[h][0] is None)]
        fresh = dict(zip(to_embed, embed([texts[i] for i in to_embed]), strict=True)) \
            if to_embed else {}
        rows = readable_rows(coverage, identity.min_readable)
        vectors = np.empty((len(rows), identity.dimension), dtype=np.float32)
        for j, i in enumerate(rows):
            vectors[j] = fresh[i] if i in fresh else known[hashes[i]][0]
        index = cls(identity, list(hashes), vectors, coverage)
        new = [i for i, h in enumerate(hashes) if h not in known]
        stats = UpdateStats(len(hashes), len(to_embed), len(hashes) - len(new),
                            skipped=int(np.count_nonzero(~readable[new])) if new else 0)
        return index, stats

    @classmethod
    def from_known(cls, identity: IndexIdentity,
                   known: dict[str, tuple[np.ndarray | None, float]]) -> VectorIndex:
        """An index holding known vectors only as a source of reuse for update()."""
        hashes = list(known)
        coverage = np.array([known[h][1] for h in hashes], dtype=np.float32)
        rows = readable_rows(coverage, identity.min_readable)
        vectors = np.array([known[hashes[i]][0] for i in rows], dtype=np.float32).reshape(
            len(rows), identity.dimension)
        return cls(identity, hashes, vectors, coverage)

    # ---- persistence -----------------------------------------------------------------------

    def save(self, directory: Path) -> None:
        """Write index then manifest under the folder's lock, so no reader (they take it too)
        and no other writer ever sees the index of one save beside the manifest of another."""
        with folder_lock(directory):
            sweep_stale_tmp(directory, older_than=0)  # we hold the lock: no save is under way
            with atomic_path(directory / INDEX_FILE) as tmp:
                faiss.write_index(self._index, str(tmp))
                # the bytes that are renamed into place, not whatever the path holds afterwards
                checksum = _sha256(tmp)
            manifest = {
                "format_version": FORMAT_VERSION,
                "model_fingerprint": self.identity.model_fingerprint,
                "model_name": self.identity.model_name,
                "dimension": self.identity.dimension,
                "min_readable": self.identity.min_readable,
                "readability": self.identity.readability,
                "count": len(self.hashes),
                "rows": self._rows.tolist(),
                "index_sha256": checksum,
                "hashes": self.hashes,
                "coverage": [float(c) for c in self.coverage],
            }
            # The manifest goes last: until it is written, the old manifest's checksum no
            # longer matches the new index file, so a crash in between reads as "rebuild".
            write_atomic(directory / MANIFEST_FILE, json.dumps(manifest, ensure_ascii=False))

    @classmethod
    def load(cls, directory: Path, identity: IndexIdentity) -> tuple[VectorIndex | None, str]:
        """Return (index, "") or (None, a sentence saying why it must be rebuilt)."""
        if not (directory / MANIFEST_FILE).exists():
            return None, ""
        try:
            with folder_lock(directory):
                return cls._load(directory, identity)
        except FolderBusy as exc:
            log.warning("%s", exc)
            return None, Core.tr("the saved index is being written by another process; rebuilding")
        except ManifestError as exc:
            log.warning("saved index manifest in %s unusable: %s", directory, exc)
            if "another version" in str(exc):
                return None, Core.tr(
                    "the saved index is from another version of Agent Assist; rebuilding")
            return None, Core.tr("the saved index's manifest is damaged (%1); rebuilding", exc)
        except (OSError, ValueError, KeyError, TypeError, RuntimeError, MemoryError) as exc:
            # RuntimeError: FAISS's own errors on a file it cannot parse
            log.warning("saved index unusable: %s", exc)
            return None, Core.tr("the saved index could not be read (%1); rebuilding",
                                 type(exc).__name__)

    @classmethod
    def _load(cls, directory: Path, identity: IndexIdentity) -> tuple[VectorIndex | None, str]:
        manifest_path, index_path = directory / MANIFEST_FILE, directory / INDEX_FILE
        manifest = read_manifest(manifest_path)
        if (manifest["model_fingerprint"], manifest["dimension"]) != (
            identity.model_fingerprint, identity.dimension):
            return None, Core.tr("the saved index was made with another model; rebuilding")
        # Another gate or readability rule: the vectors still serve, so the index loads
        # as it was saved and update() re-scores which snippets need one.
        stored = IndexIdentity(identity.model_fingerprint, identity.model_name,
                               identity.dimension, float(manifest["min_readable"]),
                               manifest["readability"])
        if manifest["index_sha256"] != _sha256(index_path):
            return None, Core.tr("the saved index file is damaged or incomplete; rebuilding")
        raw = faiss.read_index(str(index_path))
        hashes, coverage = manifest["hashes"], np.asarray(manifest["coverage"], np.float32)
        rows = readable_rows(coverage, stored.min_readable)
        if not (raw.ntotal == len(rows) and manifest["rows"] == rows.tolist()
                and raw.d == identity.dimension):
            return None, Core.tr("the saved index does not match its manifest; rebuilding")
        if type(raw) is type(make_faiss_index(identity.dimension, raw.ntotal)):
            # use the file's index as it is: copying its vectors out and adding them to a
            # fresh index held three copies at once (460 MB at 100k snippets)
            return cls._of(stored, hashes, raw, coverage), ""
        vectors = raw.reconstruct_n(0, raw.ntotal) if raw.ntotal else np.empty(
            (0, identity.dimension), dtype=np.float32)
        index = cls(stored, hashes, vectors, coverage)
        index.converted = True  # same vectors in this version's kind of index
        return index, ""

    @classmethod
    def _of(cls, identity: IndexIdentity, hashes: list[str], index: faiss.Index,
            coverage: np.ndarray) -> VectorIndex:
        if isinstance(index, faiss.IndexHNSW):
            index.hnsw.efSearch = HNSW_EF_SEARCH
        self = cls.__new__(cls)
        self.identity, self.hashes, self.coverage, self._index = identity, hashes, coverage, index
        self.converted = False
        self._rows = readable_rows(coverage, identity.min_readable)
        return self


def readable_rows(coverage: np.ndarray, min_readable: float) -> np.ndarray:
    """Positions of the snippets that get a vector."""
    return np.flatnonzero(coverage >= min_readable).astype(np.int64)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
