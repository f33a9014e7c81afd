"""macOS: pynput for hotkeys and key presses, AppKit for the frontmost app.

Both need the Accessibility permission; without it macOS silently drops the events, so the
backend checks first and says where to grant it. Imported only on macOS.
"""

from __future__ import annotations

import sys

assert sys.platform == "darwin"  # imported only there; also tells mypy

import ctypes
import ctypes.util
from collections.abc import Callable
from typing import Any

from assist.platform import messages
from assist.platform.base import Backend, Hotkey, HotkeyError, WindowRef
from assist.platform.keymaps import pynput_hotkey


def accessibility_trusted() -> bool:
    path = ctypes.util.find_library("ApplicationServices")
    if not path:
        return False
    services = ctypes.cdll.LoadLibrary(path)
    services.AXIsProcessTrusted.restype = ctypes.c_bool
    return bool(services.AXIsProcessTrusted())


class MacBackend(Backend):
    def __init__(self) -> None:
        if not accessibility_trusted():
            raise HotkeyError(messages.MAC_ACCESSIBILITY)
        from pynput import keyboard

        self._keyboard = keyboard
        self._controller = keyboard.Controller()
        self._hotkeys: dict[str, tuple[str, Callable[[], None]]] = {}
        self._listener: Any = None  # pynput's GlobalHotKeys, untyped

    def register_hotkey(self, name: str, hotkey: Hotkey, callback: Callable[[], None]) -> None:
        self._hotkeys[name] = (pynput_hotkey(hotkey), callback)
        self._restart()

    def unregister_all(self) -> None:
        self._hotkeys.clear()
        self._restart()

    def _restart(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        if self._hotkeys:
            mapping = dict(self._hotkeys.values())
            self._listener = self._keyboard.GlobalHotKeys(mapping)
            self._listener.start()

    def modifiers_down(self) -> bool:
        from Quartz import CGEventSourceFlagsState, kCGEventSourceStateHIDSystemState

        flags = CGEventSourceFlagsState(kCGEventSourceStateHIDSystemState)
        return bool(flags & (0x40000 | 0x80000 | 0x20000 | 0x100000))  # ctrl alt shift cmd

    def send_keys(self, hotkey: Hotkey) -> None:
        key_names = {"ctrl": "ctrl", "alt": "alt", "shift": "shift", "meta": "cmd"}
        mods = [getattr(self._keyboard.Key, key_names[m]) for m in hotkey.modifiers]
        key = hotkey.key if len(hotkey.key) == 1 else getattr(self._keyboard.Key, hotkey.key)
        with self._controller.pressed(*mods):
            self._controller.press(key)
            self._controller.release(key)

    def active_window(self) -> WindowRef | None:
        from AppKit import NSWorkspace

        app = NSWorkspace.sharedWorkspace().frontmostApplication()
        return WindowRef(int(app.processIdentifier()), str(app.localizedName())) if app else None

    def activate(self, window: WindowRef) -> bool:
        from AppKit import NSApplicationActivateIgnoringOtherApps, NSRunningApplication

        app = NSRunningApplication.runningApplicationWithProcessIdentifier_(window.handle)
        return bool(app and app.activateWithOptions_(NSApplicationActivateIgnoringOtherApps))
