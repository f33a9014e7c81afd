"""Save and restore the agent's clipboard, every format, and tell our own writes apart."""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QClipboard


@dataclass(frozen=True)
class ClipboardSnapshot:
    formats: tuple[tuple[str, bytes], ...]  # (mime type, data), as the owner offered them

    @property
    def empty(self) -> bool:
        return not self.formats


class ClipboardKeeper:
    """Wraps QClipboard: snapshots, restores, and remembers what this app itself put there."""

    OWN_WRITE_WINDOW = 0.5  # seconds: change notifications this soon after our write are ours

    def __init__(self, clipboard: QClipboard) -> None:
        self.clipboard = clipboard
        self._last_own_write = float("-inf")

    def snapshot(self) -> ClipboardSnapshot:
        data = self.clipboard.mimeData()
        if data is None:
            return ClipboardSnapshot(())
        formats = []
        for mime in data.formats():
            # Qt lists some X11 bookkeeping targets as formats; they carry no content.
            if mime.startswith(("application/x-qt-windows-mime", "TARGETS", "MULTIPLE",
                                "TIMESTAMP", "SAVE_TARGETS")):
                continue
            formats.append((mime, bytes(data.data(mime))))
        return ClipboardSnapshot(tuple(formats))

    def restore(self, snapshot: ClipboardSnapshot) -> None:
        self._last_own_write = time.monotonic()
        if snapshot.empty:
            self.clipboard.clear()
            return
        data = QMimeData()
        for mime, payload in snapshot.formats:
            data.setData(mime, QByteArray(payload))
        self.clipboard.setMimeData(data)

    def set_text(self, text: str) -> None:
        self._last_own_write = time.monotonic()
        self.clipboard.setText(text)

    def clear(self) -> None:
        self._last_own_write = time.monotonic()
        self.clipboard.clear()

    def text(self) -> str:
        return self.clipboard.text()

    def recently_written(self) -> bool:
        """For dataChanged handlers: True when the change is (most likely) this app's own.

        A time window rather than a counter: platforms differ in how many change signals one
        write produces (none when the content is equal, two for clear-then-set)."""
        return time.monotonic() - self._last_own_write < self.OWN_WRITE_WINDOW
