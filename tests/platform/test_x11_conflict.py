"""X11 hotkeys under a private Xvfb: a combination another program holds is reported.

XGrabKey is exclusive, so the server answers BadAccess when another client holds the
combination; the backend must turn that into HotkeyError(HOTKEY_TAKEN), not report success.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 only"),
]


def _free_display() -> int:
    for number in range(200, 300):  # above the e2e tests' range, so both can run at once
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(
                f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture(scope="module")
def x_display() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.fail("this test needs Xvfb (scripts/setup.sh installs it)")
    number = _free_display()
    process = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "640x480x24",
                                "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 10
    while not socket.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail("Xvfb did not start")
        time.sleep(0.05)
    yield f":{number}"
    process.terminate()
    process.wait(timeout=5)


@pytest.fixture
def other_program(x_display: str, monkeypatch: pytest.MonkeyPatch):
    """A second X client, standing in for another app that grabs keys."""
    from Xlib import display

    monkeypatch.setenv("DISPLAY", x_display)
    client = display.Display(x_display)
    yield client
    client.close()


def _grab(client, keysym_name: str, mask: int) -> list:
    """Grab a key as a plain client would; the errors the server answered with."""
    from Xlib import XK, X

    errors: list = []
    keycode = client.keysym_to_keycode(XK.string_to_keysym(keysym_name))
    client.screen().root.grab_key(keycode, mask, True, X.GrabModeAsync, X.GrabModeAsync,
                                  onerror=lambda err, request: errors.append(err))
    client.sync()
    return errors


def test_a_combination_another_program_holds_is_reported_taken(other_program) -> None:
    from Xlib import X, error

    from assist.platform import messages
    from assist.platform.base import Hotkey, HotkeyError
    from assist.platform.x11 import X11Backend

    assert _grab(other_program, "F9", X.ControlMask | X.Mod1Mask) == []
    backend = X11Backend()
    try:
        with pytest.raises(HotkeyError) as caught:
            backend.register_hotkey("capture", Hotkey.parse("Ctrl+Alt+F9"), lambda: None)
        assert caught.value.template == messages.HOTKEY_TAKEN
        assert "Ctrl+Alt+F9" in str(caught.value)
        # the lock variants that were granted before the refusal are given back
        assert _grab(other_program, "F9", X.ControlMask | X.Mod1Mask | X.Mod2Mask) == []

        backend.register_hotkey("capture", Hotkey.parse("Ctrl+Alt+F10"), lambda: None)
        # registered for real: now the other program is the one refused
        refused = _grab(other_program, "F10", X.ControlMask | X.Mod1Mask)
        assert refused and isinstance(refused[0], error.BadAccess)
    finally:
        backend.close()
    assert _grab(other_program, "F10", X.ControlMask | X.Mod1Mask) == []  # released on close


def test_activate_reports_a_window_that_is_gone(other_program) -> None:
    from assist.platform.base import WindowRef
    from assist.platform.x11 import X11Backend

    window = other_program.screen().root.create_window(0, 0, 50, 50, 0,
                                                       other_program.screen().root_depth)
    window.map()
    other_program.sync()
    backend = X11Backend()
    try:
        assert backend.activate(WindowRef(window.id)) is True
        window.destroy()
        other_program.sync()
        assert backend.activate(WindowRef(window.id)) is False
    finally:
        backend.close()
