"""OS specifics behind one interface: global hotkeys, synthetic key presses, window focus.

``create_backend()`` picks the backend for the running OS and session; each backend module is
imported only on its own OS, so this package imports cleanly everywhere.
"""

from __future__ import annotations

import os
import sys

from assist.platform import messages
from assist.platform.base import Backend, HotkeyError, UnsupportedBackend


def session_kind() -> str:
    """'windows', 'macos', 'x11', 'wayland' or 'none' (no display at all)."""
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return "wayland"
    if os.environ.get("XDG_SESSION_TYPE") == "wayland" and os.environ.get("DISPLAY"):
        # XWayland: X11 grabs only see X11 windows, so global hotkeys would silently miss
        # native Wayland chat apps; the desktop's own shortcut settings are the honest path.
        return "wayland"
    return "x11" if os.environ.get("DISPLAY") else "none"


def create_backend() -> Backend:
    kind = session_kind()
    try:
        # sys.platform spelled out so each type-check (mypy --platform) sees only its backend
        if sys.platform == "win32":
            from assist.platform.windows import WindowsBackend

            return WindowsBackend()
        if sys.platform == "darwin":
            from assist.platform.macos import MacBackend

            return MacBackend()
        if kind == "x11":
            from assist.platform.x11 import X11Backend

            return X11Backend()
    except HotkeyError as exc:
        return UnsupportedBackend(exc.template, *exc.args_)
    if kind == "wayland":
        return UnsupportedBackend(messages.WAYLAND)
    return UnsupportedBackend(messages.NO_DISPLAY)


__all__ = ["Backend", "HotkeyError", "UnsupportedBackend", "create_backend", "session_kind"]
