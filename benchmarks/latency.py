"""Query latency: buyer message in, ranked suggestions out, split by stage, beside the floor.

The floor is what no implementation can beat with this model and FAISS: one ``encode`` of the
query and one search of the same index, measured in the same run, query by query.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from assist.engine import Assistant
from benchmarks.common import ms

STAGES = ("keyword", "embed", "vector", "fusion", "compose")


@dataclass
class LatencyRun:
    language: str
    size: int
    total: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)
    stages: dict[str, list[float]] = field(default_factory=lambda: {s: [] for s in STAGES})
    dense_used: int = 0

    def row(self) -> list[object]:
        total, floor = ms(self.total), ms(self.floor)
        cells: list[object] = [self.size, self.language, len(self.total),
                               f"{total[0]:.1f}", f"{total[1]:.1f}",
                               f"{floor[0]:.1f}", f"{floor[1]:.1f}",
                               f"{total[1] / floor[1]:.2f}" if floor[1] else "-"]
        cells += [f"{ms(self.stages[s])[0]:.2f} / {ms(self.stages[s])[1]:.2f}" for s in STAGES]
        cells.append(f"{self.dense_used}/{len(self.total)}")
        return cells


HEADERS = ["snippets", "queries", "n", "total med ms", "total p95 ms", "floor med ms",
           "floor p95 ms", "p95 / floor p95"] + [f"{s} med/p95 ms" for s in STAGES] + ["dense used"]


def measure(assistant: Assistant, queries: list[str], language: str, size: int,
            count: int = 200, warmup: int = 20, depth: int = 50) -> LatencyRun:
    run = LatencyRun(language, size)
    embedder, vectors = assistant.embedder, assistant._vectors  # the floor reads the same index
    for n in range(warmup + count):
        query = queries[n % len(queries)]
        start = time.perf_counter()
        result = assistant.suggest(query, limit=5)
        total = time.perf_counter() - start
        start = time.perf_counter()
        vectors.search(embedder.encode([query])[0], depth)
        floor = time.perf_counter() - start
        if n < warmup:
            continue
        run.total.append(total)
        run.floor.append(floor)
        run.dense_used += result.dense_used
        for stage in STAGES:
            run.stages[stage].append(result.timings.get(stage, 0.0))
    return run


def faiss_only(assistant: Assistant, count: int = 200) -> tuple[float, float]:
    """The FAISS search alone (random unit queries), to split the floor into its two parts."""
    rng = np.random.default_rng(0)
    dim = assistant._vectors.identity.dimension
    times = []
    for _ in range(count):
        q = rng.standard_normal(dim).astype(np.float32)
        q /= np.linalg.norm(q)
        start = time.perf_counter()
        assistant._vectors.search(q, 50)
        times.append(time.perf_counter() - start)
    return ms(times)
