"""The `assist` command as a user runs it, on real folders with the real model.

Most tests call main() in-process so the model loads once per session; the ones about exit
codes and error output run the real console entry in a subprocess.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assist.cli import main
from tests.conftest import SAMPLE_KNOWLEDGE


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ASSIST_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "assist.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )


def test_check_passes_on_the_sample(assist_home: Path) -> None:
    result = run("check", str(SAMPLE_KNOWLEDGE), home=assist_home)
    assert result.returncode == 0, result.stdout
    assert result.stdout == "" and "0 error(s), 0 warning(s)" in result.stderr


def test_check_names_each_problem_and_exits_1(tmp_path: Path, assist_home: Path) -> None:
    (tmp_path / "a.csv").write_text("question,reply\n在吗,\n", "utf-8")
    (tmp_path / "b.md").write_text("---\nname: [\n---\n", "utf-8")
    (tmp_path / "c.md").write_text("## 运费\n全场包邮\n", "utf-8")
    result = run("check", str(tmp_path), home=assist_home)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("a.csv:2: error:") and lines[1].startswith("b.md:2: error:")
    assert "1 snippets from 1 files; 2 error(s)" in result.stderr


def test_bad_model_folder_is_a_clear_error(tmp_path: Path, assist_home: Path) -> None:
    result = run("ask", "hi", "--model", str(tmp_path / "nope"), home=assist_home)
    assert result.returncode == 2
    assert str(tmp_path / "nope") in result.stderr and "Traceback" not in result.stderr


@pytest.mark.model
def test_index_then_ask_json_with_sources(embedder, sample_home: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("ASSIST_HOME", str(sample_home))
    assert main(["index", "--knowledge", str(SAMPLE_KNOWLEDGE)]) == 0
    capsys.readouterr()
    assert main(["index", "--knowledge", str(SAMPLE_KNOWLEDGE)]) == 0
    assert " 0 embedded" in capsys.readouterr().out  # nothing changed, nothing re-embedded
    assert main(["ask", "能开专票吗", "--knowledge", str(SAMPLE_KNOWLEDGE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["suggestions"] and not data["dense_used"]
    top = data["suggestions"][0]
    assert "发票" in top["text"] and top["sources"][0]["file"] and top["sources"][0]["line"] > 0


def test_ask_keyword_only_prints_ranked_text(capsys) -> None:
    assert main(["ask", "--keyword-only", "羽绒服怎么洗"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1].startswith("1. [") and "sources: " in out


def test_eval_reports_metrics_and_unknown_ids(tmp_path: Path, capsys) -> None:
    golden = tmp_path / "golden.jsonl"
    golden.write_text(
        '{"question": "能开专票吗", "expected": ["R-does-not-exist"]}\n'
        "not json\n"
        '{"question": "羽绒服能机洗吗", "expected_reply": "亲，羽绒服建议手洗"}\n',
        "utf-8",
    )
    # Metrics for the usable lines, and exit 1: the golden file has problems, as `check` does.
    assert main(["eval", str(golden), "--channels", "keyword", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["metrics"]["unknown_expected_ids"] == 1
    assert data["metrics"]["scored_by_id"] == 0 and data["metrics"]["scored_by_reply"] == 1
    assert any("golden.jsonl:2" in p for p in data["problems"])
    assert any("R-does-not-exist" in p for p in data["problems"])
    assert len(data["items"]) == 2 and len(data["items"][1]["suggestions"]) <= 5


@pytest.mark.model
def test_sample_golden_set_meets_the_bar(embedder, sample_home: Path, monkeypatch, capsys) -> None:
    """The shop's model trained on the sample folder, then the golden set through the CLI:
    fused beats keyword alone (docs/benchmarks.md has the full figures)."""
    monkeypatch.setenv("ASSIST_HOME", str(sample_home))
    golden = str(SAMPLE_KNOWLEDGE / "golden.jsonl")
    assert main(["eval", golden, "--channels", "keyword", "--json"]) == 0
    keyword = json.loads(capsys.readouterr().out)["metrics"]
    assert main(["adapt"]) == 0
    capsys.readouterr()
    assert main(["eval", golden, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    metrics = data["metrics"]
    assert data["channels"] == "keyword+general+adapted"
    assert metrics["questions"] >= 150 and metrics["unknown_expected_ids"] == 0
    assert metrics["recall@1"] >= 0.65 and metrics["recall@5"] >= 0.8
    assert metrics["recall@1"] > keyword["recall@1"] + 0.15
    assert metrics["strong_right"] >= 0.9 and metrics["strong_cards"] >= 20
