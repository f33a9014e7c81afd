"""Windows: RegisterHotKey on a thread of our own, SendInput, foreground window.

Imported only on Windows (ctypes.WinDLL exists nowhere else). The key tables it relies on live
in keymaps.py and are tested on every OS; CI type-checks this module for win32.
"""

from __future__ import annotations

import sys

assert sys.platform == "win32"  # this module's names exist only there; also tells mypy

import ctypes
import itertools
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from ctypes import wintypes
from typing import Any, TypeVar

from assist.platform import messages
from assist.platform.base import Backend, Hotkey, HotkeyError, WindowRef
from assist.platform.keymaps import WIN_VK_MODIFIERS, windows_hotkey_flags, windows_vk

T = TypeVar("T")
user32 = ctypes.WinDLL("user32", use_last_error=True)
kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
WM_HOTKEY = 0x0312
WM_QUIT = 0x0012
WM_APP = 0x8000  # "run the queued requests"
PM_NOREMOVE = 0
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


def _declare() -> None:
    """Argument and return types, so ctypes converts handles and pointers at full width on
    64-bit Windows instead of guessing int."""
    signatures: dict[Any, tuple[list[Any], Any]] = {
        user32.RegisterHotKey: ([wintypes.HWND, ctypes.c_int, wintypes.UINT, wintypes.UINT],
                                wintypes.BOOL),
        user32.UnregisterHotKey: ([wintypes.HWND, ctypes.c_int], wintypes.BOOL),
        user32.GetMessageW: ([ctypes.POINTER(wintypes.MSG), wintypes.HWND, wintypes.UINT,
                              wintypes.UINT], wintypes.BOOL),
        user32.PeekMessageW: ([ctypes.POINTER(wintypes.MSG), wintypes.HWND, wintypes.UINT,
                               wintypes.UINT, wintypes.UINT], wintypes.BOOL),
        user32.PostThreadMessageW: ([wintypes.DWORD, wintypes.UINT, wintypes.WPARAM,
                                     wintypes.LPARAM], wintypes.BOOL),
        user32.GetAsyncKeyState: ([ctypes.c_int], wintypes.SHORT),
        user32.SendInput: ([wintypes.UINT, ctypes.c_void_p, ctypes.c_int], wintypes.UINT),
        user32.GetForegroundWindow: ([], wintypes.HWND),
        user32.GetWindowTextW: ([wintypes.HWND, wintypes.LPWSTR, ctypes.c_int], ctypes.c_int),
        user32.GetWindowThreadProcessId: ([wintypes.HWND, ctypes.POINTER(wintypes.DWORD)],
                                          wintypes.DWORD),
        user32.AttachThreadInput: ([wintypes.DWORD, wintypes.DWORD, wintypes.BOOL],
                                   wintypes.BOOL),
        user32.ShowWindow: ([wintypes.HWND, ctypes.c_int], wintypes.BOOL),
        user32.SetForegroundWindow: ([wintypes.HWND], wintypes.BOOL),
        kernel32.GetCurrentThreadId: ([], wintypes.DWORD),
    }
    for function, (arguments, result) in signatures.items():
        function.argtypes = arguments
        function.restype = result


_declare()


class _HotkeyThread:
    """Owns the hotkeys. RegisterHotKey without a window ties a hotkey to the thread that
    registers it, and WM_HOTKEY arrives in that thread's message queue; a thread of our own
    with a GetMessage loop therefore needs no GUI toolkit. Other threads hand it work through
    a queue and a WM_APP nudge, and wait for the answer."""

    def __init__(self) -> None:
        self.handlers: dict[int, Callable[[], None]] = {}
        self._requests: queue.SimpleQueue[tuple[Callable[[], object], Future[object]]] = (
            queue.SimpleQueue())
        self._thread_id = 0
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="windows-hotkeys", daemon=True)
        self._thread.start()
        if not self._ready.wait(5):
            raise HotkeyError(messages.HOTKEY_REFUSED, "-", "thread did not start")

    def call(self, function: Callable[[], T]) -> T:
        """Runs function on the hotkey thread and returns its result (or raises its error)."""
        future: Future[object] = Future()
        self._requests.put((function, future))
        if not user32.PostThreadMessageW(self._thread_id, WM_APP, 0, 0):
            raise HotkeyError(messages.HOTKEY_REFUSED, "-", ctypes.get_last_error())
        return future.result(timeout=5)  # type: ignore[return-value]

    def stop(self) -> None:
        user32.PostThreadMessageW(self._thread_id, WM_QUIT, 0, 0)

    def _loop(self) -> None:
        self._thread_id = kernel32.GetCurrentThreadId()
        msg = wintypes.MSG()
        user32.PeekMessageW(ctypes.byref(msg), None, 0, 0, PM_NOREMOVE)  # makes the queue
        self._ready.set()
        while user32.GetMessageW(ctypes.byref(msg), None, 0, 0) > 0:
            if msg.message == WM_HOTKEY:
                handler = self.handlers.get(int(msg.wParam))
                if handler is not None:
                    handler()
            elif msg.message == WM_APP:
                self._run_requests()

    def _run_requests(self) -> None:
        while True:
            try:
                function, future = self._requests.get_nowait()
            except queue.Empty:
                return
            try:
                future.set_result(function())
            except Exception as exc:  # handed back to the caller's thread
                future.set_exception(exc)


class WindowsBackend(Backend):
    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._vks: dict[str, int] = {}  # each hotkey's own key, checked by modifiers_down
        self._next_id = itertools.count(1)
        self._hotkeys = _HotkeyThread()
        self._handlers = self._hotkeys.handlers

    def register_hotkey(self, name: str, hotkey: Hotkey, callback: Callable[[], None]) -> None:
        """callback runs on the hotkey thread; the UI hands it to its own thread."""
        if name in self._ids:
            old = self._ids.pop(name)
            self._hotkeys.call(lambda: user32.UnregisterHotKey(None, old))
        hotkey_id = next(self._next_id)

        def register() -> int:
            ok = user32.RegisterHotKey(None, hotkey_id, windows_hotkey_flags(hotkey),
                                       windows_vk(hotkey.key))
            return 0 if ok else ctypes.get_last_error() or -1

        code = self._hotkeys.call(register)
        if code == ERROR_HOTKEY_ALREADY_REGISTERED:
            raise HotkeyError(messages.HOTKEY_TAKEN, hotkey)
        if code:
            raise HotkeyError(messages.HOTKEY_REFUSED, hotkey, code)
        self._ids[name] = hotkey_id
        self._vks[name] = windows_vk(hotkey.key)
        self._handlers[hotkey_id] = callback

    def unregister_all(self) -> None:
        ids = list(self._ids.values())
        self._ids.clear()
        self._vks.clear()
        self._handlers.clear()

        def unregister() -> None:
            for hotkey_id in ids:
                user32.UnregisterHotKey(None, hotkey_id)

        self._hotkeys.call(unregister)

    def close(self) -> None:
        self.unregister_all()
        self._hotkeys.stop()

    def modifiers_down(self) -> bool:
        keys = (0x10, 0x11, 0x12, 0x5B, 0x5C, *self._vks.values())
        return any(user32.GetAsyncKeyState(vk) & 0x8000 for vk in keys)

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
        if user32.SendInput(len(inputs), ctypes.byref(inputs), ctypes.sizeof(INPUT)) != len(inputs):
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
