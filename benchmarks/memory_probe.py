"""Peak RSS of the app with one corpus loaded; run in a fresh process per size.

    python -m benchmarks.memory_probe SIZE [--adapted MODEL_DIR]   -> one JSON line on stdout

With --adapted the shop's trained model is loaded too (channels keyword+general+adapted) and
every snippet it reads gets its vector; its index should be cached beforehand
(benchmarks/adapted_perf.py builds it), as the general one is.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import psutil

STAGES = ("python", "imports", "general model", "adapted model", "knowledge+keyword",
          "vector index", "after 40 queries")


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


def peak_mb() -> float:
    """The process's RSS high-water mark. Linux's VmHWM starts afresh at exec, whereas
    ru_maxrss carries the parent's peak over into a child (it read 2 GB for every size)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(size: int, adapted: str | None = None) -> None:
    stages = {"python": rss_mb()}
    from assist.engine import Assistant, AssistConfig
    from benchmarks.corpus import corpus_dir
    from benchmarks.indexes import index_cache
    from benchmarks.queries import chinese_queries, english_queries

    stages["imports"] = rss_mb()
    channels = "keyword+general+adapted" if adapted else "keyword+general"
    assistant = Assistant(AssistConfig(knowledge_dir=corpus_dir(size), cache_dir=index_cache(),
                                       channels=channels))
    assistant.load_model()
    stages["general model"] = rss_mb()
    if adapted:
        assistant.use_adapted(Path(adapted).resolve())
    stages["adapted model"] = rss_mb()
    assistant.load_knowledge()
    stages["knowledge+keyword"] = rss_mb()
    stats = assistant.build_index()
    stages["vector index"] = rss_mb()
    for query in english_queries()[:20] + chinese_queries()[:20]:
        assistant.suggest(query)
    stages["after 40 queries"] = rss_mb()
    peak = peak_mb()
    vectors = " / ".join(f"{v.searchable}" for v in assistant._vectors.values())
    print(json.dumps({"size": size, "snippets": stats.total, "embedded": vectors,
                      "channels": list(assistant.channels), "peak_mb": round(peak),
                      "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
                      "stages_mb": {k: round(v) for k, v in stages.items()}}))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("size", type=int)
    parser.add_argument("--adapted", help="the shop's trained model folder")
    args = parser.parse_args()
    main(args.size, args.adapted)
