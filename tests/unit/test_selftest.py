"""`assist self-test` in process on the real bundled model, the child-process entry a frozen
bundle uses, and the bundle's spec against the code it names."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

import pytest

from assist import child, selftest
from assist.adapt import runner
from assist.adapt.runner import Training
from assist.cli import main
from tests.adapt_folder import write_folder
from tests.conftest import REPO

LINE = re.compile(r"^(OK|WARN|FAIL) +([a-z]+) +(.+) \((\d+) ms\)$")
NAMES = ["build", "model", "embed", "index", "keyword", "general", "adapted", "keyring", "qt",
         "hotkeys"]


def _lines(out: str) -> dict[str, tuple[str, str]]:
    parsed = [LINE.match(line) for line in out.splitlines()]
    assert all(parsed), out
    assert [m.group(2) for m in parsed] == NAMES
    return {m.group(2): (m.group(1), m.group(3)) for m in parsed}


@pytest.mark.model
def test_self_test_passes_on_the_bundled_model(embedder, capsys) -> None:
    assert main(["self-test"]) == 0
    captured = capsys.readouterr()
    lines = _lines(captured.out)
    for name in ("build", "model", "embed", "index", "keyword", "general"):
        assert lines[name][0] == "OK", (name, lines[name])
    assert f"{embedder.dimension} dims" in lines["model"][1]
    assert "'seam' at rank 1" in lines["keyword"][1] and "'size' at rank 1" in lines["general"][1]
    # a fresh ASSIST_HOME has no trained shop model: said, not failed
    assert lines["adapted"][0] == "WARN" and "not trained" in lines["adapted"][1]
    # the backend in use is named (the GUI tests may have set an in-memory one before this)
    assert lines["keyring"][0] in ("OK", "WARN") and lines["keyring"][1].strip()
    assert "platform plugin" in lines["qt"][1] and lines["qt"][0] != "FAIL"
    assert lines["hotkeys"][0] in ("OK", "WARN") and "Backend" in lines["hotkeys"][1]
    assert re.search(r"\d+ OK, \d+ WARN, 0 FAIL", captured.err)


def test_a_missing_model_fails_and_exits_nonzero(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "no-such-model"
    assert main(["self-test", "--model", str(missing)]) == 1
    lines = _lines(capsys.readouterr().out)
    assert lines["model"] == ("FAIL", f"model folder {missing} does not exist")
    for name in ("embed", "index", "general"):
        assert lines[name][0] == "FAIL" and "the model did not load" in lines[name][1]
    assert lines["keyword"][0] == "OK"  # keyword search needs no model and still answers


@pytest.mark.model
def test_a_trained_shop_model_is_searched(embedder, tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "shop")
    outcome = Training(folder).run()  # into this test's ASSIST_HOME, where self-test looks
    assert outcome.ok, outcome.message
    checks = {c.name: c for c in selftest.run_selftest(knowledge_dir=folder)}
    assert checks["adapted"].status == "OK", checks["adapted"]
    assert "at rank" in checks["adapted"].detail


def test_without_torch_training_says_so_instead_of_failing_in_the_child(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "training_available", lambda: False)
    outcome = Training(write_folder(tmp_path / "shop")).run()
    assert not outcome.ok and outcome.message == runner.NO_TORCH


def test_children_run_as_python_modules_from_a_checkout() -> None:
    assert child.command("assist.adapt.worker", "x") == [
        sys.executable, "-m", "assist.adapt.worker", "x"]
    with pytest.raises(ValueError):
        child.command("os")  # only the listed entry points can be started


def test_frozen_children_use_the_console_executable_with_the_hidden_flag(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sidebar = tmp_path / "agent-assist"
    sidebar.write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(sidebar))
    assert child.command("assist.ui.shell.probe") == [
        str(sidebar), child.CHILD_FLAG, "assist.ui.shell.probe"]
    (tmp_path / "assist").write_text("")
    assert child.command("assist.retrieval.onnx_export", "a", "b")[:3] == [
        str(tmp_path / "assist"), child.CHILD_FLAG, "assist.retrieval.onnx_export"]


def test_launch_picks_cli_sidebar_or_child_by_name_and_flag(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(child, "resolve", lambda target: lambda argv: calls.append(
        (target, argv)) or 0)
    monkeypatch.setattr(sys, "argv", [str(tmp_path / "assist")])  # as started, maybe a link
    child.launch("c:main", "s:main", ["ask", "hi"])
    monkeypatch.setattr(sys, "argv", [str(tmp_path / "agent-assist")])
    child.launch("c:main", "s:main", [])
    child.launch("c:main", "s:main", [child.CHILD_FLAG, "assist.adapt.worker", "k"])
    assert calls == [("c:main", ["ask", "hi"]), ("s:main", []),
                     ("assist.adapt.worker:main", ["k"])]
    assert child.dispatch(["os"]) == 2


def test_every_child_entry_point_exists() -> None:
    for target in child.CHILD_ENTRY_POINTS.values():
        assert callable(child.resolve(target)), target


def test_build_spec_collects_by_package_and_its_entry_points_exist() -> None:
    """The spec names the UI through pyproject's entry points and collect_submodules, so a
    moved UI module breaks this test (fix pyproject) rather than the frozen bundle."""
    spec = (REPO / "build.spec").read_text("utf-8")
    tree = ast.parse(spec)  # it is Python; a syntax error would only show at build time
    strings = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
               and isinstance(n.value, str)}
    assert {"resources", "knowledge", "model", "assist", "agent-assist"} <= strings
    assert not [s for s in strings if "assist/ui" in s or s.startswith("assist.ui")]
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    for target in (project["scripts"]["assist"], project["gui-scripts"]["assist-sidebar"]):
        assert callable(child.resolve(target)), target
    assert "rthook_assist.py" in strings
    assert (REPO / "packaging" / "hooks" / "rthook_assist.py").is_file()
