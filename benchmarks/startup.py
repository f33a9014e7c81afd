"""Sidebar start-up: launch to visible window, to first keyword answer, to semantic search ready,
and the GUI thread's longest stall meanwhile (a 10 ms timer records the gaps).

    python benchmarks/startup.py --runs 5          # warm cache (the usual launch)
    python benchmarks/startup.py --runs 1 --cold   # empty index cache: embeds the whole folder
    python benchmarks/startup.py --runs 1 --first-run   # also no ONNX export yet (a new install)
    python benchmarks/startup.py --runs 1 --corpus 100000   # a benchmark corpus, its cached index
    python benchmarks/startup.py --runs 1 --corpus 100000 --adapted   # + the shop's own model

Without --adapted the sidebar runs without the shop's model (ASSIST_ADAPT=0, as before that
channel existed; it would otherwise train one in a child process meanwhile). With it, the model
trained on the 10k corpus (benchmarks/adapted_perf.py) is installed as the corpus's model in
the run's ASSIST_HOME, the sidebar brings it in once start-up is over, and the 40 queries wait
until the "adapted" channel is ready ("adapted_ready").

Each run is a fresh subprocess; figures are medians over runs, and each run reports the app's
peak and final RSS (after 40 more queries once semantic search is ready). Uses the offscreen
platform unless DISPLAY is set.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUESTION = "羽绒服袖子上有个小洞怎么办"


def child() -> None:
    t0 = float(os.environ["ASSIST_BENCH_T0"])
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from assist.ui.app import Sidebar
    from assist.ui.settings.model import SettingsStore, StateStore

    marks: dict[str, float] = {}
    app = QApplication(sys.argv[:1])
    home = Path(os.environ["ASSIST_HOME"])
    knowledge = os.environ.get("ASSIST_BENCH_KNOWLEDGE")
    sidebar = Sidebar(app, knowledge_dir=Path(knowledge) if knowledge else None,
                      settings_store=SettingsStore(home / "settings.json", []),
                      state_store=StateStore(home / "window.json"))
    gaps: list[float] = []
    stamped: list[tuple[float, float]] = []  # (seconds since launch, gap) for each tick
    last = [time.perf_counter()]
    worst = [0.0, 0.0]  # (gap, when)

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        stamped.append((time.time() - t0, gaps[-1]))
        if gaps[-1] > worst[0]:
            worst[:] = [gaps[-1], round(time.time() - t0, 2)]
        last[0] = now

    timer = QTimer(interval=10, timeout=tick)
    timer.start()
    if os.environ.get("ASSIST_BENCH_STACKS"):  # a threshold in seconds, e.g. 0.2
        _sample_stalls(last, float(os.environ["ASSIST_BENCH_STACKS"]))
    sidebar.start()
    app.processEvents()
    marks["visible"] = time.time() - t0

    latencies: list[float] = []
    asked = [0.0]

    def answered(_result) -> None:
        marks.setdefault("first_answer", time.time() - t0)
        if asked[0]:
            latencies.append(time.perf_counter() - asked[0])
            asked[0] = 0.0

    def ask_again() -> None:
        """While the model loads and the index builds, an agent keeps asking: how long do
        answers take meanwhile?"""
        if asked[0] == 0.0 and sidebar.service.state.phase in ("keyword", "indexing"):
            asked[0] = time.perf_counter()
            sidebar.window.search_now()

    probe = QTimer(interval=1000, timeout=ask_again)
    probe.start()

    want_adapted = bool(os.environ.get("ASSIST_BENCH_ADAPTED"))

    def state(s) -> None:
        if s.phase != "starting":
            marks.setdefault(f"{s.phase}_at", round(time.time() - t0, 2))
        if s.phase in ("semantic", "model_failed", "failed") and "ready" not in marks:
            marks["ready"] = time.time() - t0
            marks["phase"] = s.phase
            if want_adapted and s.phase == "semantic":
                QTimer.singleShot(600_000, ask_forty_and_quit)  # gives up waiting
            else:
                QTimer.singleShot(50, ask_forty_and_quit)

    def shop_in_use(ready, _manifest) -> None:
        if "adapted" in ready and "adapted_ready" not in marks:
            marks["adapted_ready"] = time.time() - t0
            QTimer.singleShot(50, ask_forty_and_quit)

    def ask_forty_and_quit() -> None:
        """What an agent's first minutes add to memory. The worker is idle by now, so asking
        the Assistant from this thread races nothing."""
        from benchmarks.queries import chinese_queries, english_queries

        if "asked" in marks:
            return
        marks["asked"] = time.time() - t0
        marks["channels"] = "+".join(sidebar.assistant.ready_channels())
        for query in english_queries()[:20] + chinese_queries()[:20]:
            sidebar.assistant.suggest(query)
        app.quit()

    sidebar.service.results_ready.connect(answered)
    sidebar.service.state_changed.connect(state)
    if want_adapted:
        sidebar.service.shop.in_use.connect(shop_in_use)
    sidebar.window.set_buyer_message(QUESTION)
    app.exec()
    stalls = sorted(gaps)
    # a tick that ends inside the build measures a stall during it (the 100 ms bound)
    start, end = marks.get("indexing_at", 0.0), marks.get("semantic_at", 0.0) + 0.05
    during_build = [gap for at, gap in stamped if start <= at <= end]
    print(json.dumps({
        "max_stall_indexing_ms": round(max(during_build, default=0.0) * 1000, 1),
        **marks,
        "max_stall_ms": round(max(gaps) * 1000, 1),
        "stalls_over_50ms": [[round(at, 2), round(gap * 1000)] for at, gap in stamped
                             if gap > 0.05],
        "p99_stall_ms": round(stalls[int(len(stalls) * 0.99) - 1] * 1000, 1),
        "worst_stall_at": worst[1],
        "max_search_s": round(max(latencies, default=0.0), 2),
        "searches": len(latencies),
        "snippets": sidebar.service.state.snippets,
        "backend": sidebar.assistant.embedder.backend if sidebar.assistant.embedder else "",
        **_memory(),
    }))
    sidebar.shutdown()


def _memory() -> dict[str, int]:
    """VmHWM (peak) and VmRSS (now), MB, from /proc; empty where there is no /proc."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            fields = dict(line.split(":", 1) for line in status if line.startswith("Vm"))
    except OSError:
        return {}
    return {"peak_rss_mb": int(fields["VmHWM"].split()[0]) // 1024,
            "rss_mb": int(fields["VmRSS"].split()[0]) // 1024}


def _sample_stalls(last: list[float], threshold: float) -> None:
    """Prints where every thread is whenever the GUI timer has not ticked for `threshold` s."""
    import threading
    import traceback

    main_id = threading.main_thread().ident

    def sample() -> None:
        while True:
            time.sleep(threshold / 2)
            if time.perf_counter() - last[0] > threshold:
                stacks = []
                for ident, frame in sys._current_frames().items():
                    if ident != threading.get_ident():
                        label = "GUI" if ident == main_id else f"thread {ident}"
                        stacks.append(f"  [{label}]\n"
                                      + "".join(traceback.format_stack(frame, limit=9)))
                print(f"stall {time.perf_counter() - last[0]:.2f}s:\n" + "".join(stacks),
                      file=sys.stderr)

    threading.Thread(target=sample, daemon=True).start()


def run_once(home: Path, knowledge: Path | None = None, model_cache: Path | None = None,
             adapted: Path | None = None) -> dict:
    env = {**os.environ, "ASSIST_HOME": str(home)}
    if adapted and knowledge:
        from benchmarks.adapted_perf import install_for

        install_for(knowledge, adapted, home / "data")  # where paths.data_dir() points
        env["ASSIST_BENCH_ADAPTED"] = "1"
    else:
        env.setdefault("ASSIST_ADAPT", "0")
    env["ASSIST_BENCH_T0"] = repr(time.time())  # launch: after the install above
    if knowledge:
        env["ASSIST_BENCH_KNOWLEDGE"] = str(knowledge)
    if model_cache:
        env["ASSIST_MODEL_CACHE"] = str(model_cache)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    out = subprocess.run([sys.executable, __file__, "--child"], env=env, capture_output=True,
                         text=True, check=True, timeout=600).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description="sidebar start-up timings")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="empty index cache for every run")
    parser.add_argument("--first-run", action="store_true",
                        help="empty index cache and no ONNX export yet (a new install)")
    parser.add_argument("--corpus", type=int, help="a benchmark corpus of this many snippets, "
                        "with its cached index (see benchmarks/indexes.py)")
    parser.add_argument("--adapted", action="store_true", help="with --corpus: the shop's "
                        "model trained on the 10k corpus installed for it (adapted_perf.py)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.adapted and not args.corpus:
        parser.error("--adapted needs --corpus")
    if args.child:
        child()
        return 0
    knowledge = None
    cold = args.cold or args.first_run
    shared = Path(tempfile.mkdtemp(prefix="assist-bench-"))
    models = Path(tempfile.mkdtemp(prefix="assist-bench-models-"))  # one ONNX export for all
    if args.corpus:
        sys.path.insert(0, str(ROOT))
        from benchmarks.corpus import corpus_dir
        from benchmarks.indexes import index_cache

        knowledge = corpus_dir(args.corpus)
        (shared / "cache").symlink_to(index_cache(), target_is_directory=True)
    adapted = None
    if args.adapted:
        from benchmarks.adapted_perf import shop_model

        adapted = shop_model()
    if not args.first_run:  # the ONNX export is a first-install cost, not a start-up one
        subprocess.run([sys.executable, "-m", "assist.cli", "model"], cwd=ROOT, check=True,
                       capture_output=True, env={**os.environ, "ASSIST_MODEL_CACHE": str(models)})
    if not cold:
        print("warming the index cache (not timed)…", flush=True)
        run_once(shared, knowledge, models, adapted)
    results = []
    for i in range(args.runs):
        home = Path(tempfile.mkdtemp(prefix="assist-bench-")) if cold else shared
        fresh_models = Path(tempfile.mkdtemp(prefix="assist-bench-models-"))
        result = run_once(home, knowledge, fresh_models if args.first_run else models, adapted)
        results.append(result)
        print(f"run {i + 1}: " + ", ".join(f"{k}={v}" for k, v in result.items()), flush=True)
    kind = "first" if args.first_run else "cold" if args.cold else "warm"
    print(f"\n{kind} start, median of {len(results)} runs "
          f"({results[0]['snippets']} snippets):")
    for key, label in (("visible", "launch → window visible"),
                       ("first_answer", "launch → first suggestions (keyword)"),
                       ("ready", "launch → semantic search ready"),
                       ("adapted_ready", "launch → shop's model answers")):
        if all(key in r for r in results):
            print(f"  {label:40s} {statistics.median(r[key] for r in results):7.2f} s")
    print(f"  {'channels for the 40 queries':40s} {results[0].get('channels', '')}")
    print(f"  {'slowest answer while loading/indexing':40s} "
          f"{statistics.median(r['max_search_s'] for r in results):7.2f} s")
    for key, label in (("peak_rss_mb", "peak RSS"), ("rss_mb", "RSS after 40 more queries")):
        print(f"  {label:40s} {statistics.median(r[key] for r in results):7.0f} MB")
    for key, label in (("max_stall_ms", "longest GUI stall during start-up"),
                       ("max_stall_indexing_ms", "longest GUI stall while the index builds"),
                       ("p99_stall_ms", "99th percentile timer gap")):
        print(f"  {label:40s} {statistics.median(r[key] for r in results):7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
