"""Capture the buyer's selected text and insert the chosen reply, leaving the clipboard as it was.

The steps are timed with QTimer on the GUI thread (the clipboard belongs to it) and never
block it: each step schedules the next. The OS parts come from a Backend, so the sequencing
is tested with a fake backend on any OS.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from assist.platform import messages
from assist.platform.base import COPY, PASTE_SHORTCUTS, Backend, HotkeyError, WindowRef
from assist.ui.desktop.clipboard import ClipboardKeeper, ClipboardSnapshot
from assist.ui.desktop.wording import localize, localize_error

log = logging.getLogger(__name__)
POLL_MS = 20


@dataclass
class Timing:
    modifier_release_ms: int = 1000  # how long to wait for the hotkey's keys to be let go
    capture_timeout_ms: int = 500  # how long the chat app may take to answer the copy
    focus_settle_ms: int = 120  # after re-activating the chat window, before pasting
    restore_delay_ms: int = 600  # after pasting, before the old clipboard comes back
    paste_shortcut: str = "ctrl+v"  # or "shift+insert" for apps that ignore Ctrl+V


class ClipboardBridge(QObject):
    captured = Signal(str)  # the buyer message
    inserted = Signal()
    failed = Signal(str)  # a sentence for the status line
    busy_changed = Signal(bool)

    def __init__(self, backend: Backend, keeper: ClipboardKeeper,
                 own_windows: Callable[[], set[int]], timing: Timing | None = None,
                 copy_keys: str = "default") -> None:
        super().__init__()
        self.backend = backend
        self.keeper = keeper
        self.own_windows = own_windows
        self.timing = timing or Timing()
        self.copy_hotkey = COPY[copy_keys]
        self.target: WindowRef | None = None  # the chat window of the last capture
        self._busy = False
        self._capture_waiting = False
        # time.time() of the last capture's and insert's steps, for the latency benchmark:
        # what waited on the chat app (its copy, its focus) is told apart from our own work
        self.marks: dict[str, float] = {}

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)
        if not busy and self._capture_waiting:
            # the agent pressed capture while the last reply's clipboard was being put back:
            # do it now rather than drop the press
            self._capture_waiting = False
            QTimer.singleShot(0, self.capture)

    # ---- capture -------------------------------------------------------------------------

    def capture(self) -> None:
        if self._busy:
            self._capture_waiting = True
            return
        self._set_busy(True)
        self._when(lambda: not self.backend.modifiers_down(), self.timing.modifier_release_ms,
                   self._copy_selection,
                   lambda: self._fail(messages.RELEASE_KEYS))

    def _copy_selection(self) -> None:
        snapshot = self.keeper.snapshot()
        window = self.backend.active_window()
        if window is not None and window.handle in self.own_windows():
            self._set_busy(False)
            self.failed.emit(localize(messages.SELECT_IN_CHAT))
            return
        self.keeper.clear()  # so any text that appears now is the selection, not old content
        self.marks["copy_sent"] = time.time()
        try:
            self.backend.send_keys(self.copy_hotkey)
        except HotkeyError as exc:
            self.keeper.restore(snapshot)
            self._fail(messages.STEP_FAILED, localize_error(exc))
            return
        self._when(lambda: bool(self.keeper.text().strip()), self.timing.capture_timeout_ms,
                   lambda: self._captured(snapshot, window),
                   lambda: self._nothing_copied(snapshot))

    def _captured(self, snapshot: ClipboardSnapshot, window: WindowRef | None) -> None:
        self.marks["copied"] = time.time()
        text = self.keeper.text().strip()
        self.keeper.restore(snapshot)
        self.target = window
        self._set_busy(False)
        self.captured.emit(text)

    def _nothing_copied(self, snapshot: ClipboardSnapshot) -> None:
        self.keeper.restore(snapshot)
        self._fail(messages.NOTHING_SELECTED)

    # ---- insert --------------------------------------------------------------------------

    def insert(self, text: str) -> None:
        if self._busy or not text:
            return
        self._set_busy(True)
        self.marks["insert_started"] = time.time()
        snapshot = self.keeper.snapshot()
        self.keeper.set_text(text)
        active = self.backend.active_window()
        own = self.own_windows()
        if self.target is None:
            self._leave_on_clipboard(messages.NO_TARGET)
            return
        if active is not None and active.handle == self.target.handle:
            self._when(lambda: not self.backend.modifiers_down(),
                       self.timing.modifier_release_ms, lambda: self._paste(snapshot),
                       lambda: self._leave_on_clipboard(messages.RELEASE_KEYS_INSERT))
            return
        if active is not None and active.handle not in own:
            self._leave_on_clipboard(messages.MOVED_AWAY)
            return
        if not self.backend.activate(self.target):
            self._leave_on_clipboard(messages.CANNOT_ACTIVATE)
            return
        self._when(lambda: self._target_active(), self.timing.focus_settle_ms * 4,
                   lambda: QTimer.singleShot(self.timing.focus_settle_ms,
                                             lambda: self._paste(snapshot)),
                   lambda: self._leave_on_clipboard(messages.NO_FOCUS))

    def _target_active(self) -> bool:
        active = self.backend.active_window()
        return active is not None and self.target is not None and \
            active.handle == self.target.handle

    def _paste(self, snapshot: ClipboardSnapshot) -> None:
        self.marks["paste_sent"] = time.time()
        try:
            self.backend.send_keys(PASTE_SHORTCUTS[self.timing.paste_shortcut])
        except HotkeyError as exc:
            self._leave_on_clipboard(messages.KEYS_FAILED, localize_error(exc))
            return
        # Slow chat apps read the clipboard some time after the keys arrive.
        QTimer.singleShot(self.timing.restore_delay_ms, lambda: self._restored(snapshot))

    def _restored(self, snapshot: ClipboardSnapshot) -> None:
        self.keeper.restore(snapshot)
        self._set_busy(False)
        self.inserted.emit()

    def _leave_on_clipboard(self, template: str, *args: object) -> None:
        self._set_busy(False)
        self.failed.emit(localize(template, *args))

    # ---- helpers -------------------------------------------------------------------------

    def _fail(self, template: str, *args: object) -> None:
        self._set_busy(False)
        self.failed.emit(localize(template, *args))

    def _when(self, ready: Callable[[], bool], timeout_ms: int, then: Callable[[], None],
              otherwise: Callable[[], None]) -> None:
        """Poll ready() every POLL_MS without blocking the event loop; then or otherwise."""
        deadline = time.monotonic() + timeout_ms / 1000

        def check() -> None:
            try:
                ok = ready()
            except Exception as exc:  # an OS call failing mid-sequence must end it cleanly
                log.exception("capture/insert step failed")
                self._fail(messages.STEP_FAILED, exc)
                return
            if ok:
                then()
            elif time.monotonic() >= deadline:
                otherwise()
            else:
                QTimer.singleShot(POLL_MS, check)

        check()
