"""The Qt binding must not over-release what Python slots return.

PySide6 6.12.0 drops one reference to a slot's return value each time a C++ signal or a
single-shot timer calls it. On Python 3.11 None and True are ordinary objects, so a sidebar
left open (a debounce timer, five cards per search, clipboard polls) counts None down to zero
and aborts with "Fatal Python error: none_dealloc". pyproject.toml keeps that release out; this
test fails on any binding that brings the bug back. The calls run in a child process, so a
bad binding aborts the child, not the test session.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

CHILD = r"""
import gc, json, sys
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer

app = QCoreApplication([])
owner = QObject()
CALLS = 3000


def drain():
    for _ in range(20):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    gc.collect()


def returns_none():
    return None


def returns_true():
    return True


def single_shot(fn):
    return lambda: QTimer.singleShot(0, fn)


def timer_signal(fn):
    def start():
        timer = QTimer(owner)
        timer.setSingleShot(True)
        timer.timeout.connect(fn)
        timer.timeout.connect(timer.deleteLater)
        timer.start(0)
    return start


drift = {}
for name, make, fn, probe in (
    ("singleShot -> None", single_shot, returns_none, None),
    ("singleShot -> True", single_shot, returns_true, True),
    ("timer signal -> None", timer_signal, returns_none, None),
):
    drain()
    before = sys.getrefcount(probe)
    call = make(fn)
    for _ in range(CALLS):
        call()
    drain()
    drift[name] = sys.getrefcount(probe) - before
print(json.dumps(drift))
"""


def test_python_slots_do_not_lose_references_to_none_or_true() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 0, f"the Qt binding aborted the process:\n{done.stderr[-1500:]}"
    drift = json.loads(done.stdout.strip().splitlines()[-1])
    # a few references may come and go with Qt's own objects; thousands lost is the bug
    assert all(value > -100 for value in drift.values()), drift
