"""Windows: RegisterHotKey through Qt's native event filter, SendInput, foreground window.

Imported only on Windows (ctypes.windll exists nowhere else). The key tables it relies on live
in keymaps.py and are tested on every OS.
"""

from __future__ import annotations

import ctypes
import itertools
from collections.abc import Callable
from ctypes import wintypes

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication

from assist.platform import messages
from assist.platform.base import Backend, Hotkey, HotkeyError, WindowRef
from assist.platform.keymaps import WIN_VK_MODIFIERS, windows_hotkey_flags, windows_vk

user32 = ctypes.WinDLL("user32", use_last_error=True)
kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
WM_HOTKEY = 0x0312
INPUT_KEYBOARD = 1
KEYEVENTF_KEYUP = 0x0002
KEYEVENTF_EXTENDEDKEY = 0x0001
ERROR_HOTKEY_ALREADY_REGISTERED = 1409
_EXTENDED = {0x2D, 0x2E, 0x24, 0x23, 0x21, 0x22, 0x25, 0x26, 0x27, 0x28, 0x5B}


class KEYBDINPUT(ctypes.Structure):
    _fields_ = [("wVk", wintypes.WORD), ("wScan", wintypes.WORD), ("dwFlags", wintypes.DWORD),
                ("time", wintypes.DWORD), ("dwExtraInfo", ctypes.c_size_t)]


class _INPUTUNION(ctypes.Union):
    _fields_ = [("ki", KEYBDINPUT), ("padding", ctypes.c_byte * 32)]


class INPUT(ctypes.Structure):
    _fields_ = [("type", wintypes.DWORD), ("union", _INPUTUNION)]


class _HotkeyFilter(QAbstractNativeEventFilter):
    def __init__(self, handlers: dict[int, Callable[[], None]]) -> None:
        super().__init__()
        self._handlers = handlers

    def nativeEventFilter(self, event_type, message):
        if event_type in (b"windows_generic_MSG", "windows_generic_MSG"):
            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_HOTKEY and msg.wParam in self._handlers:
                self._handlers[msg.wParam]()
                return True, 0
        return False, 0


class WindowsBackend(Backend):
    def __init__(self) -> None:
        self._handlers: dict[int, Callable[[], None]] = {}
        self._ids: dict[str, int] = {}
        self._next_id = itertools.count(1)
        self._filter = _HotkeyFilter(self._handlers)
        QCoreApplication.instance().installNativeEventFilter(self._filter)

    def register_hotkey(self, name: str, hotkey: Hotkey, callback: Callable[[], None]) -> None:
        if name in self._ids:
            user32.UnregisterHotKey(None, self._ids.pop(name))
        hotkey_id = next(self._next_id)
        # hWnd NULL: WM_HOTKEY goes to this (the GUI) thread's queue, which Qt's filter sees.
        if not user32.RegisterHotKey(None, hotkey_id, windows_hotkey_flags(hotkey),
                                     windows_vk(hotkey.key)):
            code = ctypes.get_last_error()
            if code == ERROR_HOTKEY_ALREADY_REGISTERED:
                raise HotkeyError(messages.HOTKEY_TAKEN, hotkey)
            raise HotkeyError(messages.HOTKEY_REFUSED, hotkey, code)
        self._ids[name] = hotkey_id
        self._handlers[hotkey_id] = callback

    def unregister_all(self) -> None:
        for hotkey_id in self._ids.values():
            user32.UnregisterHotKey(None, hotkey_id)
        self._ids.clear()
        self._handlers.clear()

    def modifiers_down(self) -> bool:
        return any(user32.GetAsyncKeyState(vk) & 0x8000 for vk in (0x10, 0x11, 0x12, 0x5B, 0x5C))

    def send_keys(self, hotkey: Hotkey) -> None:
        mods = [WIN_VK_MODIFIERS[m] for m in ("ctrl", "alt", "shift", "meta")
                if m in hotkey.modifiers]
        key = windows_vk(hotkey.key)
        sequence = [(vk, 0) for vk in mods] + [(key, 0), (key, KEYEVENTF_KEYUP)]
        sequence += [(vk, KEYEVENTF_KEYUP) for vk in reversed(mods)]
        inputs = (INPUT * len(sequence))()
        for item, (vk, flags) in zip(inputs, sequence, strict=True):
            item.type = INPUT_KEYBOARD
            extended = KEYEVENTF_EXTENDEDKEY if vk in _EXTENDED else 0
            item.union.ki = KEYBDINPUT(vk, 0, flags | extended, 0, 0)
        if user32.SendInput(len(inputs), inputs, ctypes.sizeof(INPUT)) != len(inputs):
            raise HotkeyError(messages.SENDINPUT_BLOCKED)

    def active_window(self) -> WindowRef | None:
        hwnd = user32.GetForegroundWindow()
        if not hwnd:
            return None
        buffer = ctypes.create_unicode_buffer(256)
        user32.GetWindowTextW(hwnd, buffer, 256)
        return WindowRef(int(hwnd), buffer.value)

    def activate(self, window: WindowRef) -> bool:
        # Windows only lets the foreground thread hand focus on; attaching our input queue to
        # the current foreground thread's is the documented way to be allowed.
        foreground = user32.GetForegroundWindow()
        current = user32.GetWindowThreadProcessId(foreground, None)
        ours = kernel32.GetCurrentThreadId()
        attached = current != ours and user32.AttachThreadInput(ours, current, True)
        try:
            user32.ShowWindow(window.handle, 5)  # SW_SHOW, keeps maximised state
            ok = bool(user32.SetForegroundWindow(window.handle))
        finally:
            if attached:
                user32.AttachThreadInput(ours, current, False)
        return ok
