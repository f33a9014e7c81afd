"""Seed the 100k index with proxy vectors, because embedding 100k snippets here takes hours.

MiniLM costs about 1.5 GFLOP for a 70-token Chinese snippet; two shared cores give ~15-40
snippets/s, so 100k real embeddings are 1-2 hours. Latency and memory at 100k do not depend on
what the vectors say, only on how many there are and how they cluster, so: snippets whose text
is also in the 10k corpus (the first ~10k rows are identical) keep their real vectors, and each
other snippet gets the real vector of a 10k snippet about the same product or English intent,
jittered (cosine ~0.9) and renormalised. The coverage column is computed for real. The index is
saved where the Assistant looks for it, so it loads exactly as a built one would. Quality
figures never use these vectors.
"""

from __future__ import annotations

import time
from collections import defaultdict

import numpy as np

from assist.engine import Assistant, AssistConfig
from assist.retrieval.vector_index import IndexIdentity, VectorIndex, readable_rows
from benchmarks.common import say
from benchmarks.corpus import corpus_dir
from benchmarks.indexes import index_cache

MARKER = "proxy-vectors"


def seed(size: int, base: Assistant, noise: float = 0.025) -> None:
    """Write a proxy index for the `size` corpus unless a complete one is already cached."""
    target = Assistant(AssistConfig(knowledge_dir=corpus_dir(size), cache_dir=index_cache()))
    target.embedder = base.embedder
    report = target.load_knowledge()
    directory = target.vector_dir(base.embedder)
    if (directory / MARKER).exists() and (directory / "manifest.json").exists():
        return
    say(f"  seeding the {size}-snippet index with proxy vectors (see benchmarks/proxy.py)")
    start = time.perf_counter()
    embedder = base.embedder
    known = {h: v for h, (v, _) in base._vectors["general"].known_vectors().items()
             if v is not None}
    groups: dict[str, list[np.ndarray]] = defaultdict(list)
    for snippet in base.report.snippets:
        vector = known.get(snippet.content_hash)
        if vector is not None:
            groups[snippet.product].append(vector)
    fallback = [v for group in groups.values() for v in group]
    rng = np.random.default_rng(7)
    identity = IndexIdentity(embedder.fingerprint, embedder.name, embedder.dimension,
                             target.config.dense_min_coverage, embedder.readability_rule)
    hashes = [s.content_hash for s in report.snippets]
    coverage = np.array([embedder.coverage(s.search_text) for s in report.snippets],
                        dtype=np.float32)
    rows = readable_rows(coverage, identity.min_readable)  # only these get vectors, as in the app
    vectors = np.empty((len(rows), embedder.dimension), dtype=np.float32)
    for j, i in enumerate(rows):
        vector = known.get(hashes[i])
        if vector is None:
            group = groups.get(report.snippets[i].product) or fallback
            vector = group[rng.integers(len(group))] + rng.normal(0, noise, embedder.dimension)
            vector /= np.linalg.norm(vector)
        vectors[j] = vector
    directory.mkdir(parents=True, exist_ok=True)
    VectorIndex(identity, hashes, vectors, coverage).save(directory)
    (directory / MARKER).write_text(f"{len(known)} real vectors reused\n")
    say(f"  proxy index written in {time.perf_counter() - start:.0f}s")
