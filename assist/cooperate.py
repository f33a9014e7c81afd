"""Background loops step aside while the UI thread draws.

PySide hands the GIL back at every Qt call. A worker thread looping in Python (scoring
readability, segmenting text, parsing files) then holds it for up to the switch interval each
time, and drawing five suggestion cards (hundreds of Qt calls) took 2.2 s instead of 40 ms
(benchmarks/startup.py; a shorter switch interval only brought it to 0.2 s). So the UI marks
the moments it draws with ``foreground()``, and long core loops call ``pause_point()``, which
waits (without the GIL) until the drawing is done. No Qt here: the core stays Qt-free.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

MAX_PAUSE_S = 0.5  # a forgotten foreground() must not stall background work for long

_idle = threading.Event()
_idle.set()
_lock = threading.Lock()
_owners: dict[int, int] = {}  # thread id -> nesting depth of foreground()


def hold_foreground() -> Callable[[], None]:
    """Start UI work that must not wait for background Python loops; call what it returns
    when done (from any thread; for drawing that ends some event-loop turns later)."""
    me = threading.get_ident()
    with _lock:
        _owners[me] = _owners.get(me, 0) + 1
        _idle.clear()

    def release() -> None:
        with _lock:
            _owners[me] -= 1
            if not _owners[me]:
                del _owners[me]
            if not _owners:
                _idle.set()

    return release


@contextmanager
def foreground() -> Iterator[None]:
    """hold_foreground() for the length of a block."""
    release = hold_foreground()
    try:
        yield
    finally:
        release()


def pause_point() -> None:
    """Called between items of a long loop: returns at once unless the UI is drawing."""
    if _idle.is_set() or threading.get_ident() in _owners:
        return
    _idle.wait(MAX_PAUSE_S)
