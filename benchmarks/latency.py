"""Query latency: buyer message in, ranked suggestions out, split by stage, beside the floor.

The floor is what no implementation can beat with these models and FAISS: for every model the
Assistant has loaded (the general one, and the shop's own "adapted" one when in use), one
``encode`` of the query and one search of that model's index, measured in the same run,
query by query.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from assist.engine import Assistant
from benchmarks.common import load_average, ms

# result.timings keys: one per channel, then fusion and compose
STAGES = ("keyword", "general", "adapted", "fusion", "compose")


@dataclass
class LatencyRun:
    language: str
    size: int
    channels: str = ""
    total: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)
    floor_parts: dict[str, list[float]] = field(default_factory=dict)  # by model
    stages: dict[str, list[float]] = field(default_factory=lambda: {s: [] for s in STAGES})
    used: dict[str, int] = field(default_factory=dict)  # queries each channel answered
    load: str = ""

    def row(self) -> list[object]:
        total, floor = ms(self.total), ms(self.floor)
        cells: list[object] = [self.size, self.language, self.channels or "-", len(self.total),
                               f"{total[0]:.1f}", f"{total[1]:.1f}",
                               f"{floor[0]:.1f}", f"{floor[1]:.1f}",
                               f"{total[1] / floor[1]:.2f}" if floor[1] else "-"]
        cells += [" / ".join(f"{v:.2f}" for v in ms(self.floor_parts.get(m, [])))
                  for m in ("general", "adapted")]
        cells += [f"{ms(self.stages[s])[0]:.2f} / {ms(self.stages[s])[1]:.2f}"
                  if any(self.stages[s]) else "–" for s in STAGES]
        cells.append(", ".join(f"{n} {c}" for n, c in self.used.items() if n != "keyword")
                     or "–")
        cells.append(self.load)
        return cells


HEADERS = (["snippets", "queries", "channels", "n", "total med ms", "total p95 ms",
            "floor med ms", "floor p95 ms", "p95 / floor p95", "floor: general encode+search",
            "floor: adapted encode+search"]
           + [f"{s} med/p95 ms" for s in STAGES] + ["dense channels used", "load avg"])


def floor_once(assistant: Assistant, query: str, depth: int = 50) -> dict[str, float]:
    """Seconds per loaded model: encode the query, search that model's index."""
    parts = {}
    for name, model in (("general", assistant.embedder), ("adapted", assistant.adapted)):
        vectors = assistant._vectors.get(name)
        if model is None or vectors is None:
            continue
        start = time.perf_counter()
        vectors.search(model.encode([query])[0], depth)
        parts[name] = time.perf_counter() - start
    return parts


def measure_channels(assistants: Mapping[str, Assistant], queries: list[str], language: str,
                     size: int, floor_from: Assistant, count: int = 200, warmup: int = 20,
                     depth: int = 50) -> list[LatencyRun]:
    """Every assistant answers each query in turn, then the floor is taken from `floor_from`'s
    models and indexes, so all runs and the floor share the same moments of machine load."""
    runs = {label: LatencyRun(language, size, label) for label in assistants}
    floor_parts: dict[str, list[float]] = {}
    floors: list[float] = []
    load_start = load_average()
    for n in range(warmup + count):
        query = queries[n % len(queries)]
        timed = {}
        for label, assistant in assistants.items():
            start = time.perf_counter()
            result = assistant.suggest(query, limit=5)
            timed[label] = (time.perf_counter() - start, result)
        parts = floor_once(floor_from, query, depth)
        if n < warmup:
            continue
        floors.append(sum(parts.values()))
        for name, seconds in parts.items():
            floor_parts.setdefault(name, []).append(seconds)
        for label, (total, result) in timed.items():
            run = runs[label]
            run.total.append(total)
            for name in result.channels_used:
                run.used[name] = run.used.get(name, 0) + 1
            for stage in STAGES:
                run.stages[stage].append(result.timings.get(stage, 0.0))
    load = f"{load_start} → {load_average()}"
    for run in runs.values():
        run.floor, run.floor_parts, run.load = floors, floor_parts, load
    return list(runs.values())


def measure(assistant: Assistant, queries: list[str], language: str, size: int,
            count: int = 200, warmup: int = 20, depth: int = 50) -> LatencyRun:
    """One Assistant against the floor of its own loaded models."""
    return measure_channels({"+".join(assistant.channels): assistant}, queries, language, size,
                            assistant, count, warmup, depth)[0]


def faiss_only(assistant: Assistant, count: int = 200) -> dict[str, tuple[float, float]]:
    """Each index's FAISS search alone (random unit queries), to split the floor into parts."""
    rng = np.random.default_rng(0)
    out = {}
    for name, vectors in assistant._vectors.items():
        dim = vectors.identity.dimension
        times = []
        for _ in range(count):
            q = rng.standard_normal(dim).astype(np.float32)
            q /= np.linalg.norm(q)
            start = time.perf_counter()
            vectors.search(q, 50)
            times.append(time.perf_counter() - start)
        out[name] = ms(times)
    return out
