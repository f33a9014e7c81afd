"""Every user error of the `assist` command is one line on stderr and a non-zero exit code,
never a traceback: a table of bad input, run as a user would (`python -m assist ...`)."""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from assist import cli
from assist.cli import main
from assist.cli_errors import EXIT_INTERNAL, EXIT_OUTPUT_CLOSED, EXIT_USAGE
from tests.conftest import SAMPLE_KNOWLEDGE


def start(*args: str | bytes, home: Path, **kw) -> subprocess.Popen:
    env = {**os.environ, "ASSIST_HOME": str(home), "PYTHONUNBUFFERED": "1"}
    env.pop("ASSIST_DEBUG", None)
    return subprocess.Popen([sys.executable, "-m", "assist", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


@pytest.fixture(scope="module")
def bad(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The files and folders a user gets wrong, by name."""
    root = tmp_path_factory.mktemp("bad-input")
    good = '{"question": "能开专票吗", "expected": ["X"]}\n'
    files = {
        "golden": good.encode(),
        "gbk": good.replace("X", "发票").encode("gbk"),
        "not_list": b'{"question": "\xe9\x80\x80\xe8\xb4\xa7", "expected": 5}\n',
        "dict_expected": b'{"question": "q", "expected": {"X": 1}}\n',
        "not_json": b"question, expected\n",
        "a_file": b"not a folder\n",
    }
    where = {name: root / f"{name}.jsonl" for name in files}
    for name, data in files.items():
        where[name].write_bytes(data)
    (root / "empty_model").mkdir()
    where.update(missing=root / "missing", empty_model=root / "empty_model")
    return {name: str(path) for name, path in where.items()}


CASES = [
    # (arguments, exit code, what the one line must say)
    (["index", "--knowledge", "{missing}"], 2, "knowledge folder {missing} does not exist"),
    (["ask", "hi", "--knowledge", "{missing}"], 2, "knowledge folder {missing} does not exist"),
    (["eval", "{golden}", "--knowledge", "{missing}"], 2, "{missing} does not exist"),
    (["adapt", "--knowledge", "{missing}"], 2, "knowledge folder {missing} does not exist"),
    (["check", "{missing}"], 2, "knowledge folder {missing} does not exist"),
    (["check", "{a_file}"], 2, "{a_file} is not a folder"),
    (["index", "--model", "{missing}"], 2, "model folder {missing} does not exist"),
    (["ask", "hi", "--model", "{empty_model}"], 2, "not a sentence-transformers model folder"),
    (["model", "--model", "{empty_model}"], 2, "not a sentence-transformers model folder"),
    (["model", "--backend", "gpu"], 2, "unknown model backend 'gpu'"),
    (["ask", "hi", "--adapted-model", "{missing}"], 2, "shop model folder {missing} does not"),
    (["eval", "{missing}"], 2, "golden file {missing} does not exist"),
    (["eval", "{empty_model}"], 2, "is a folder, not a golden file"),
    (["eval", "{gbk}"], 2,  # 能 is C4 DC in GBK
     "gbk.jsonl:1: not UTF-8 text (byte 0xc4)"),
    (["eval", "{not_list}"], 2, '(line 1: "expected" must be a list of snippet ids'),
    (["eval", "{dict_expected}"], 2, '"expected" must be a list'),
    (["eval", "{not_json}"], 2, "no usable question (line 1: not valid JSON"),
    (["eval", "{golden}", "--channels", "vector"], 2, "unknown channel"),
    (["ask", "--keyword-only", b"\xff\xfe\xe9\x80\x80"], 2, "not valid UTF-8 text (byte 0xff)"),
    (["ask", "--keyword-only", " "], 2, "the buyer message is empty"),
    (["ask", "hi", "--limit", "0"], 2, "--limit: must be at least 1, not 0"),
    (["adapt", "--epochs", "-3"], 2, "--epochs: must be at least 1, not -3"),
    (["adapt", "--seed", "lucky"], 2, "--seed: 'lucky' is not a whole number"),
    (["insert", "first"], 2, "argument rank: invalid int value: 'first'"),
    (["frobnicate"], 2, "invalid choice: 'frobnicate'"),
    (["status"], 3, "Agent Assist is not running"),
]


@pytest.mark.parametrize(("args", "code", "says"), CASES,
                         ids=[" ".join(map(str, c[0])) for c in CASES])
def test_bad_input_is_one_line_and_an_exit_code(args, code, says, bad, assist_home) -> None:
    argv = [a.format(**bad) if isinstance(a, str) else a for a in args]
    proc = start(*argv, home=assist_home)
    out, err = proc.communicate(timeout=300)
    stderr = err.decode("utf-8")
    assert proc.returncode == code, stderr
    assert "Traceback" not in stderr + out.decode("utf-8", "replace")
    lines = stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), stderr
    assert says.format(**bad) in lines[0]


def test_bad_bytes_on_stdin(assist_home: Path) -> None:
    proc = start("ask", "--keyword-only", "-", home=assist_home, stdin=subprocess.PIPE)
    _, err = proc.communicate("退货\n".encode("gbk"), timeout=300)
    assert proc.returncode == EXIT_USAGE
    assert err.decode() == "error: standard input is not UTF-8 text (byte 0xcd at offset 0)\n"


def test_messages_on_stdin_are_asked(capsys, monkeypatch) -> None:
    class Stdin:
        buffer = __import__("io").BytesIO("在吗\n羽绒服怎么洗\n".encode())

    monkeypatch.setattr(sys, "stdin", Stdin)
    assert main(["ask", "--keyword-only", "--json", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "羽绒服怎么洗" in data["query"] and data["suggestions"]


def test_output_closed_after_one_line_exits_quietly(assist_home: Path, tmp_path: Path) -> None:
    """`assist eval ... --json | head -1`: far more output than a pipe holds."""
    golden = tmp_path / "golden.jsonl"
    lines = (SAMPLE_KNOWLEDGE / "golden.jsonl").read_text("utf-8").splitlines()[:60]
    golden.write_text("\n".join(lines), "utf-8")
    with start("eval", str(golden), "--channels", "keyword", "--json", home=assist_home) as proc:
        assert proc.stdout.readline().strip() == b"{"
        proc.stdout.close()
        err = proc.stderr.read().decode()
    assert proc.returncode == EXIT_OUTPUT_CLOSED
    assert err == "", err  # no traceback, no "Exception ignored" at exit


def test_output_closed_before_anything_is_written(assist_home: Path) -> None:
    """`assist ask ... | true`."""
    with start("ask", "--keyword-only", "羽绒服怎么洗", home=assist_home) as proc:
        proc.stdout.close()
        err = proc.stderr.read().decode()
    assert proc.returncode == EXIT_OUTPUT_CLOSED
    assert err == "", err


def _sigint_as_at_a_terminal() -> None:
    # A job a shell starts in the background inherits SIGINT ignored, and Python then sets no
    # KeyboardInterrupt handler: the test would depend on how the suite was launched.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_is_one_line_and_130(assist_home: Path) -> None:
    proc = start("index", home=assist_home, preexec_fn=_sigint_as_at_a_terminal)
    assert b"snippets from" in proc.stdout.readline()  # the model is loading now
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 130
    assert err.decode().splitlines()[-1:] == ["interrupted"] and b"Traceback" not in err


def test_a_bug_is_one_line_and_its_traceback_goes_to_the_log(monkeypatch, capsys,
                                                             assist_home: Path) -> None:
    def broken(args) -> int:
        raise KeyError("boom")

    monkeypatch.setattr(cli, "cmd_check", broken)
    assert main(["check"]) == EXIT_INTERNAL
    err = capsys.readouterr().err
    log = assist_home / "logs" / "cli-errors.log"
    assert err == f"error: internal error (KeyError: 'boom'); details in {log}\n"
    assert "Traceback" in log.read_text("utf-8") and "raise KeyError" in log.read_text("utf-8")


def test_a_system_error_names_the_file(monkeypatch, capsys) -> None:
    def full(args) -> int:
        raise OSError(28, "No space left on device", "/data/index/vectors.faiss")

    monkeypatch.setattr(cli, "cmd_check", full)
    assert main(["check"]) == EXIT_USAGE
    assert capsys.readouterr().err == (
        "error: /data/index/vectors.faiss: No space left on device\n")


def test_help_lists_the_exit_codes(capsys) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for code in ("0", "1", "2", "3", "70", "130", "141"):
        assert f"\n  {code} " in out
