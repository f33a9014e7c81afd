"""The one background mechanism: serial, callbacks on the GUI thread, failures delivered."""

from __future__ import annotations

import threading

import pytest

from assist.ui.service.jobs import JobRunner


@pytest.fixture
def runner():
    runner = JobRunner()
    yield runner
    runner.shutdown()


def test_success_arrives_on_the_gui_thread(qtbot, runner):
    seen = []
    worker_threads = []

    def work():
        worker_threads.append(threading.current_thread())
        return 42

    job = runner.run(work).success(lambda r: seen.append((r, threading.current_thread())))
    qtbot.waitUntil(lambda: job.done)
    assert seen == [(42, threading.main_thread())]
    assert worker_threads[0] is not threading.main_thread()


def test_failure_reaches_the_failure_callback_with_details(qtbot, runner):
    errors = []

    def boom():
        raise ValueError("model folder is broken")

    runner.run(boom, "load model").failure(errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert errors[0].title == "load model"
    assert errors[0].message == "model folder is broken"
    assert "ValueError" in errors[0].details


def test_jobs_run_one_at_a_time_in_order_with_progress(qtbot, runner):
    order, progress = [], []
    gate = threading.Event()
    running = []

    def slow(progress_cb=None, tag="a"):
        running.append(tag)
        assert len(running) == 1  # never two at once
        gate.wait(2)
        order.append(tag)
        running.remove(tag)

    def counted(progress):
        for i in range(3):
            progress(i + 1, 3)
        order.append("c")

    runner.run(lambda: slow(tag="a"))
    runner.run(lambda: slow(tag="b"))
    runner.run(counted, with_progress=True).progress(lambda d, t: progress.append((d, t)))
    gate.set()
    with qtbot.waitSignal(runner.idle, timeout=5_000):
        pass
    assert order == ["a", "b", "c"]
    assert progress == [(1, 3), (2, 3), (3, 3)]


def test_unhandled_failure_goes_to_the_default_handler(qtbot):
    errors = []
    runner = JobRunner(default_failure=errors.append)
    try:
        runner.run(lambda: 1 / 0, "divide")
        qtbot.waitUntil(lambda: bool(errors))
        assert errors[0].title == "divide"
    finally:
        runner.shutdown()
