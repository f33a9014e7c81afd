"""Background loops wait at pause points while the UI thread holds foreground()."""

from __future__ import annotations

import threading
import time

from assist import cooperate


def test_background_loops_wait_while_the_ui_draws_and_resume_after() -> None:
    steps: list[float] = []
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            cooperate.pause_point()
            steps.append(time.perf_counter())
            time.sleep(0.001)

    worker = threading.Thread(target=loop)
    worker.start()
    time.sleep(0.05)
    with cooperate.foreground():
        cooperate.pause_point()  # the drawing thread itself never waits on itself
        time.sleep(0.01)  # a step already past its pause point may still finish
        held_from = time.perf_counter()
        time.sleep(0.15)
        held_to = time.perf_counter()
    time.sleep(0.05)
    stop.set()
    worker.join()
    assert not [t for t in steps if held_from < t < held_to]
    assert [t for t in steps if t > held_to]  # it went on afterwards


def test_a_forgotten_foreground_only_slows_background_work() -> None:
    release = cooperate.hold_foreground()
    try:
        waited: list[float] = []
        worker = threading.Thread(target=lambda: waited.append(_timed(cooperate.pause_point)))
        worker.start()
        worker.join(timeout=5)
        assert waited and cooperate.MAX_PAUSE_S * 0.8 <= waited[0] < cooperate.MAX_PAUSE_S * 4
    finally:
        release()
    assert _timed(cooperate.pause_point) < 0.01


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start
