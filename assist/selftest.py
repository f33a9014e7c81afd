"""`assist self-test`: does this installation work? One line per check, exit 1 on any FAIL.

Made for the frozen bundle as much as for a checkout: it touches what a frozen build loses
when a file or a piece of package metadata is not collected (the model and its ONNX file,
jieba's dictionary, FAISS, the keyring backends, the Qt platform plugin, the hotkey backend).
It writes only to a temporary folder (and, like the app, to the per-user model cache when
the model has no ONNX export yet).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

OK, WARN, FAIL = "OK", "WARN", "FAIL"
QT_PROBE_TIMEOUT_S = 60
# A tiny folder of its own, so the index check costs a second and never the shop's index.
PROBE_ROWS = (
    ("seam", "羽绒服袖子开线了怎么办", "亲，开线属于质量问题，拍照发给我们，马上为您换新。"),
    ("lamp", "台灯插上电不亮", "请先换一个插座试试，仍不亮我们给您补发配件。"),
    ("invoice", "可以开发票吗", "可以的，下单时备注发票抬头和税号即可。"),
    ("size", "Does the down jacket run small?", "It runs true to size; order your usual size."),
    ("ship", "When will my order ship?", "Orders ship within 48 hours of payment."),
    ("refund", "How do I return an item for a refund?", "Open a return in your order page."),
)
KEYWORD_QUERY = ("羽绒服的袖子开线了", "seam")
GENERAL_QUERY = ("Is the down coat smaller than normal sizes?", "size")
EMBED_PROBES = ("羽绒服袖子开线了怎么办", "Does the down jacket run small?")


@dataclass(frozen=True)
class Check:
    status: str  # OK, WARN or FAIL
    name: str
    detail: str
    ms: float

    def line(self) -> str:
        return f"{self.status:<4} {self.name:<9} {self.detail} ({self.ms:.0f} ms)"


class Warn(Exception):
    """A check found something worth saying that does not stop the app working."""


class Failed(Exception):
    """A check found the app cannot do this."""


@dataclass
class _State:
    """What earlier checks leave for later ones."""

    model_dir: Path | None
    knowledge_dir: Path
    workdir: Path
    embedder: object | None = None


def run_selftest(model_dir: Path | None = None, knowledge_dir: Path | None = None,
                 report: Callable[[Check], None] | None = None) -> list[Check]:
    """Run every check in order; report(check) is called as each one ends."""
    from assist import paths

    checks: list[Check] = []
    with tempfile.TemporaryDirectory(prefix="assist-selftest-") as tmp:
        state = _State(model_dir, Path(knowledge_dir or paths.bundled_knowledge_dir()),
                       Path(tmp))
        for name, check in _CHECKS:
            start = time.perf_counter()
            try:
                status, detail = OK, check(state)
            except Warn as exc:
                status, detail = WARN, str(exc)
            except Failed as exc:
                status, detail = FAIL, str(exc)
            except Exception as exc:  # a check that crashes is a failed check, with the reason
                status, detail = FAIL, f"{type(exc).__name__}: {exc}"
            result = Check(status, name, detail, (time.perf_counter() - start) * 1000)
            checks.append(result)
            if report is not None:
                report(result)
    return checks


def main(model_dir: Path | None = None, knowledge_dir: Path | None = None) -> int:
    """The command: print the lines, a summary on stderr, exit 1 on any FAIL."""
    start = time.perf_counter()
    checks = run_selftest(model_dir, knowledge_dir, lambda c: print(c.line(), flush=True))
    counts = {s: sum(c.status == s for c in checks) for s in (OK, WARN, FAIL)}
    print(f"self-test: {counts[OK]} OK, {counts[WARN]} WARN, {counts[FAIL]} FAIL in "
          f"{time.perf_counter() - start:.1f} s", file=sys.stderr)
    return 1 if counts[FAIL] else 0


# ---- the checks, in order ----------------------------------------------------------------


def check_build(state: _State) -> str:
    from assist import child
    from assist.adapt.runner import training_available

    where = "frozen bundle" if child.frozen() else "source checkout"
    version = _version()
    torch = "torch present (can train the shop's model)" if training_available() else \
        "no torch (agent build: uses a shop model trained elsewhere)"
    return f"agent-assist {version}, {where}, Python {sys.version.split()[0]}, {torch}"


def check_model(state: _State) -> str:
    from assist.retrieval.embedder import ModelError, load_embedder

    try:
        embedder = load_embedder(state.model_dir)
    except ModelError as exc:
        raise Failed(str(exc)) from exc
    state.embedder = embedder
    onnx = f", {embedder.onnx_file}" if embedder.onnx_file else ""
    note = f" ({embedder.backend_note})" if embedder.backend_note else ""
    return (f"{embedder.name} on {embedder.backend}, {embedder.dimension} dims, "
            f"{embedder.model_dir}{onnx}{note}")


def check_embed(state: _State) -> str:
    import numpy as np

    embedder = _embedder(state)
    vectors = embedder.encode(list(EMBED_PROBES))
    norms = np.linalg.norm(vectors, axis=1)
    if vectors.shape != (2, embedder.dimension) or not np.all(np.isfinite(vectors)):
        raise Failed(f"bad vectors: shape {vectors.shape}")
    if not np.allclose(norms, 1.0, atol=1e-3):
        raise Failed(f"vectors not normalised: norms {norms.round(4).tolist()}")
    zh, en = (embedder.coverage(t) for t in EMBED_PROBES)
    return (f"zh and en questions embedded, cosine {float(vectors[0] @ vectors[1]):.2f}; "
            f"the model reads {zh:.0%} of the Chinese, {en:.0%} of the English")


def check_index(state: _State) -> str:
    assistant = _probe_assistant(state, "general")
    start = time.perf_counter()
    stats = assistant.build_index()
    if stats.total != len(PROBE_ROWS):
        raise Failed(f"indexed {stats.total} of {len(PROBE_ROWS)} snippets")
    return (f"{stats.total} snippets, {stats.embedded} embedded in "
            f"{(time.perf_counter() - start) * 1000:.0f} ms, FAISS index in a temporary folder")


def check_keyword(state: _State) -> str:
    assistant = _probe_assistant(state, "keyword", model=False)
    return _expect(assistant, *KEYWORD_QUERY)


def check_general(state: _State) -> str:
    assistant = _probe_assistant(state, "general")
    assistant.build_index()  # the vectors check_index saved: reused, not embedded again
    return _expect(assistant, *GENERAL_QUERY)


def check_adapted(state: _State) -> str:
    from assist.adapt import store
    from assist.adapt.runner import training_available
    from assist.engine import Assistant, AssistConfig
    from assist.retrieval.embedder import ModelError

    folder = state.knowledge_dir
    if not folder.is_dir():
        raise Failed(f"knowledge folder {folder} does not exist")
    found = store.status(folder, _load(folder))
    if found.model_dir is None:
        how = ("run `assist adapt`" if training_available()
               else "this build cannot train; install a model trained elsewhere")
        raise Warn(f"not trained for {folder} ({how}); keyword and general search answer")
    config = AssistConfig(knowledge_dir=folder, cache_dir=state.workdir / "adapted",
                          channels="adapted", min_confidence=0.0,
                          adapted_model_dir=found.model_dir)
    assistant = Assistant(config)
    report = assistant.load_knowledge()
    try:
        assistant.load_model()
    except ModelError as exc:
        raise Failed(f"the shop's model cannot be loaded: {exc}") from exc
    assistant.build_index()
    probe = _distinct_question(report.snippets)
    if probe is None:
        raise Warn(f"model loaded ({found.model_dir}); no question in the folder to ask it")
    stale = f", stale: {found.reason}" if found.stale else ""
    return f"{_expect(assistant, probe.question, probe.id, top=5)}; model {found.model_dir}{stale}"


def check_keyring(state: _State) -> str:
    """keyring finds its backends through package metadata, which a frozen build loses unless
    it is collected: then every machine would silently get the fail backend."""
    from importlib.metadata import entry_points

    import keyring

    known = sorted(e.name for e in entry_points(group="keyring.backends"))
    if not known:
        raise Failed("keyring knows no backends (its package metadata is missing)")
    backend = keyring.get_keyring()
    kind = type(backend)
    name = f"{kind.__module__}.{kind.__name__}"
    priority = getattr(backend, "priority", 0)
    if "fail" in kind.__module__ or "null" in kind.__module__ or priority <= 0:
        raise Warn(f"{name}: no usable keyring (of {', '.join(known)}), secrets are kept for "
                   "the session only")
    return f"{name} (priority {priority})"


def check_qt(state: _State) -> str:
    """In a child process: Qt aborts the whole process when no platform plugin can start."""
    from assist import child
    from assist.platform import session_kind

    env = dict(os.environ)
    headless = session_kind() == "none" and not env.get("QT_QPA_PLATFORM")
    if headless:  # no display at all: check that Qt itself loads, offscreen
        env["QT_QPA_PLATFORM"] = "offscreen"
    try:
        done = subprocess.run(child.command("assist.ui.shell.probe"),
                              capture_output=True, text=True, encoding="utf-8", env=env,
                              timeout=QT_PROBE_TIMEOUT_S, check=False,
                              creationflags=child.creation_flags())
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise Failed(f"could not run the Qt probe: {exc}") from exc
    answer = _last_json(done.stdout)
    if done.returncode != 0 or answer is None:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise Failed(f"Qt cannot start (exit {done.returncode}): {tail[0]}")
    detail = (f"platform plugin {answer['platform']!r}, Qt {answer['qt']}, "
              f"{answer['translations']} Qt translations")
    if headless:
        raise Warn(f"no display; {detail}")
    return detail


def check_hotkeys(state: _State) -> str:
    from assist.platform import create_backend, session_kind

    backend = create_backend()
    try:
        name = type(backend).__name__
        if not backend.available:
            raise Warn(f"{name} ({session_kind()}): {backend.problem}")
        return f"{name} ({session_kind()})"
    finally:
        backend.close()


_CHECKS: tuple[tuple[str, Callable[[_State], str]], ...] = (
    ("build", check_build),
    ("model", check_model),
    ("embed", check_embed),
    ("index", check_index),
    ("keyword", check_keyword),
    ("general", check_general),
    ("adapted", check_adapted),
    ("keyring", check_keyring),
    ("qt", check_qt),
    ("hotkeys", check_hotkeys),
)


# ---- helpers -----------------------------------------------------------------------------


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("agent-assist")
    except PackageNotFoundError:
        return "(version unknown)"


def _embedder(state: _State):
    if state.embedder is None:
        raise Failed("not run: the model did not load")
    return state.embedder


def _load(folder: Path):
    from assist.knowledge import load_knowledge

    return load_knowledge(folder)


def _probe_folder(state: _State) -> Path:
    folder = state.workdir / "knowledge"
    if not folder.is_dir():
        folder.mkdir()
        lines = ["id,question,reply", *(",".join(row) for row in PROBE_ROWS)]
        (folder / "probe.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _probe_assistant(state: _State, channels: str, model: bool = True):
    from assist.engine import Assistant, AssistConfig

    # min_confidence 0: the check asks "is the snippet found", not "is it shown"
    config = AssistConfig(knowledge_dir=_probe_folder(state), cache_dir=state.workdir / "cache",
                          channels=channels, min_confidence=0.0)
    assistant = Assistant(config, embedder=_embedder(state) if model else None)
    report = assistant.load_knowledge()
    if len(report.snippets) != len(PROBE_ROWS):
        raise Failed(f"read {len(report.snippets)} of {len(PROBE_ROWS)} probe snippets "
                     f"({'; '.join(map(str, report.problems)) or 'no problem reported'})")
    return assistant


def _expect(assistant, question: str, snippet_id: str, top: int = 1) -> str:
    result = assistant.suggest(question, limit=max(top, 3))
    ids = [s.snippet_ids[0] for s in result.suggestions]
    if snippet_id not in ids[:top]:
        raise Failed(f"{question!r} -> {ids[:3] or result.notes}, expected {snippet_id!r}")
    return f"{question!r} -> {snippet_id!r} at rank {ids.index(snippet_id) + 1}"


def _distinct_question(snippets: list) -> object | None:
    """The longest question asked only once in the folder: "在吗" has many right answers."""
    counts: dict[str, int] = {}
    for s in snippets:
        counts[s.question] = counts.get(s.question, 0) + 1
    unique = [s for s in snippets if s.question and counts[s.question] == 1]
    return max(unique, key=lambda s: (len(s.question), s.id), default=None)


def _last_json(text: str) -> dict | None:
    for line in reversed(text.strip().splitlines()):
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    return None
