"""Train a folder's model from the app or the CLI: a child process, with progress and cancel."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from assist import child
from assist.messages import Core

Progress = Callable[[str, int, int], None]


# An agent bundle built without torch (ASSIST_BUILD_TORCH=0) uses a model trained elsewhere.
NO_TORCH = ("this installation cannot train the shop's model (it was built without torch); "
            "install a model trained elsewhere")


def training_available() -> bool:
    """Training needs torch in the child; find_spec looks without importing it (seconds)."""
    return importlib.util.find_spec("torch") is not None


@dataclass
class Outcome:
    ok: bool
    message: str = ""
    manifest: dict = field(default_factory=dict)
    cancelled: bool = False
    too_few: bool = False
    found: int = 0  # with too_few: questions and sections found, and how many are needed
    needed: int = 0


class Training:
    """One training run. cancel() ends it at once; the model in use stays."""

    def __init__(self, knowledge_dir: Path, root: Path | None = None,
                 options: dict | None = None) -> None:
        self.knowledge_dir = Path(knowledge_dir)
        self.root = root
        self.options = options or {}
        self._process: subprocess.Popen[str] | None = None
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def run(self, progress: Progress | None = None) -> Outcome:
        """Blocks until the child ends; call from a worker thread in the UI."""
        if not training_available():
            return Outcome(False, NO_TORCH)
        command = child.command("assist.adapt.worker", str(self.knowledge_dir),
                                "--options", json.dumps(self.options))
        if self.root is not None:
            command += ["--root", str(self.root)]
        env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        if self.cancelled:
            return Outcome(False, Core.tr("cancelled"), cancelled=True)
        self._process = subprocess.Popen(command, stdout=subprocess.PIPE,
                                         stderr=subprocess.PIPE, text=True, encoding="utf-8",
                                         env=env, creationflags=child.creation_flags())
        if self.cancelled:  # cancel() ran between the check above and the start
            self._process.kill()
        last: dict = {}
        assert self._process.stdout is not None
        for line in self._process.stdout:
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if "stage" in event and progress is not None:
                progress(event["stage"], int(event["done"]), int(event["total"]))
            elif "ok" in event:
                last = event
        _, err = self._process.communicate()
        if self.cancelled:
            return Outcome(False, Core.tr("training cancelled; the previous model stays in use"),
                           cancelled=True)
        if not last:
            tail = (err or "").strip().splitlines()[-1:] or ["no output"]
            return Outcome(False, Core.tr("training failed: %1", tail[0]))
        return Outcome(bool(last["ok"]), last.get("error", ""), last.get("manifest", {}),
                       too_few=bool(last.get("too_few")), found=int(last.get("found", 0)),
                       needed=int(last.get("needed", 0)))
