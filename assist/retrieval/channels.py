"""Search channels: one small interface, so a channel is added or removed in one place.

Each channel reads the buyer's (weighted) messages and returns ranked snippet positions, its
raw scores, a confidence per hit and the weight its vote carries in the fusion; or a note
saying why it had nothing to say (not ready, cannot read the message).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from assist.messages import Core
from assist.retrieval.embedder import Embedder
from assist.retrieval.keyword import KeywordIndex
from assist.retrieval.vector_index import VectorIndex

Weighted = Sequence[tuple[str, float]]  # (message, weight), oldest first


@dataclass
class ChannelHits:
    name: str
    positions: np.ndarray  # snippet positions, best first
    scores: np.ndarray  # the channel's own score per hit (coverage, cosine)
    weight: float  # its vote in the fusion
    coverage: float = 1.0  # share of the message the channel could read
    familiarity: float = 1.0  # how much the message looks like the channel's training text

    def score_of(self) -> dict[int, float]:
        return dict(zip(self.positions.tolist(), self.scores.tolist(), strict=True))


class Channel(Protocol):
    name: str

    def ready(self) -> bool: ...
    def search(self, weighted: Weighted, depth: int) -> ChannelHits | str: ...


class KeywordChannel:
    name = "keyword"

    def __init__(self, index: KeywordIndex, weight: float = 1.0) -> None:
        self.index, self.weight = index, weight

    def ready(self) -> bool:
        return True

    def search(self, weighted: Weighted, depth: int) -> ChannelHits | str:
        hits = self.index.search(list(weighted), depth)
        return ChannelHits(self.name, np.asarray(hits.indexes), np.asarray(hits.coverage),
                           self.weight)


class DenseChannel:
    """A sentence-embedding model over its own FAISS index (keyed by the model's fingerprint).

    A message the model reads only in part votes in proportion to what it read; one it reads
    less than min_coverage of is left to the other channels, and snippets it cannot read
    never match (they would by noise). min_coverage 0 reads everything and votes in full: how
    an evaluation studies one model alone (assist.evaluate.channel_study)."""

    def __init__(self, name: str, embedder: Embedder, vectors: VectorIndex | None,
                 min_coverage: float, weight: float = 1.0) -> None:
        self.name, self.embedder, self.vectors = name, embedder, vectors
        self.min_coverage, self.weight = min_coverage, weight

    def ready(self) -> bool:
        return self.vectors is not None

    def search(self, weighted: Weighted, depth: int) -> ChannelHits | str:
        if self.vectors is None:
            return Core.tr("not ready")
        weights = np.array([w for _, w in weighted], dtype=np.float32)
        coverage = float(np.average([self.embedder.coverage(t) for t, _ in weighted],
                                    weights=weights))
        every = self.min_coverage <= 0.0
        if coverage < self.min_coverage:
            return Core.tr("can read only %1 of this message; left out", format(coverage, ".0%"))
        vectors = self.embedder.encode([t for t, _ in weighted])
        query = (weights[:, None] * vectors).sum(axis=0)
        query /= np.linalg.norm(query) or 1.0
        positions, sims = self.vectors.search(query, depth)
        if not every:
            readable = self.vectors.coverage[positions] >= self.min_coverage
            positions, sims = positions[readable], sims[readable]
        weight = self.weight if every else self.weight * min(1.0, coverage)
        familiarity = coverage if self.embedder.backend != "static" else float(
            np.average([self.embedder.familiarity(t) for t, _ in weighted], weights=weights))
        return ChannelHits(self.name, positions, sims, weight, coverage, familiarity)
