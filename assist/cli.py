"""The `assist` command: index, ask, check and eval from a terminal, no display needed."""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

from assist import paths
from assist.engine import Assistant, AssistConfig
from assist.knowledge import load_knowledge
from assist.retrieval.embedder import BACKENDS, ModelError
from assist.suggest.calibration import label

KIND_LABELS = {
    "resolution": "过往解决 past resolution",
    "knowledge": "知识 knowledge",
    "template": "话术 template",
}


class UsageError(Exception):
    """A mistake in how a command was called: one line on stderr, exit 2."""


def main(argv: list[str] | None = None) -> int:
    _utf8_stdout()
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except (ModelError, UsageError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assist", description=__doc__)
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--knowledge",
            type=Path,
            default=None,
            help="knowledge folder (default: the bundled sample)",
        )
        p.add_argument(
            "--model",
            type=Path,
            default=None,
            help="sentence-transformers model folder (default: bundled MiniLM)",
        )
        p.add_argument(
            "--adapted-model",
            type=Path,
            default=None,
            help="the shop's trained model folder (default: the one `assist adapt` made for "
            "this knowledge folder, if any)",
        )

    p = sub.add_parser("index", help="build or update the search index")
    common(p)
    p.set_defaults(run=cmd_index)

    p = sub.add_parser("ask", help="print ranked reply suggestions for a buyer message")
    common(p)
    p.add_argument("text", nargs="+", help="buyer message(s), oldest first")
    p.add_argument("--limit", type=int, default=5)
    p.add_argument("--keyword-only", action="store_true", help="skip loading the model")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_ask)

    p = sub.add_parser("check", help="list every problem in a knowledge folder")
    p.add_argument("folder", type=Path, nargs="?", default=None)
    p.set_defaults(run=cmd_check)

    p = sub.add_parser("eval", help="score suggestions against a golden set")
    common(p)
    p.add_argument("golden", type=Path)
    p.add_argument(
        "--channels",
        default="fused",
        help="channels to search: fused (all), or any of keyword, general, adapted alone or "
        "joined by + (e.g. keyword+adapted)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_eval)
    p = sub.add_parser("adapt", help="train the shop's own retrieval model on the knowledge "
                       "folder (used by the sidebar and the other commands once trained)")
    p.add_argument("--knowledge", type=Path, default=None,
                   help="knowledge folder (default: the bundled sample)")
    p.add_argument("--seed", type=int, default=None, help="random seed (same seed, same model)")
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--if-stale", action="store_true",
                   help="train only when there is no model yet or the folder changed enough")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_adapt)
    p = sub.add_parser("model", help="load the embedding model (exporting it to ONNX on first "
                       "use) and print what runs it")
    p.add_argument("--model", type=Path, default=None, help="model folder (default: bundled)")
    p.add_argument("--backend", choices=BACKENDS, default=None,
                   help="auto (ONNX where possible), onnx or torch; default ASSIST_MODEL_BACKEND")
    p.set_defaults(run=cmd_model)
    p = sub.add_parser("self-test", help="check this installation: model, index, every search "
                       "channel, keyring, Qt, hotkeys; exit 1 on any FAIL")
    p.add_argument("--model", type=Path, default=None, help="model folder (default: bundled)")
    p.add_argument("--knowledge", type=Path, default=None,
                   help="knowledge folder whose trained shop model is checked (default: sample)")
    p.set_defaults(run=cmd_selftest)
    for name, text in (("capture", "capture the selected text into the running sidebar"),
                       ("show", "bring the running sidebar forward"),
                       ("status", "print the running sidebar's state as JSON")):
        p = sub.add_parser(name, help=text)
        p.set_defaults(run=cmd_remote, remote=name)
    p = sub.add_parser("insert", help="insert suggestion N of the running sidebar into the chat")
    p.add_argument("rank", type=int, nargs="?", default=1)
    p.set_defaults(run=cmd_remote, remote="insert")
    return parser


def cmd_model(args: argparse.Namespace) -> int:
    """IT runs this once when preparing a machine or bundle: the first ONNX export is done."""
    from assist.retrieval.embedder import load_embedder

    start = time.perf_counter()
    embedder = load_embedder(args.model, args.backend)
    info = {
        "model_dir": str(embedder.model_dir),
        "fingerprint": embedder.fingerprint,
        "dimension": embedder.dimension,
        "backend": embedder.backend,
        "onnx_file": str(embedder.onnx_file) if embedder.onnx_file else None,
        "note": embedder.backend_note,
        "load_seconds": round(time.perf_counter() - start, 2),
    }
    print(json.dumps(info, ensure_ascii=False, indent=2))
    return 0


def cmd_selftest(args: argparse.Namespace) -> int:
    from assist import selftest

    return selftest.main(args.model, args.knowledge)


def cmd_remote(args: argparse.Namespace) -> int:
    """Commands for the running sidebar (Wayland users bind these to keys)."""
    from assist.ipc import NotRunning, request

    extra = {"rank": args.rank} if args.remote == "insert" else {}
    try:
        answer = request(args.remote, **extra)
    except (NotRunning, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    if args.remote == "status" or not answer.get("ok"):
        print(json.dumps(answer, ensure_ascii=False, indent=2))
    return 0 if answer.get("ok") else 1


def cmd_adapt(args: argparse.Namespace) -> int:
    from assist.adapt import store
    from assist.adapt.runner import Training

    folder = args.knowledge or paths.bundled_knowledge_dir()
    if not Path(folder).is_dir():
        print(f"error: knowledge folder {folder} does not exist", file=sys.stderr)
        return 2
    if args.if_stale:
        state = store.status(folder, load_knowledge(folder))
        if not state.stale:
            print(f"the trained model is current ({state.model_dir})", file=sys.stderr)
            return 0
    options = {k: v for k, v in (("seed", args.seed), ("epochs", args.epochs)) if v is not None}
    training = Training(folder, options=options)
    last = [""]

    def show(stage: str, done: int, total: int) -> None:
        line = f"{'measuring' if stage == 'measure' else 'training'} {done}/{total}"
        if sys.stderr.isatty():
            print(f"\r{line}", end="" if done < total else "\n", file=sys.stderr)
        elif done == total and last[0] != stage:
            last[0] = stage
            print(line, file=sys.stderr)

    try:
        outcome = training.run(show)
    except KeyboardInterrupt:
        training.cancel()
        print("\ncancelled; the previous model (if any) stays in use", file=sys.stderr)
        return 130
    if not outcome.ok:
        print(f"error: {outcome.message}", file=sys.stderr)
        return 1
    m = outcome.manifest
    if args.json:
        print(json.dumps(m, ensure_ascii=False, indent=2))
    else:
        figures = m.get("figures", {})
        print(f"trained on {m['pairs']} pairs in {m['train_seconds']:.1f} s (seed {m['seed']}, "
              f"{m['vocabulary']} units, {m['size_bytes'] / 1e6:.1f} MB)")
        if figures.get("held_out"):
            print(f"held-out questions: {figures['held_out']}, recall@1 {figures['recall@1']}, "
                  f"recall@5 {figures['recall@5']}")
        print(f"-> {store.home_for(folder) / store.MODEL_DIR}")
    return 0


def _assistant(args: argparse.Namespace, channels: str = "fused", model: bool = True) -> Assistant:
    folder = args.knowledge or paths.bundled_knowledge_dir()
    config = AssistConfig(knowledge_dir=folder, model_dir=args.model)
    try:
        assistant = Assistant(replace(config, channels=channels))
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    report = assistant.load_knowledge()
    if report.problems:
        print(
            f"{len(report.problems)} problem(s) in {folder}; run `assist check` to list them",
            file=sys.stderr,
        )
    if "adapted" in assistant.channels:
        adapted = getattr(args, "adapted_model", None)
        if adapted is None:
            from assist.adapt import store

            state = store.status(folder, report)
            adapted = state.model_dir
            if state.stale and state.model_dir is not None:
                print(f"the shop's model is stale ({state.reason}); run `assist adapt`",
                      file=sys.stderr)
        if adapted is None:
            message = "no trained shop model for this folder yet; run `assist adapt` first"
            if assistant.channels == ("adapted",):
                raise UsageError(message)
            print(f"{message} (searching without it)", file=sys.stderr)
        try:
            assistant.use_adapted(adapted)
        except ModelError as exc:  # damaged: removed, so the next `assist adapt` trains anew
            if getattr(args, "adapted_model", None) is None:
                from assist.adapt import store

                store.discard(folder)
            if assistant.channels == ("adapted",):
                raise
            print(f"{exc}; searching without it (run `assist adapt`)", file=sys.stderr)
            assistant.use_adapted(None)
        model = True
    if model and (assistant.channels != ("keyword",)):
        assistant.load_model()
        stats = assistant.build_index(_progress())
        if stats.message:
            print(stats.message, file=sys.stderr)
    return assistant


def _progress():
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\rembedding {done}/{total}", end="" if done < total else "\n", file=sys.stderr)

    return show


def cmd_index(args: argparse.Namespace) -> int:
    folder = args.knowledge or paths.bundled_knowledge_dir()
    assistant = Assistant(AssistConfig(knowledge_dir=folder, model_dir=args.model))
    start = time.perf_counter()
    report = assistant.load_knowledge()
    print(f"{len(report.snippets)} snippets from {len(report.files)} files in {folder}")
    assistant.load_model()
    stats = assistant.build_index(_progress_always())
    if stats.message:
        print(stats.message)
    print(
        f"index: {stats.total} snippets, {stats.embedded} embedded, {stats.reused} reused, "
        f"{stats.skipped} not readable by the model, in {time.perf_counter() - start:.1f}s "
        f"-> {assistant.index_dir}"
    )
    if report.problems:
        print(f"{len(report.problems)} problem(s); run `assist check {folder}` to list them")
    return 0


def _progress_always():
    last = [0.0]

    def show(done: int, total: int) -> None:
        now = time.monotonic()
        if done == total or now - last[0] > 0.5:
            last[0] = now
            print(f"embedding {done}/{total}", file=sys.stderr, flush=True)

    return show


def cmd_ask(args: argparse.Namespace) -> int:
    assistant = _assistant(args, channels="keyword" if args.keyword_only else "fused")
    result = assistant.suggest(args.text, limit=args.limit)
    if args.json:
        print(json.dumps(_result_json(result), ensure_ascii=False, indent=2))
        return 0
    print(f"(channels: {', '.join(result.channels_used) or 'none'})")
    for note in result.notes:
        print(f"({note})")
    for rank, s in enumerate(result.suggestions, start=1):
        print(f"{rank}. [{KIND_LABELS.get(str(s.kind), s.kind)}] confidence {s.confidence:.2f} "
              f"({label(s.confidence)})")
        print("   " + s.text.replace("\n", "\n   "))
        sources = ", ".join(f"{src.path}:{src.line} ({src.snippet_id})" for src in s.sources)
        print(f"   sources: {sources}")
        if s.unfilled:
            print(f"   to fill: {', '.join('{' + u + '}' for u in s.unfilled)}")
    return 0


def _result_json(result) -> dict:
    return {
        "query": result.query,
        "dense_used": result.dense_used,
        "dense_coverage": result.dense_coverage,
        "channels": list(result.channels_used),
        "channel_coverage": result.channel_coverage,
        "notes": result.notes,
        "suggestions": [
            {
                "text": s.text,
                "kind": str(s.kind),
                "score": s.score,
                "confidence": s.confidence,
                "label": label(s.confidence),
                "unfilled": list(s.unfilled),
                "sources": [
                    {"id": x.snippet_id, "file": x.path, "line": x.line, "product": x.product}
                    for x in s.sources
                ],
            }
            for s in result.suggestions
        ],
        "knowledge": [
            {
                "id": k.snippet.id,
                "title": k.snippet.title,
                "file": k.snippet.source,
                "line": k.snippet.line,
                "matched": list(k.matched_terms),
            }
            for k in result.knowledge
        ],
    }


def cmd_check(args: argparse.Namespace) -> int:
    folder = args.folder or paths.bundled_knowledge_dir()
    report = load_knowledge(folder)
    for problem in report.problems:
        print(problem)
    errors = len(report.errors)
    print(
        f"{len(report.snippets)} snippets from {len(report.files)} files; "
        f"{errors} error(s), {len(report.problems) - errors} warning(s)",
        file=sys.stderr,
    )
    return 1 if report.problems else 0


def cmd_eval(args: argparse.Namespace) -> int:
    from assist.evaluate import evaluate, read_golden

    items, problems = read_golden(args.golden)
    assistant = _assistant(args, channels=args.channels)
    known = set(assistant.report.by_id())
    report = evaluate(items, known, lambda q: assistant.suggest(q, limit=5), args.golden.name)
    report.problems[:0] = problems
    if args.json:
        print(
            json.dumps(
                {
                    "channels": "+".join(assistant.channels),
                    "metrics": report.metrics,
                    "problems": [str(p) for p in report.problems],
                    "items": report.items,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for p in report.problems:
            print(p, file=sys.stderr)
        print(f"channels: {'+'.join(assistant.channels)}")
        for key, value in report.metrics.items():
            print(f"{key:>22}: {value}")
    return 0


def _utf8_stdout() -> None:
    # Windows consoles default to a legacy code page; Chinese replies must not crash printing.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


if __name__ == "__main__":
    sys.exit(main())
