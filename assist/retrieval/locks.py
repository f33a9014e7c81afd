"""One writer per index folder, across processes (the sidebar's reload and `assist index`).

An index is two files (the FAISS index and its manifest); a reader that opened them while
another process was between the two renames would get a mismatched pair. Writers and readers
of a folder therefore take its lock: writers for the few seconds a save takes, readers for
the read. The lock is an OS file lock (``filelock``), so a killed holder releases it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

LOCK_FILE = ".writer.lock"
# A save of the largest index takes seconds; waiting longer means the holder is stuck.
WAIT_S = 60.0


class FolderBusy(Exception):
    """Another process held the folder's lock for longer than we were willing to wait."""


@contextmanager
def folder_lock(directory: Path, wait: float = WAIT_S) -> Iterator[None]:
    """Hold the folder's writer lock; re-entrant within one thread of one process."""
    directory.mkdir(parents=True, exist_ok=True)
    # is_singleton: one lock object per path in a process, so a nested take (load inside a
    # build) counts up instead of waiting for itself.
    lock = FileLock(directory / LOCK_FILE, timeout=wait, is_singleton=True)
    try:
        lock.acquire()
    except Timeout as exc:
        raise FolderBusy(f"{directory} is being written by another process") from exc
    try:
        yield
    finally:
        lock.release()
