"""End-to-end fixtures: a private Xvfb display with a real window manager (openbox), started by
the tests themselves: focus, activation and stacking behave as on an agent's desktop."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REQUIRED = ("Xvfb", "xdotool", "xclip", "openbox")


def _free_display() -> int:
    for number in range(90, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(
                f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


@contextmanager
def private_display(size: str = "1280x800x24") -> Iterator[str]:
    """A new Xvfb display with openbox managing it; yields its name (":93")."""
    missing = [tool for tool in REQUIRED if shutil.which(tool) is None]
    if missing:
        raise RuntimeError(f"an X desktop needs {', '.join(missing)} (scripts/setup.sh "
                           "installs them)")
    number = _free_display()
    process = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", size, "-nolisten", "tcp"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 10
    while not socket.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("Xvfb did not start")
        time.sleep(0.05)
    manager = subprocess.Popen(["openbox"], env={**os.environ, "DISPLAY": f":{number}"},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)  # openbox takes over the root window before the first client maps
    try:
        yield f":{number}"
    finally:
        manager.terminate()
        manager.wait(timeout=5)
        process.terminate()
        process.wait(timeout=5)


@pytest.fixture(scope="module")
def xvfb() -> Iterator[str]:
    try:
        with private_display() as display:
            yield display
    except RuntimeError as exc:
        pytest.fail(str(exc))


def wait_for(predicate, timeout: float, what: str, interval: float = 0.1):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = predicate()
            if last:
                return last
        except Exception as exc:  # the thing may not be up yet
            last = exc
        time.sleep(interval)
    raise AssertionError(f"timed out waiting for {what} (last: {last!r})")


def display_env(display: str, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY",)}
    env.update(DISPLAY=display, ASSIST_HOME=str(home), QT_QPA_PLATFORM="xcb",
               XDG_SESSION_TYPE="x11")
    return env
