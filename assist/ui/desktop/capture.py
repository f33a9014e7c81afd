"""Wires global hotkeys, the clipboard bridge, clipboard-watch mode and IPC into the sidebar."""

from __future__ import annotations

import logging
import os
import time

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from assist.platform import Backend, HotkeyError, UnsupportedBackend, create_backend, messages
from assist.platform.base import Hotkey
from assist.ui.desktop.bridge import ClipboardBridge, Timing
from assist.ui.desktop.clipboard import ClipboardKeeper
from assist.ui.desktop.wording import localize_error
from assist.ui.settings.model import Settings
from assist.ui.windows.main_window import MainWindow

log = logging.getLogger(__name__)


def _backend_for_this_display() -> Backend:
    # Offscreen/minimal Qt (tests, headless runs) has no real desktop to grab keys from, even
    # when a DISPLAY variable happens to be set.
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return UnsupportedBackend(messages.NO_DISPLAY)
    return create_backend()


class CaptureFeature(QObject):
    """Owns the OS backend for one sidebar window; every OS call happens on the GUI thread
    except the hotkey listener, whose callbacks come back through a queued signal."""

    problem = Signal(str)  # a sentence for the status line: conflicts, permissions, focus
    _hotkey_pressed = Signal(str)  # emitted from the listener thread, handled on the GUI thread

    def __init__(self, window: MainWindow, backend: Backend | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.backend = backend or _backend_for_this_display()
        self.keeper = ClipboardKeeper(QGuiApplication.clipboard())
        self.bridge = ClipboardBridge(self.backend, self.keeper, self._own_windows)
        self.paused = False
        self.clipboard_watch = False
        self.hotkey_errors: dict[str, str] = {}
        self._hotkey_pressed.connect(self._on_hotkey)
        self.bridge.captured.connect(self._on_captured)
        self.bridge.failed.connect(window.show_alert)
        self.bridge.inserted.connect(lambda: window.show_message(self.tr("Inserted")))
        self.problem.connect(lambda text: window.show_message(text, 8000))
        window.pastes_itself = self.backend.available
        window.insert_requested.connect(self._on_insert_requested)
        self.keeper.clipboard.dataChanged.connect(self._on_clipboard_changed)

    def _own_windows(self) -> set[int]:
        return {int(w.winId()) for w in QApplication.topLevelWidgets() if w.isVisible()}

    # ---- settings ------------------------------------------------------------------------

    def apply(self, settings: Settings) -> None:
        """(Re)register hotkeys and timings; every failure is reported, none is fatal."""
        self.clipboard_watch = bool(settings["clipboard_watch"])
        self.bridge.timing = Timing(
            capture_timeout_ms=settings["capture_timeout_ms"],
            restore_delay_ms=settings["restore_delay_ms"],
            paste_shortcut=settings["paste_shortcut"],
        )
        self.backend.unregister_all()
        self.hotkey_errors = {}
        if not self.backend.available:
            self.hotkey_errors["all"] = self.backend.problem
            log.info("global hotkeys unavailable: %s", self.backend.problem)
            if isinstance(self.backend, UnsupportedBackend):
                if not self.backend.headless:  # e.g. Wayland: say what to do instead
                    self.problem.emit(localize_error(self.backend.error))
            else:
                self.problem.emit(self.backend.problem)
            return
        wanted = {"capture": settings["hotkey_capture"], "insert": settings["hotkey_insert"],
                  **{f"card{rank}": keys for rank, keys in settings.card_hotkeys().items()}}
        taken = []
        for name, text in wanted.items():
            if not text:
                continue
            try:
                self.backend.register_hotkey(name, Hotkey.parse(text),
                                             lambda n=name: self._pressed(n))
            except HotkeyError as exc:
                self.hotkey_errors[name] = str(exc)
                taken.append(localize_error(exc))
        if taken:  # one line for all: five card keys taken at once is one conflict to fix
            self.problem.emit(" ".join(dict.fromkeys(taken)))

    def _pressed(self, name: str) -> None:
        """On the listener thread: note when, then hand over to the GUI thread."""
        self.bridge.marks["capture_key" if name == "capture" else "insert_key"] = time.time()
        self._hotkey_pressed.emit(name)

    def set_paused(self, paused: bool) -> None:
        self.paused = paused

    def close(self) -> None:
        self.backend.close()

    # ---- actions -------------------------------------------------------------------------

    def capture(self) -> None:
        if not self.paused:
            self.bridge.capture()

    def _on_hotkey(self, name: str) -> None:
        if name == "capture":
            self.capture()
        elif self.paused:
            self.window.show_message(self.tr("Capture and insert are paused"))
        elif not self.window.reveal():
            # Never paste a reply the agent has not seen: this press shows the cards.
            self.window.show_message(
                self.tr("Here are the replies: press the key again to insert"), 6000)
        elif name == "insert":
            self.window.insert_edited()
        elif name.startswith("card"):
            rank = int(name[4:])
            if not self.window.insert_card(rank):
                self.window.show_message(self.window.last_refusal, 6000)

    def _on_insert_requested(self, text: str) -> None:
        if self.backend.available:
            self.bridge.insert(text)

    def _on_captured(self, text: str) -> None:
        self.window.set_buyer_message(text, self.bridge.target)

    def _on_clipboard_changed(self) -> None:
        if not self.clipboard_watch or self.paused or self.bridge.busy:
            return
        if self.keeper.recently_written():
            return  # our own write (insert, restore)
        text = self.keeper.text().strip()
        if text and text != self.window.last_copied and len(text) < 2000:
            self.window.set_buyer_message(text, self.backend.active_window())

    # ---- IPC -----------------------------------------------------------------------------

    def handle_request(self, request: dict) -> dict:
        cmd = request.get("cmd")
        window = self.window
        if cmd == "ping":
            return {"ok": True, "pid": os.getpid()}
        if cmd == "show":
            window.show()
            window.raise_()
            window.activateWindow()
            return {"ok": True}
        if cmd == "capture":
            self.capture()
            return {"ok": True, "paused": self.paused}
        if cmd == "insert":
            rank = int(request.get("rank", 1))
            if not window.reveal():
                return {"ok": False, "error": "the sidebar was hidden and is shown now; "
                                              "look at the cards, then insert again"}
            if window.insert_card(rank):
                return {"ok": True}
            return {"ok": False, "error": window.last_refusal_english}
        if cmd == "ask":
            window.set_buyer_message(str(request.get("text", "")))
            return {"ok": True}
        if cmd == "status":
            state, result = window.engine_state, window.last_result
            return {
                "ok": True,
                "message": window.current_message(),
                "context": window.context_messages(),
                "buyer": window.desk.current.buyer if window.desk.current else "",
                "facts": [hit.snippet.source for hit in result.knowledge] if result else [],
                "suggestions": window.card_texts(),
                "busy": self.bridge.busy,
                "paused": self.paused,
                "hotkey_errors": self.hotkey_errors,
                "target": self.bridge.target.title if self.bridge.target else None,
                "phase": state.phase,
                "ready_channels": list(state.ready),
                "channels_used": list(result.channels_used) if result else [],
                "training": state.training,
                "status_line": window.status_text(),
                "timings": {**self.bridge.marks, "cards_drawn": window.drawn_at},
            }
        return {"ok": False, "error": f"unknown command {cmd!r}"}
