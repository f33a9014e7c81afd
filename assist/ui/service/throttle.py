"""Collects bursts of calls and acts once, after things have been quiet for a while."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class Throttle(QObject):
    def __init__(self, action: Callable[[], None], delay_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self._action = action
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._action)

    def trigger(self) -> None:
        self._timer.start()  # restarting on every call: act once, after the burst

    def cancel(self) -> None:
        self._timer.stop()
