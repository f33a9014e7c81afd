"""A rotating log file plus the last lines in memory, for the error dialog."""

from __future__ import annotations

import collections
import logging
import logging.handlers
from pathlib import Path

from assist import paths

FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


class RamHandler(logging.Handler):
    """Keeps the most recent formatted records so a crash report can include them."""

    def __init__(self, capacity: int = 300):
        super().__init__()
        self.lines: collections.deque[str] = collections.deque(maxlen=capacity)
        self.setFormatter(logging.Formatter(FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a log handler must never raise
            self.handleError(record)

    def dump(self) -> str:
        return "\n".join(self.lines)


def setup_logging(log_dir: Path | None = None, level: int = logging.INFO) -> RamHandler:
    directory = log_dir or paths.log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(level)
    file_handler = logging.handlers.RotatingFileHandler(
        directory / "assist.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter(FORMAT))
    ram = RamHandler()
    for handler in (file_handler, ram):
        root.addHandler(handler)
    for noisy in ("bm25s", "jieba", "sentence_transformers", "urllib3", "watchdog"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return ram
