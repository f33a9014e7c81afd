"""A person's round trip on a real X server: select in the chat, capture, insert, clipboard kept."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLE_KNOWLEDGE
from tests.e2e.conftest import display_env, wait_for

pytestmark = pytest.mark.e2e
QUESTION = "能开增值税专用发票吗"
ORIGINAL = "agent's own clipboard: 订单备注 123"


def xdo(env: dict, *args: str) -> str:
    return subprocess.run(["xdotool", *args], env=env, check=True, capture_output=True,
                          text=True, timeout=10).stdout.strip()


def clipboard(env: dict) -> str:
    return subprocess.run(["xclip", "-o", "-selection", "clipboard"], env=env,
                          capture_output=True, text=True, timeout=5).stdout


def status(env: dict) -> dict:
    out = subprocess.run([sys.executable, "-m", "assist.cli", "status"], env=env,
                         capture_output=True, text=True, timeout=10)
    return json.loads(out.stdout) if out.returncode == 0 else {}


def test_capture_and_insert_round_trip(xvfb: str, tmp_path: Path) -> None:
    env = display_env(xvfb, tmp_path / "home")
    # xclip keeps owning the selection in the background, like the agent's own copy would
    subprocess.run(["xclip", "-selection", "clipboard", "-i"], input=ORIGINAL, env=env,
                   text=True, check=True, timeout=5)
    assert clipboard(env) == ORIGINAL

    sidebar = subprocess.Popen([sys.executable, "-m", "assist.ui.app", "--knowledge",
                                str(SAMPLE_KNOWLEDGE), "--lang", "en"], env=env, cwd=REPO,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    chat_file = tmp_path / "chat.txt"
    chat = subprocess.Popen([sys.executable, str(Path(__file__).with_name("chat_window.py")),
                             str(chat_file), QUESTION], env=env)
    try:
        wait_for(lambda: status(env).get("ok"), 60, "the sidebar to answer over IPC")
        assert status(env)["hotkey_errors"] == {}
        chat_id = wait_for(lambda: xdo(env, "search", "--name", "Fake Chat").split()[0], 20,
                           "the chat window")
        xdo(env, "windowfocus", "--sync", chat_id)
        xdo(env, "key", "--clearmodifiers", "ctrl+a")

        xdo(env, "key", "ctrl+alt+c")  # the capture hotkey
        state = wait_for(lambda: (s := status(env)) and s["message"] == QUESTION
                         and s["suggestions"] and not s["busy"] and s, 30, "suggestions")
        reply = state["suggestions"][0]
        assert "发票" in reply and "{" not in reply
        assert clipboard(env) == ORIGINAL  # the capture put it back

        xdo(env, "key", "ctrl+alt+v")  # the insert hotkey, the chat window still focused
        try:
            wait_for(lambda: chat_file.read_text("utf-8") == reply, 15, "the reply in the chat")
        except AssertionError:
            raise AssertionError((chat_file.read_text("utf-8"), status(env))) from None
        wait_for(lambda: not status(env)["busy"], 10, "the clipboard restore")
        assert clipboard(env) == ORIGINAL
    finally:
        chat.terminate()
        sidebar.terminate()
        try:
            output, _ = sidebar.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            sidebar.kill()
            output, _ = sidebar.communicate()
        chat.wait(timeout=10)
    assert "Traceback" not in output, output


def ping(env: dict) -> dict:
    code = "import json; from assist.ipc import request; print(json.dumps(request('ping')))"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         timeout=10)
    return json.loads(out.stdout) if out.returncode == 0 else {}


def test_second_launch_brings_the_first_forward(xvfb: str, tmp_path: Path) -> None:
    env = display_env(xvfb, tmp_path / "home")
    first = subprocess.Popen([sys.executable, "-m", "assist.ui.app", "--knowledge",
                              str(SAMPLE_KNOWLEDGE)], env=env, cwd=REPO,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        pid = wait_for(lambda: ping(env).get("pid"), 60, "the first sidebar")
        second = subprocess.run([sys.executable, "-m", "assist.ui.app"], env=env, cwd=REPO,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 0
        assert "already running" in second.stderr
        assert first.poll() is None and pid == first.pid
    finally:
        first.terminate()
        first.wait(timeout=10)
