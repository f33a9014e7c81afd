"""An agent's desktop on a private X display: the sidebar, stand-in chat windows, xdotool.

Shared by the end-to-end tests and benchmarks/desk_latency.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import REPO, SAMPLE_KNOWLEDGE
from tests.e2e.conftest import display_env, wait_for

CHAT = Path(__file__).with_name("chat_window.py")


class Desktop:
    def __init__(self, display: str, home: Path, knowledge: Path = SAMPLE_KNOWLEDGE,
                 lang: str = "en") -> None:
        self.env = display_env(display, home)
        # No training of the shop's model in the background: its CPU load makes the timing
        # of a paste a matter of luck on two shared cores (see the issue notes).
        self.env.setdefault("ASSIST_ADAPT", "0")
        self.home = home
        self.knowledge, self.lang = knowledge, lang
        self.processes: list[subprocess.Popen] = []
        self.sidebar: subprocess.Popen | None = None

    # -- processes --------------------------------------------------------------------------
    def start_sidebar(self, *extra: str) -> None:
        self.sidebar = subprocess.Popen(
            [sys.executable, "-m", "assist.ui.app", "--knowledge", str(self.knowledge),
             "--lang", self.lang, *extra], env=self.env, cwd=REPO,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        wait_for(lambda: self.status().get("ok"), 60, "the sidebar to answer over IPC")

    def open_chat(self, name: str, text: str, title: str, x: int = 40) -> ChatWindow:
        chat = ChatWindow(self, self.home.parent / f"{name}.txt", title)
        process = subprocess.Popen([sys.executable, str(CHAT), str(chat.file), text, title,
                                    str(x)], env=self.env)
        self.processes.append(process)
        chat.window = wait_for(lambda: self.xdo("search", "--name", title).split()[0], 20,
                               f"the chat window {title!r}")
        return chat

    def close(self) -> str:
        """Ends everything; returns what the sidebar printed."""
        for process in self.processes:
            process.terminate()
        output = ""
        if self.sidebar is not None:
            self.sidebar.terminate()
            try:
                output, _ = self.sidebar.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                self.sidebar.kill()
                output, _ = self.sidebar.communicate()
        for process in self.processes:
            process.wait(timeout=10)
        return output

    # -- what the agent does ---------------------------------------------------------------
    def xdo(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, check=True,
                              capture_output=True, text=True, timeout=10).stdout.strip()

    def key(self, keys: str) -> float:
        """Presses keys; returns the time just before they were sent."""
        sent = time.time()
        self.xdo("key", keys)
        return sent

    def active_window(self) -> str:
        return self.xdo("getactivewindow")

    def clipboard(self) -> str:
        return subprocess.run(["xclip", "-o", "-selection", "clipboard"], env=self.env,
                              capture_output=True, text=True, timeout=5).stdout

    def set_clipboard(self, text: str) -> None:
        # xclip keeps owning the selection in the background, like the agent's own copy
        subprocess.run(["xclip", "-selection", "clipboard", "-i"], input=text, env=self.env,
                       text=True, check=True, timeout=5)

    def status(self) -> dict:
        code = "import json; from assist.ipc import request; print(json.dumps(request('status')))"
        out = subprocess.run([sys.executable, "-c", code], env=self.env, capture_output=True,
                             text=True, timeout=10)
        return json.loads(out.stdout) if out.returncode == 0 else {}

    def wait_idle_with(self, message: str, after: float = 0.0, timeout: float = 30,
                       cards: bool = True) -> dict:
        """The status once the sidebar shows its answer to message (cards, unless cards is
        False), drawn after `after`."""
        def ready() -> dict | bool:
            s = self.status()
            return bool(s) and s["message"] == message and (bool(s["suggestions"]) or not cards) \
                and not s["busy"] and s["timings"].get("cards_drawn", 0) > after and s
        try:
            return wait_for(ready, timeout, f"cards for {message!r}")
        except AssertionError as exc:
            raise AssertionError(f"{exc}; status: {self.status()}") from None


class ChatWindow:
    def __init__(self, desktop: Desktop, file: Path, title: str) -> None:
        self.desktop, self.file, self.title = desktop, file, title
        self.window = ""

    @property
    def text(self) -> str:
        return self.file.read_text("utf-8")

    def show_message(self, text: str) -> None:
        """A new message from the buyer appears in this chat."""
        self.file.with_name(self.file.name + ".next").write_text(text, "utf-8")
        wait_for(lambda: self.text == text, 10, "the chat to show the message")

    def select_all(self) -> None:
        self.desktop.xdo("windowactivate", "--sync", self.window)
        self.desktop.xdo("key", "--clearmodifiers", "ctrl+a")

    def arrivals(self) -> list[dict]:
        log = self.file.with_name(self.file.name + ".log")
        if not log.exists():
            return []
        return [json.loads(line) for line in log.read_text("utf-8").splitlines() if line]

    def wait_for_text(self, text: str, after: float, timeout: float = 15) -> float:
        """When text arrived in the chat (its own clock), once it did after `after`."""
        def arrived() -> float | bool:
            return next((e["t"] for e in self.arrivals() if e["t"] > after
                         and e["text"] == text), False)
        try:
            return wait_for(arrived, timeout, f"the reply in {self.title!r}")
        except AssertionError:
            raise AssertionError((self.text, self.desktop.status())) from None
