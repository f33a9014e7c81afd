"""Opening an Assistant on a benchmark corpus, building (or reusing) its cached index."""

from __future__ import annotations

import time
from pathlib import Path

from assist.engine import Assistant, AssistConfig
from assist.evaluate import channel_study
from assist.retrieval.embedder import Embedder
from benchmarks.common import cache_root, say
from benchmarks.corpus import corpus_dir


def index_cache() -> Path:
    return cache_root() / "assist-cache"


def printer(label: str):
    """Progress that prints at most every 10 s, so a 100k build shows it is alive."""
    last = [0.0]
    start = time.perf_counter()

    def show(done: int, total: int) -> None:
        now = time.perf_counter()
        if done == total or now - last[0] > 10:
            last[0] = now
            rate = done / max(now - start, 1e-9)
            say(f"    {label}: embedded {done}/{total} ({rate:.0f}/s)")
    return show


def open_assistant(knowledge: Path, embedder: Embedder | None = None, channels: str = "fused",
                   cache: Path | None = None, label: str = "") -> Assistant:
    assistant = Assistant(channel_study(AssistConfig(
        knowledge_dir=knowledge, cache_dir=cache or index_cache(), channels=channels)))
    assistant.load_knowledge()
    if channels != "keyword":
        if embedder is None:
            assistant.load_model()
        else:
            assistant.embedder = embedder
        t = time.perf_counter()
        stats = assistant.build_index(printer(label or knowledge.name))
        if stats.embedded:
            say(f"    {label or knowledge.name}: index built, {stats.embedded} embedded, "
                f"{stats.reused} reused in {time.perf_counter() - t:.0f}s")
    return assistant


def open_corpus(size: int, embedder: Embedder | None = None, channels: str = "fused") -> Assistant:
    return open_assistant(corpus_dir(size), embedder, channels, label=f"{size} snippets")


if __name__ == "__main__":  # prepare the cached indexes ahead of a run
    import sys

    shared = Embedder()
    for n in map(int, sys.argv[1:] or ["1000", "10000", "100000"]):
        open_corpus(n, shared)
