"""Speed and memory of the shop's own model (the "adapted" channel): training time, query
latency with every channel fused, peak memory at 100k snippets.

    python -m benchmarks.adapted_perf train [--size 10000] [--profile]
    python -m benchmarks.adapted_perf latency [--sizes 1000 10000 100000] [--queries 200]
    python -m benchmarks.adapted_perf memory [--sizes 100000]
    python -m benchmarks.adapted_perf index-options --sizes 100000   # smaller adapted indexes?
    python -m benchmarks.adapted_perf profile-queries --sizes 100000  # where fused suggest() goes
    python benchmarks/startup.py --runs 1 --corpus 100000 --adapted      # the sidebar

One model, trained on the 10k corpus (`assist adapt`'s child process, as the app runs it),
embeds every corpus: its vectors are real at every size (a lookup and a mean, seconds for
100k snippets). The general model's 100k index is proxy-seeded as before (benchmarks/proxy.py).
Every figure is printed with the load average beside it: the machine's two cores are shared.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import REPO, cache_root, load_average, machine, ms, say, table

TRAIN_SIZE = 10000  # the corpus the latency/memory model is trained on
TRAIN_TARGET_S = 120.0


def model_root() -> Path:
    """Where trained models are installed (store.home_for(folder, root)); as adapted.py."""
    return cache_root() / "adapted-models"


def _report(knowledge: Path):
    from assist.knowledge import load_knowledge

    return load_knowledge(knowledge)


def _resolution_rows(report) -> int:
    from assist.knowledge import SnippetKind

    return sum(1 for s in report.snippets if s.kind is SnippetKind.RESOLUTION and s.question)


# ---- 1. training ---------------------------------------------------------------------------

def time_training(knowledge: Path, label: str) -> dict:
    """`assist adapt` end to end: the Training runner, its child process included."""
    from assist.adapt.runner import Training

    report = _report(knowledge)
    rows, snippets = _resolution_rows(report), len(report.snippets)
    del report
    stages: dict[str, list[float]] = {}
    before_children = resource.getrusage(resource.RUSAGE_CHILDREN)
    load_before = load_average()
    start = time.perf_counter()

    def progress(stage: str, done: int, total: int) -> None:
        now = time.perf_counter() - start
        stages.setdefault(stage, [now, now])[1] = now

    outcome = Training(knowledge, root=model_root()).run(progress)
    wall = time.perf_counter() - start
    after_children = resource.getrusage(resource.RUSAGE_CHILDREN)
    if not outcome.ok:
        raise SystemExit(f"training on {label} failed: {outcome.message}")
    m = outcome.manifest
    cpu = ((after_children.ru_utime - before_children.ru_utime)
           + (after_children.ru_stime - before_children.ru_stime))
    result = {
        "corpus": label, "snippets": snippets, "resolution rows": rows,
        "pairs": m["pairs"], "vocabulary": m["vocabulary"],
        "size_mb": round(m["size_bytes"] / 1e6, 1), "train_seconds": m["train_seconds"],
        "wall_seconds": round(wall, 1), "child_cpu_seconds": round(cpu, 1),
        "child_peak_mb": round(after_children.ru_maxrss / 1024),
        "stages": {k: [round(a, 1), round(b, 1)] for k, (a, b) in stages.items()},
        "held_out": m.get("figures", {}), "load_before": load_before, "load_after": load_average(),
    }
    say(json.dumps(result, ensure_ascii=False))
    return result


def training_table(results: list[dict]) -> str:
    rows = []
    for r in results:
        fit = r["stages"].get("train")
        rows.append([r["corpus"], r["snippets"], r["resolution rows"], r["pairs"], r["vocabulary"],
                     r["size_mb"], r["train_seconds"],
                     f"{fit[1] - fit[0]:.1f}" if fit else "-",
                     r["wall_seconds"], r["child_cpu_seconds"],
                     "yes" if r["wall_seconds"] < TRAIN_TARGET_S else "NO",
                     f"{r['load_before']} → {r['load_after']}"])
    return table(["corpus", "snippets", "resolution rows", "pairs (manifest)", "vocabulary",
                  "model MB on disk", "train_seconds (manifest)", "of which fit s", "wall s",
                  "child CPU s", "< 2 min", "load avg before → after"], rows)


def profile_training(knowledge: Path, top: int = 30) -> None:
    """cProfile of assist.adapt.train.train in this process (what the child runs)."""
    import cProfile
    import io
    import pstats

    from assist.adapt.train import TrainOptions, train

    report = _report(knowledge)
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    trained = train(report, TrainOptions())
    profiler.disable()
    say(f"  profiled train(): {time.perf_counter() - start:.1f} s (load {load_average()}), "
        f"{trained.pairs} pairs, {len(trained.vocabulary)} units")
    for key in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(key).print_stats(top)
        say(out.getvalue())


def shop_model(size: int = TRAIN_SIZE) -> Path:
    """The model trained on the `size` corpus, trained now if missing or stale."""
    from assist.adapt import store
    from benchmarks.corpus import corpus_dir

    knowledge = corpus_dir(size)
    status = store.status(knowledge, _report(knowledge), model_root())
    if status.model_dir is None or status.stale:
        time_training(knowledge, f"{size} corpus")
        status = store.status(knowledge, _report(knowledge), model_root())
    assert status.model_dir is not None
    return status.model_dir


def install_for(knowledge: Path, model_dir: Path, root: Path) -> Path:
    """Install `model_dir` as `knowledge`'s trained model under `root` (store.home_for), with a
    manifest naming that folder's snippets, so store.status() finds it current and the sidebar
    uses it instead of training one. Only for benchmarks: the model was trained on another
    folder (the 10k corpus), which is what the latency and memory figures use too."""
    import shutil

    from assist.adapt import store

    source = store.Manifest.read(model_dir.parent / store.MANIFEST_FILE)
    if source is None:
        raise SystemExit(f"{model_dir} has no manifest")
    report = _report(knowledge)
    hashes = store.content_hashes(report)
    staging = store.staging_dir(knowledge, root)
    shutil.rmtree(staging)
    shutil.copytree(model_dir, staging)
    manifest = store.Manifest(**{**source.__dict__, "folder": str(Path(knowledge).resolve()),
                                 "folder_fingerprint": store.folder_fingerprint(hashes),
                                 "snippet_hashes": hashes})
    return store.install(staging, manifest, knowledge, root)


# ---- 2. latency ----------------------------------------------------------------------------

def open_fused(size: int, general, model_dir: Path):
    """The 3-channel Assistant on a corpus (general index proxy-seeded at 100k, adapted index
    real), and a keyword-only one sharing its keyword index."""
    from assist.engine import Assistant, AssistConfig
    from benchmarks import proxy
    from benchmarks.corpus import corpus_dir
    from benchmarks.indexes import index_cache, open_corpus, printer

    if size > 10000:
        base = open_corpus(10000, general)
        proxy.seed(size, base)
        del base
        gc.collect()
    knowledge = corpus_dir(size)
    fused = Assistant(AssistConfig(knowledge_dir=knowledge, cache_dir=index_cache(),
                                   channels="fused"), embedder=general)
    fused.load_knowledge()
    fused.use_adapted(model_dir)
    start = time.perf_counter()
    stats = fused.build_index(printer(f"{size} snippets"))
    say(f"  {size}: indexes ready in {time.perf_counter() - start:.1f} s ({stats.embedded} "
        f"embedded, {stats.reused} reused; load {load_average()}); vectors: "
        + ", ".join(f"{n} {v.searchable}/{len(v)} {type(v._index).__name__}"
                    for n, v in fused._vectors.items()))
    keyword = Assistant(AssistConfig(knowledge_dir=knowledge, cache_dir=index_cache(),
                                     channels="keyword"))
    keyword.report, keyword._keyword, keyword._tokens = fused.report, fused._keyword, fused._tokens
    return fused, keyword


def run_latency(sizes: list[int], count: int) -> list[list[object]]:
    from assist.retrieval.embedder import Embedder
    from benchmarks import latency
    from benchmarks.queries import chinese_queries, english_queries

    model_dir = shop_model()
    general = Embedder()
    rows, faiss_rows = [], []
    for size in sizes:
        fused, keyword = open_fused(size, general, model_dir)
        for language, queries in (("Chinese", chinese_queries()), ("English", english_queries())):
            runs = latency.measure_channels({"fused": fused, "keyword": keyword}, queries,
                                            language, size, floor_from=fused, count=count)
            for run in runs:
                rows.append(run.row())
                say(f"  {size} {language} {run.channels}: p95 {ms(run.total)[1]:.1f} ms, floor "
                    f"p95 {ms(run.floor)[1]:.1f} ms (load {run.load})")
        for name, (med, p95) in latency.faiss_only(fused).items():
            faiss_rows.append([size, name, type(fused._vectors[name]._index).__name__,
                               fused._vectors[name].searchable, f"{med:.2f}", f"{p95:.2f}"])
        del fused, keyword
        gc.collect()
    say(table(latency.HEADERS, rows))
    say("\nFAISS search alone (k=50, random unit queries):")
    say(table(["snippets", "channel", "index", "vectors", "med ms", "p95 ms"], faiss_rows))
    return rows


def profile_queries(size: int = 100000, count: int = 200, top: int = 25) -> None:
    """cProfile of fused suggest() over the English queries (the ones every channel answers)."""
    import cProfile
    import io
    import pstats

    from assist.retrieval.embedder import Embedder
    from benchmarks.queries import english_queries

    fused, _ = open_fused(size, Embedder(), shop_model())
    queries = english_queries()
    for q in queries[:20]:
        fused.suggest(q, limit=5)
    profiler = cProfile.Profile()
    profiler.enable()
    for n in range(count):
        fused.suggest(queries[n % len(queries)], limit=5)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    say(out.getvalue())
    say(f"load average: {load_average()}")


def index_options(size: int = 100000, depth: int = 50) -> None:
    """What the adapted index would weigh and find stored otherwise: size in memory
    (serialised bytes), one-query search time, and recall of the exact top `depth` for the
    golden questions (adapted vectors). Benchmark-only: the app's index is not changed."""
    import faiss
    import numpy as np

    from assist.retrieval.embedder import Embedder
    from assist.retrieval.vector_index import HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH, HNSW_LINKS
    from benchmarks.queries import chinese_queries, english_queries

    fused, _ = open_fused(size, Embedder(), shop_model())
    index = fused._vectors["adapted"]
    vectors = index._index.reconstruct_n(0, index._index.ntotal)
    dim = vectors.shape[1]
    queries = fused.adapted.encode(chinese_queries() + english_queries())
    exact = faiss.IndexFlatIP(dim)
    exact.add(vectors)
    _, truth = exact.search(queries, depth)

    def hnsw(kind):
        if kind is None:
            built = faiss.IndexHNSWFlat(dim, HNSW_LINKS, faiss.METRIC_INNER_PRODUCT)
        else:
            built = faiss.IndexHNSWSQ(dim, kind, HNSW_LINKS, faiss.METRIC_INNER_PRODUCT)
            built.train(vectors)
        built.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        built.add(vectors)
        built.hnsw.efSearch = HNSW_EF_SEARCH
        return built

    rows = []
    threads = faiss.omp_get_max_threads()
    for label, make in (("HNSW flat float32 (now)", lambda: hnsw(None)),
                        ("HNSW + fp16", lambda: hnsw(faiss.ScalarQuantizer.QT_fp16)),
                        ("HNSW + SQ8", lambda: hnsw(faiss.ScalarQuantizer.QT_8bit)),
                        ("flat float32, no graph", lambda: exact)):
        start = time.perf_counter()
        built = make()
        build_s = time.perf_counter() - start
        mb = faiss.serialize_index(built).nbytes / 2**20
        faiss.omp_set_num_threads(1)  # as the app searches one query
        times = []
        found = np.empty_like(truth)
        for i, q in enumerate(queries):
            t = time.perf_counter()
            found[i] = built.search(q[None, :], depth)[1][0]
            times.append(time.perf_counter() - t)
        faiss.omp_set_num_threads(threads)
        recall = np.mean([len(set(a) & set(b)) / depth for a, b in zip(found, truth,
                                                                        strict=True)])
        med, p95 = ms(times)
        rows.append([label, f"{mb:.0f}", f"{build_s:.0f}", f"{med:.2f} / {p95:.2f}",
                     f"{recall:.3f}", load_average()])
    say(table(["adapted index at " + str(size), "MB", "build s", "search med / p95 ms",
               f"recall of exact top {depth}", "load avg"], rows))


# ---- 3. memory -----------------------------------------------------------------------------

def run_memory(sizes: list[int]) -> list[list[object]]:
    model_dir = shop_model()
    rows = []
    for size in sizes:
        for extra in ([], ["--adapted", str(model_dir)]):
            out = subprocess.run([sys.executable, "-m", "benchmarks.memory_probe", str(size),
                                  *extra], cwd=REPO, capture_output=True, text=True, check=False)
            if out.returncode:
                say(f"  {size}: probe failed\n{out.stderr[-2000:]}")
                continue
            data = json.loads(out.stdout.strip().splitlines()[-1])
            rows.append([size, "+".join(data["channels"]), data["embedded"], data["peak_mb"],
                         *data["stages_mb"].values(), data["load"]])
            say(f"  {size} {data['channels']}: peak {data['peak_mb']} MB (load {data['load']})")
    from benchmarks.memory_probe import STAGES

    say(table(["snippets", "channels", "vectors (general / adapted)", "peak RSS MB", *STAGES,
               "load avg"], rows))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.adapted_perf",
                                     description=__doc__)
    parser.add_argument("what", choices=("train", "latency", "memory", "index-options",
                                             "profile-queries"))
    parser.add_argument("--size", type=int, default=TRAIN_SIZE, help="corpus to train on")
    parser.add_argument("--profile", action="store_true", help="also cProfile train() in-process")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    say(table(["key", "value"], [[k, v] for k, v in machine().items()]))
    if args.what == "train":
        from benchmarks.corpus import corpus_dir

        knowledge = corpus_dir(args.size)
        say(training_table([time_training(knowledge, f"{args.size} corpus")]))
        if args.profile:
            profile_training(knowledge)
    elif args.what == "latency":
        run_latency(args.sizes, args.queries)
    elif args.what == "memory":
        run_memory(args.sizes)
    elif args.what == "profile-queries":
        profile_queries(max(args.sizes), args.queries)
    else:
        index_options(max(args.sizes))
    say(f"load average at the end: {load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
