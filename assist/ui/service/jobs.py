"""The one way slow work runs: a serial background queue with results back on the GUI thread.

    runner.run(assistant.load_model).success(on_ready).failure(on_error)

Jobs run one at a time, in order, on a single worker thread, because the Assistant is not
thread-safe. Callbacks always run on the GUI thread (they are delivered through a queued Qt
signal), so they may touch widgets; the job function itself never may.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class JobError:
    """A failure as the GUI sees it: what went wrong, and where, for the log and the dialog."""

    title: str
    exception: BaseException
    details: str

    @property
    def message(self) -> str:
        return str(self.exception) or type(self.exception).__name__


class Job:
    def __init__(self, runner: JobRunner, fn: Callable[..., Any], title: str, with_progress: bool):
        self._runner = runner
        self._fn = fn
        self.title = title
        self._with_progress = with_progress
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[JobError], None] | None = None
        self._on_progress: Callable[..., None] | None = None
        self.done = False

    def success(self, callback: Callable[[Any], None]) -> Job:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[JobError], None]) -> Job:
        self._on_failure = callback
        return self

    def progress(self, callback: Callable[..., None]) -> Job:
        """callback gets what the job passes to progress(): (done, total) for index builds,
        (stage, done, total) for a training."""
        self._on_progress = callback
        return self

    def _execute(self) -> None:
        """Runs on the worker thread."""
        try:
            kwargs = {"progress": self._report_progress} if self._with_progress else {}
            result = self._fn(**kwargs)
        except Exception as exc:
            log.exception("job failed: %s", self.title)
            error = JobError(self.title, exc, traceback.format_exc())
            self._runner._relay.deliver.emit(self._fail, error)
        else:
            self._runner._relay.deliver.emit(self._succeed, result)

    def _report_progress(self, *values: Any) -> None:
        # Always relayed: the callback may be attached after the job has started.
        self._runner._relay.deliver.emit(self._show_progress, values)

    def _show_progress(self, values: tuple[Any, ...]) -> None:
        if self._on_progress is not None:
            self._on_progress(*values)

    def _succeed(self, result: Any) -> None:
        self._finish()
        if self._on_success is not None:
            self._on_success(result)

    def _fail(self, error: JobError) -> None:
        self._finish()
        handler = self._on_failure or self._runner.default_failure
        handler(error)

    def _finish(self) -> None:
        self.done = True
        self._runner._finished(self)


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker reach it queued."""

    deliver = Signal(object, object)
    idle = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._call)

    @Slot(object, object)
    def _call(self, callback: Callable[[Any], None], payload: Any) -> None:
        callback(payload)


def _log_failure(error: JobError) -> None:
    log.error("%s: %s", error.title, error.message)


class JobRunner:
    """A serial queue: one worker thread, jobs in submission order."""

    def __init__(self, default_failure: Callable[[JobError], None] | None = None):
        self._relay = _Relay()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="assist-job")
        self._pending: list[Job] = []
        self._lock = threading.Lock()
        self.default_failure = default_failure or _log_failure

    @property
    def idle(self):  # the signal, for waitSignal in tests and for shutdown
        return self._relay.idle

    def run(self, fn: Callable[..., Any], title: str = "", with_progress: bool = False) -> Job:
        """Queues fn; attach callbacks on the returned Job before control returns to Qt."""
        job = Job(self, fn, title or getattr(fn, "__name__", "job"), with_progress)
        with self._lock:
            self._pending.append(job)
        self._pool.submit(job._execute)
        return job

    @property
    def busy(self) -> bool:
        with self._lock:
            return bool(self._pending)

    def _finished(self, job: Job) -> None:
        with self._lock:
            self._pending.remove(job)
            now_idle = not self._pending
        if now_idle:
            self._relay.idle.emit()

    def shutdown(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=True)
