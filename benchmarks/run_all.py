"""Run every benchmark and print every figure: `python -m benchmarks [--quick]`.

--quick measures 1k and 10k snippets only; the full run adds 100k (its vectors are proxies,
see benchmarks/proxy.py). Corpora and indexes are cached in $ASSIST_BENCH_CACHE (default
~/.cache/agent-assist-bench), so only the first run embeds; the tables are Markdown, ready for
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys

from benchmarks import build, quality
from benchmarks.common import jddc_dir, load_average, machine, say, table
from benchmarks.corpus import corpus_dir

SECTIONS = ("latency", "build", "memory", "quality")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="1k and 10k snippets only")
    parser.add_argument("--only", choices=SECTIONS, action="append", help="run only these")
    parser.add_argument("--queries", type=int, default=200, help="timed queries per language")
    parser.add_argument("--backend", choices=("auto", "onnx", "torch"),
                        help="model backend (default: ASSIST_MODEL_BACKEND, else auto)")
    args = parser.parse_args(argv)
    if args.backend:  # through the environment, so the memory probes' processes follow
        os.environ["ASSIST_MODEL_BACKEND"] = args.backend
    sizes = [1000, 10000] if args.quick else [1000, 10000, 100000]
    sections = args.only or SECTIONS
    from assist.retrieval.embedder import Embedder

    say("## Machine")
    say(table(["key", "value"], [[k, v] for k, v in machine().items()]))
    embedder = Embedder()
    say(f"model backend: {embedder.backend} {embedder.backend_note}".rstrip())
    if "latency" in sections:
        run_latency(sizes, embedder, args.queries)
    if "build" in sections:
        run_build(embedder)
    if "memory" in sections:
        run_memory(sizes)
    if "quality" in sections:
        run_quality(embedder)
    say(f"\nload average at the end: {load_average()}")
    return 0


def open_size(size: int, embedder):
    from benchmarks import proxy
    from benchmarks.indexes import open_corpus

    if size > 10000:
        base = open_corpus(10000, embedder)
        proxy.seed(size, base)
        del base
        gc.collect()
    return open_corpus(size, embedder)


def run_latency(sizes: list[int], embedder, count: int) -> None:
    """Every channel fused (the shop's model trained on the 10k corpus embeds each corpus)
    and keyword alone, against the floor of both models' encode + search: adapted_perf.py."""
    from benchmarks import adapted_perf

    say("\n## Query latency (suggest(), limit 5; floor = each model's encode(query) + FAISS "
        "search)")
    adapted_perf.run_latency(sizes, count)


def run_build(embedder) -> None:
    say("\n## Index build throughput (1k corpus, fresh cache) and one edited file into 10k")
    t = build.throughput(corpus_dir(1000), embedder)
    say(table(["snippets", "build s", "build snippets/s", "raw encode s", "raw snippets/s",
               "build / raw", "load avg"],
              [[t.snippets, f"{t.build_seconds:.1f}", f"{t.build_rate:.1f}", f"{t.raw_seconds:.1f}",
                f"{t.raw_rate:.1f}", f"{t.build_rate / t.raw_rate:.2f}", t.load]]))
    say(f"\nThe {t.embedded} snippets the build embedded (the rest the model cannot read), "
        "same texts both ways:")
    say(table(["texts", "build's encode s", "raw encode (batches of 32) s", "raw / build"],
              [[t.embedded, f"{t.build_encode_seconds:.2f}", f"{t.raw_embedded_seconds:.2f}",
                f"{t.model_work_ratio:.2f}"]]))
    from benchmarks.indexes import open_corpus

    assistant = open_corpus(10000, embedder)
    file = corpus_dir(10000) / "generated" / "past-0000.csv"
    timings = build.edit_one_file(assistant, file)
    say(table(["round", "snippets", "re-embedded", "load_knowledge s", "build_index s",
               "of which encode s", "total s"],
              [[n + 1, e.total_snippets, e.embedded, f"{e.load_knowledge:.2f}",
                f"{e.build_index:.2f}", f"{e.embed:.2f}", f"{e.total:.2f}"]
               for n, e in enumerate(timings)]))
    say("\nA new file of 100 English rows (every row embedded) into the same 10k index:")
    timings = build.new_english_file(assistant, corpus_dir(10000) / "generated")
    say(table(["round", "snippets", "embedded", "load_knowledge s", "build_index s", "total s"],
              [[n + 1, e.total_snippets, e.embedded, f"{e.load_knowledge:.2f}",
                f"{e.build_index:.2f}", f"{e.total:.2f}"] for n, e in enumerate(timings)]))


def run_memory(sizes: list[int]) -> None:
    """A fresh process per size, without and with the shop's model: adapted_perf.py."""
    from benchmarks import adapted_perf

    say("\n## Peak RSS, a fresh process per size (models + knowledge + indexes + 40 queries)")
    adapted_perf.run_memory(sizes)


def run_quality(embedder) -> None:
    say("\n## Retrieval quality: sample golden set (as `assist eval --channels C`)")
    results = quality.golden(embedder)
    keys = ["questions", "recall@1", "recall@5", "mrr", "char_f1_top1", "char_f1_best5",
            "offtopic_answered"]
    say(table(["channels", *keys], [[c, *(m[k] for k in keys)] for c, m in results.items()]))

    say("\n## English paraphrases against the 1k synthetic corpus (top reply on intent?)")
    results = quality.english_paraphrases(corpus_dir(1000), embedder)
    say(table(["channels", "queries", "recall@1", "recall@5", "mrr"],
              [[c, *m.values()] for c, m in results.items()]))

    folder = jddc_dir()
    say(f"\n## JDDC 2019 real chats ({folder})")
    scores = quality.jddc_benchmark(folder, embedder)
    if scores is None:
        say(f"  skipped: {folder} is absent (set ASSIST_JDDC_DIR to its location)")
        return
    say(table(quality.JDDC_HEADERS, [s.row(c) for c, s in scores.items()]))


if __name__ == "__main__":
    sys.exit(main())
