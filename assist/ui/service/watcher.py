"""Watches the knowledge folder so trainers' edits show up within seconds.

watchdog reports on its own thread; the event is only relayed through a queued signal, and a
Throttle on the GUI thread turns a burst of saves into one `changed` signal.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from assist.ui.service.throttle import Throttle

log = logging.getLogger(__name__)
_IGNORED_PREFIXES = ("~$", ".~", ".#")
_IGNORED_SUFFIXES = (".tmp", ".swp", ".swx", "~", ".part")


def is_relevant(path: str) -> bool:
    name = Path(path).name
    return not (name.startswith(_IGNORED_PREFIXES) or name.endswith(_IGNORED_SUFFIXES)
                or name.startswith(".") or "__pycache__" in path)


class _Handler(FileSystemEventHandler):
    def __init__(self, relay: KnowledgeWatcher):
        self._relay = relay

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        paths = [str(event.src_path), str(getattr(event, "dest_path", "") or "")]
        if any(p and is_relevant(p) for p in paths):
            self._relay._raw_event.emit()


class KnowledgeWatcher(QObject):
    changed = Signal()
    _raw_event = Signal()

    def __init__(self, delay_ms: int = 500, parent: QObject | None = None):
        super().__init__(parent)
        self._throttle = Throttle(self.changed.emit, delay_ms, self)
        self._raw_event.connect(self._throttle.trigger)
        self._observer: Observer | None = None
        self.folder: Path | None = None

    def watch(self, folder: Path) -> None:
        self.stop()
        if not folder.is_dir():
            return
        self.folder = folder
        self._observer = Observer()
        self._observer.daemon = True
        self._observer.schedule(_Handler(self), str(folder), recursive=True)
        self._observer.start()
        log.info("watching %s", folder)

    def stop(self) -> None:
        self._throttle.cancel()
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout=2)
            self._observer = None
