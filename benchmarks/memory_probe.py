"""Peak RSS of the app with one corpus loaded; run in a fresh process per size.

    python -m benchmarks.memory_probe SIZE    -> one JSON line on stdout
"""

from __future__ import annotations

import json
import sys

import psutil


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


def main(size: int) -> None:
    stages = {"python": rss_mb()}
    from assist.engine import Assistant, AssistConfig
    from benchmarks.corpus import corpus_dir
    from benchmarks.indexes import index_cache
    from benchmarks.queries import chinese_queries, english_queries

    stages["imports"] = rss_mb()
    assistant = Assistant(AssistConfig(knowledge_dir=corpus_dir(size), cache_dir=index_cache()))
    assistant.load_model()
    stages["model"] = rss_mb()
    assistant.load_knowledge()
    stages["knowledge+keyword"] = rss_mb()
    stats = assistant.build_index()
    stages["vector index"] = rss_mb()
    for query in english_queries()[:20] + chinese_queries()[:20]:
        assistant.suggest(query)
    stages["after 40 queries"] = rss_mb()
    peak = peak_mb()
    print(json.dumps({"size": size, "snippets": stats.total, "embedded": stats.embedded,
                      "peak_mb": round(peak),
                      "stages_mb": {k: round(v) for k, v in stages.items()}}))


if __name__ == "__main__":
    main(int(sys.argv[1]))
