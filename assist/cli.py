"""The `assist` command: index, ask, check and eval from a terminal, no display needed."""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from assist import paths
from assist.cli_errors import (
    EXIT_CODES,
    EXIT_FOUND,
    EXIT_NOT_RUNNING,
    EXIT_USAGE,
    UsageError,
    count,
    folder_argument,
    guarded,
    say,
    seed,
    stdin_text,
    text_argument,
)

if TYPE_CHECKING:  # the engine pulls in numpy, FAISS and jieba: only commands that search do
    from assist.engine import Assistant
    from assist.knowledge.model import LoadReport

__all__ = ["UsageError", "main"]
from assist.knowledge.model import KIND_NAMES

KIND_LABELS = {str(kind): f"{name.chinese} {name.english.lower()}"
               for kind, name in KIND_NAMES.items()}


def main(argv: list[str] | None = None) -> int:
    _utf8_stdout()
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error already reported in one line
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    return guarded(lambda: args.run(args))


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line like every other error; the usage is one --help away.
        self.exit(EXIT_USAGE, f"error: {message} (see `{self.prog} --help`)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="assist", description=__doc__, epilog=EXIT_CODES,
                     formatter_class=argparse.RawDescriptionHelpFormatter)
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
    p.add_argument("--out", type=Path, nargs="?", const=_BESIDE, default=None, metavar="DIR",
                   help="also write a prebuilt index (and the shop's trained model, if "
                   "current) for other PCs to use instead of embedding; DIR defaults to "
                   "KNOWLEDGE/.assist-index, the only place the app looks for one")
    p.set_defaults(run=cmd_index)

    p = sub.add_parser("ask", help="print ranked reply suggestions for a buyer message")
    common(p)
    p.add_argument("text", nargs="+",
                   help="buyer message(s), oldest first; - reads them from stdin, one a line")
    p.add_argument("--limit", type=count, default=5)
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
    p.add_argument("--seed", type=seed, default=None, help="random seed (same seed, same model)")
    p.add_argument("--epochs", type=count, default=None)
    p.add_argument("--if-stale", action="store_true",
                   help="train only when there is no model yet or the folder changed enough")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_adapt)
    p = sub.add_parser("model", help="load the embedding model (exporting it to ONNX on first "
                       "use) and print what runs it")
    p.add_argument("--model", type=Path, default=None, help="model folder (default: bundled)")
    p.add_argument("--backend", default=None,
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
    _trainer_parsers(sub, common)
    return parser


def _trainer_parsers(sub, common) -> None:
    """Commands for trainers: why an answer, the desk's reports, imports and reviews."""
    p = sub.add_parser("explain", help="why these suggestions: each channel's rank and score, "
                       "matched words, and why a candidate was lowered or not shown")
    common(p)
    p.add_argument("text", nargs="+", help="buyer message(s), oldest first")
    p.add_argument("--limit", type=int, default=5)
    p.add_argument("--depth", type=int, default=10, help="candidates to explain")
    p.add_argument("--keyword-only", action="store_true", help="skip loading the model")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_explain)
    p = sub.add_parser("report", help="what the desk's feedback says: unanswered questions, "
                       "heavily edited replies, card use, acceptance per day")
    p.add_argument("--since", type=_date, default=None, help="YYYY-MM-DD")
    p.add_argument("--logs", type=Path, nargs="+", default=None,
                   help="exported logs (files or folders of them) to merge; default: this "
                   "PC's own log")
    p.add_argument("--out", type=Path, default=None, help="FILE.xlsx (with charts) or FILE.csv")
    p.set_defaults(run=cmd_report)
    p = sub.add_parser("import", help="turn an exported chat log (CSV/Excel) into answers "
                       "waiting for review in the knowledge folder's pending/")
    p.add_argument("chats", type=Path)
    p.add_argument("--knowledge", type=Path, default=None)
    p.set_defaults(run=cmd_import)
    p = sub.add_parser("pending", help="list, approve or reject answers waiting for review")
    p.add_argument("action", choices=("list", "approve", "reject"))
    p.add_argument("ids", nargs="*", help="pending row ids (see `assist pending list`)")
    p.add_argument("--knowledge", type=Path, default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_pending)


def _date(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def cmd_model(args: argparse.Namespace) -> int:
    """IT runs this once when preparing a machine or bundle: the first ONNX export is done."""
    from assist.retrieval.embedder import load_embedder

    start = time.perf_counter()
    embedder = load_embedder(_model_dir(args), args.backend)
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
    from assist.ipc import request

    extra = {"rank": args.rank} if args.remote == "insert" else {}
    try:
        answer = request(args.remote, **extra)
    except OSError as exc:  # not running, unsafe folder, no answer in time (assist.ipc says)
        say(f"error: {exc}")
        return EXIT_NOT_RUNNING
    if args.remote == "status" or not answer.get("ok"):
        print(json.dumps(answer, ensure_ascii=False, indent=2))
    return 0 if answer.get("ok") else EXIT_FOUND


def cmd_adapt(args: argparse.Namespace) -> int:
    from assist.adapt import store
    from assist.adapt.runner import Training
    from assist.knowledge import load_knowledge

    folder = _knowledge_dir(args)
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
        newline = "\n" if sys.stderr.isatty() else ""  # ends the progress line
        say(f"{newline}cancelled; the previous model (if any) stays in use")
        return 130
    if not outcome.ok:
        say(f"error: {outcome.message}")
        return EXIT_FOUND
    m = outcome.manifest
    if args.json:
        print(json.dumps(m, ensure_ascii=False, indent=2))
    else:
        figures = m.get("figures", {})
        members = int(figures.get("members", 1))
        print(f"trained on {m['pairs']} pairs in {m['train_seconds']:.1f} s (seed {m['seed']}, "
              f"{members} model{'s' if members > 1 else ''} joined, "
              f"{m['vocabulary']} units, {m['size_bytes'] / 1e6:.1f} MB)")
        if figures.get("held_out"):
            print(f"held-out questions: {figures['held_out']}, recall@1 {figures['recall@1']}, "
                  f"recall@5 {figures['recall@5']}"
                  + (f", read as shop questions {figures['shop_check_accepted']}"
                     if "shop_check_accepted" in figures else ""))
        print(f"-> {store.home_for(folder) / store.MODEL_DIR}")
    return 0


def _knowledge_dir(args: argparse.Namespace) -> Path:
    if args.knowledge is None:
        return paths.bundled_knowledge_dir()
    return folder_argument(args.knowledge, "knowledge folder")


def _model_dir(args: argparse.Namespace) -> Path | None:
    return None if args.model is None else folder_argument(args.model, "model folder")


def _assistant(args: argparse.Namespace, channels: str = "fused") -> Assistant:
    from assist.engine import Assistant, AssistConfig
    from assist.evaluate import channel_study

    folder = _knowledge_dir(args)
    config = AssistConfig(knowledge_dir=folder, model_dir=_model_dir(args))
    if getattr(args, "adapted_model", None) is not None:
        folder_argument(args.adapted_model, "shop model folder")
    try:
        assistant = Assistant(channel_study(replace(config, channels=channels)))
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    report = assistant.load_knowledge()
    dense = assistant.channels != ("keyword",)
    if dense:  # the general model first, so a model that cannot load fails before any notice
        assistant.load_model()
    if report.problems:
        say(f"{len(report.problems)} problem(s) in {folder}; run `assist check` to list them")
    if "adapted" in assistant.channels:
        _use_shop_model(args, assistant, folder, report)
    if dense:
        stats = assistant.build_index(_progress())
        if stats.message:
            say(stats.message)
    return assistant


def _use_shop_model(args: argparse.Namespace, assistant: Assistant, folder: Path,
                    report: LoadReport) -> None:
    from assist.adapt import store
    from assist.retrieval.embedder import ModelError

    adapted = args.adapted_model
    if adapted is None:
        state = store.status(folder, report)
        adapted = state.model_dir
        if state.stale and state.model_dir is not None:
            say(f"the shop's model is stale ({state.reason}); run `assist adapt`")
    if adapted is None:
        message = "no trained shop model for this folder yet; run `assist adapt` first"
        if assistant.channels == ("adapted",):
            raise UsageError(message)
        say(f"{message} (searching without it)")
    try:
        assistant.use_adapted(adapted)
    except ModelError as exc:  # damaged: removed, so the next `assist adapt` trains anew
        if args.adapted_model is None:
            store.discard(folder)
        if assistant.channels == ("adapted",):
            raise
        say(f"{exc}; searching without it (run `assist adapt`)")
        assistant.use_adapted(None)


def _progress():
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\rembedding {done}/{total}", end="" if done < total else "\n", file=sys.stderr)

    return show


_BESIDE = Path("\0beside")  # --out given without a folder: the documented place


def cmd_index(args: argparse.Namespace) -> int:
    from assist.engine import Assistant, AssistConfig

    folder = _knowledge_dir(args)
    assistant = Assistant(AssistConfig(knowledge_dir=folder, model_dir=_model_dir(args)))
    start = time.perf_counter()
    report = assistant.load_knowledge()
    print(f"{len(report.snippets)} snippets from {len(report.files)} files in {folder}")
    assistant.load_model()
    shop_model = _shipped_shop_model(args, assistant, folder) if args.out else None
    stats = assistant.build_index(_progress_always())
    if stats.message:
        print(stats.message)
    print(
        f"index: {stats.total} snippets, {stats.embedded} embedded, {stats.reused} reused, "
        f"{stats.skipped} not readable by the model, in {time.perf_counter() - start:.1f}s "
        f"-> {assistant.index_dir}"
    )
    if args.out:
        from assist.retrieval import prebuilt

        out = prebuilt.location(folder) if args.out == _BESIDE else args.out
        try:
            written = assistant.export_prebuilt(out, shop_model)
        except OSError as exc:
            raise UsageError(f"could not write the prebuilt index to {out}: {exc}") from exc
        shipped = " and the shop's model" if shop_model else ""
        print(f"prebuilt index{shipped} -> {written}")
    if report.problems:
        print(f"{len(report.problems)} problem(s); run `assist check {folder}` to list them")
    return 0


def _shipped_shop_model(args: argparse.Namespace, assistant: Assistant,
                        folder: Path) -> Path | None:
    """The shop's trained model to ship with the index, when it is current for the folder;
    its vectors are built too, so no PC embeds with it either."""
    from assist.adapt import store

    state = store.status(folder, assistant.report)
    if state.model_dir is None or state.stale:
        print(f"not shipping a shop model: {state.reason or 'it is stale'}; run `assist adapt` "
              "first to ship one")
        return None
    assistant.use_adapted(state.model_dir)
    return store.home_for(folder)


def _progress_always():
    last = [0.0]

    def show(done: int, total: int) -> None:
        now = time.monotonic()
        if done == total or now - last[0] > 0.5:
            last[0] = now
            print(f"embedding {done}/{total}", file=sys.stderr, flush=True)

    return show


def cmd_ask(args: argparse.Namespace) -> int:
    from assist.suggest.calibration import label

    messages = _buyer_messages(args.text)
    assistant = _assistant(args, channels="keyword" if args.keyword_only else "fused")
    result = assistant.suggest(messages, limit=args.limit)
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


def _buyer_messages(values: list[str]) -> list[str]:
    if values == ["-"]:
        values = stdin_text().splitlines()
    messages = [text_argument(v, "the buyer message").strip() for v in values]
    messages = [m for m in messages if m]
    if not messages:
        raise UsageError("the buyer message is empty")
    return messages


def _result_json(result) -> dict:
    from assist.suggest.calibration import label

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
    from assist.knowledge import load_knowledge

    folder = args.folder or paths.bundled_knowledge_dir()
    report = load_knowledge(folder_argument(folder, "knowledge folder"))
    from assist.trainer.compliance import lint

    report.problems.extend(lint(report.snippets, folder))
    for problem in report.problems:
        print(problem)
    errors = len(report.errors)
    print(
        f"{len(report.snippets)} snippets from {len(report.files)} files; "
        f"{errors} error(s), {len(report.problems) - errors} warning(s)",
        file=sys.stderr,
    )
    return EXIT_FOUND if report.problems else 0


def cmd_explain(args: argparse.Namespace) -> int:
    assistant = _assistant(args, channels="keyword" if args.keyword_only else "fused")
    explanation = assistant.explain(args.text, limit=args.limit, depth=args.depth)
    if args.json:
        print(json.dumps(asdict(explanation), ensure_ascii=False, indent=2))
        return 0
    gate = "" if explanation.gate is None else f", gate {explanation.gate:.2f}"
    if explanation.shop_likeness is not None:
        gate += f", shop check {explanation.shop_likeness:.2f}"
    print(f"answered: {explanation.answered} (cut-off {explanation.cut_off}{gate}; channels: "
          f"{', '.join(explanation.channels) or 'none'})")
    for note in explanation.notes:
        print(f"({note})")
    for c in explanation.candidates:
        ranks = ", ".join(f"{r.channel} #{r.rank} {r.score:.3f}" if r.rank else
                          f"{r.channel} -" for r in c.channels)
        print(f"{c.rank}. {c.snippet_id} {c.file}:{c.line} confidence {c.confidence:.2f} "
              f"fused {c.fused:.4f} [{ranks}]")
        print(f"   {c.status}: {c.reason}")
        if c.matched:
            print(f"   matched: {' '.join(c.matched)}")
        if c.compliance:
            print(f"   compliance: {' '.join(c.compliance)}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from assist.trainer import feedback, report

    start = time.perf_counter()
    if args.logs:
        try:
            events = report.load_events(args.logs, args.since)
        except feedback.FeedbackLogError as exc:
            raise UsageError(str(exc)) from exc
    else:
        path = feedback.default_path()
        if not path.is_file():
            raise UsageError(f"no feedback log at {path} yet (or logging is off)")
        with feedback.FeedbackLog.open(path) as log:
            events = log.events(args.since)
    built = report.build(events)
    written: list[Path] = []
    if args.out is not None:
        suffix = args.out.suffix.lower()
        if suffix == ".xlsx":
            written = [report.write_xlsx(built, args.out)]
        elif suffix == ".csv":
            written = report.write_csv(built, args.out)
        else:
            raise UsageError("--out must end in .xlsx or .csv")
    print(f"{built.messages} messages from {len(built.agents)} agent(s) in "
          f"{time.perf_counter() - start:.2f}s")
    for group in built.gaps[:10]:
        print(f"gap x{group.size}: {' | '.join(group.examples[:3])}")
    if built.declined:
        print("no folder answers (not gaps): " + ", ".join(
            f"{n} {report.DECLINED_NAMES.get(why, why)}"
            for why, n in sorted(built.declined.items())))
    for edited in built.edited[:5]:
        print(f"edited {edited.edit_ratio:.0%} ({edited.snippet_id}): {edited.sent[:60]}")
    for day in (d for d in built.daily if not d.agent):
        print(f"{day.day}: {day.used}/{day.answered} cards used ({day.rate:.0%})")
    for path in written:
        print(f"-> {path}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from assist.trainer.importer import ChatFormatError, import_chats

    folder = args.knowledge or paths.bundled_knowledge_dir()
    try:
        result = import_chats(args.chats, folder)
    except (ChatFormatError, OSError) as exc:
        raise UsageError(str(exc)) from exc
    print(f"{len(result.added)} new answer(s) for review"
          + (f" in {Path(folder) / result.file}" if result.file else "")
          + f"; left out {result.greetings} greeting(s) and {result.duplicates} duplicate(s)")
    return 0


def cmd_pending(args: argparse.Namespace) -> int:
    from assist.trainer import pending

    folder = args.knowledge or paths.bundled_knowledge_dir()
    if args.action == "list":
        rows = pending.list_pending(folder)
        if args.json:
            print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2))
        for r in [] if args.json else rows:
            print(f"{r.id}  {r.file}:{r.line}  [{r.tags}]\n  Q: {r.question}\n  A: "
                  + r.reply.replace("\n", "\n     "))
        return 0
    if not args.ids:
        raise UsageError(f"name the ids to {args.action} (see `assist pending list`)")
    try:
        done = getattr(pending, args.action)(folder, args.ids)
    except KeyError as exc:
        raise UsageError(exc.args[0]) from exc
    verb = "approved into" if args.action == "approve" else "rejected from"
    for r in done:
        print(f"{r.id} {verb} {r.file}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from assist.evaluate import GoldenFileError, evaluate, read_golden

    try:
        items, problems = read_golden(args.golden)
    except GoldenFileError as exc:
        raise UsageError(str(exc)) from None
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
    return EXIT_FOUND if report.problems else 0


def _utf8_stdout() -> None:
    # Windows consoles default to a legacy code page; Chinese replies must not crash printing.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


if __name__ == "__main__":
    sys.exit(main())
