"""Drives the Assistant through the job queue and reports back with signals.

Start-up: knowledge first (keyword search works within a few seconds), then the model and
the vector index. The slow part of loading the model (importing its libraries and, on the very
first start, exporting it to ONNX in a child process) runs on a second queue of the same kind
that never touches the Assistant, so searches on the Assistant's queue keep flowing. It starts
only once the knowledge is loaded: run side by side they compete for the GIL and both get
slower. Once that start-up is over, ShopModel (shop_model.py) brings in the shop's own model,
training it first when needed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from assist.engine import Assistant
from assist.knowledge.model import LoadReport
from assist.retrieval.embedder import prepare_model
from assist.ui.jobs import JobError, JobRunner
from assist.ui.shop_model import ShopModel
from assist.ui.status import EngineState

log = logging.getLogger(__name__)
WARMUP_DELAY_MS = 700
INDEX_BATCH = 16
Request = tuple[list[str], dict[str, str]]
STARTED = ("semantic", "model_failed")  # phases after the model and index start-up


class AssistService(QObject):
    state_changed = Signal(object)  # EngineState
    knowledge_loaded = Signal(object)  # LoadReport
    results_ready = Signal(object)  # SuggestResult
    search_failed = Signal(str)
    message = Signal(str, int)  # a sentence for the status line, and for how many ms
    models_changed = Signal()  # another model answers now: the current message is worth redoing
    _between_result = Signal(object)  # emitted on the worker, delivered queued
    _between_failed = Signal(str)

    def __init__(self, assistant: Assistant, runner: JobRunner, warmup: JobRunner | None = None,
                 adapt: bool | None = None):
        """adapt: bring in (and train) the shop's own model; None reads ASSIST_ADAPT."""
        super().__init__()
        self.assistant = assistant
        self.runner = runner
        self._warmup = warmup
        self.state = EngineState()
        self.report: LoadReport | None = None
        self._searching = False
        self._next_search: Request | None = None
        self._waiting: Request | None = None
        self._interleaving = False
        self._lock = threading.Lock()
        self._model_wanted = True
        self._closed = False
        self._between_result.connect(self._on_results)
        self._between_failed.connect(self._on_search_failed)
        self.shop = ShopModel(runner, adapt, parent=self)
        self.shop.progress.connect(self._on_training_progress)
        self.shop.in_use.connect(self._on_shop_model)
        self.shop.problem.connect(lambda text: self.message.emit(text, 15_000))

    # -- start-up ---------------------------------------------------------------------------
    def start(self, load_model: bool = True) -> None:
        """Start-up, also after app.py swapped in an Assistant for another folder."""
        self._model_wanted = load_model
        self.shop.follow(self.assistant)
        self._set_state(phase="starting", model_wanted=load_model, ready=())
        self.runner.run(self._then_ready(self.assistant.load_knowledge), "load knowledge") \
            .success(self._on_knowledge).failure(self._on_knowledge_failed)

    def shutdown(self) -> None:
        """Cancels a training (its child process ends; the installed model stays); searches
        asked for later are dropped, as the queues are closing."""
        self._closed = True
        self.shop.shutdown()

    def _then_ready(self, fn: Callable[..., Any]) -> Callable[..., tuple[Any, tuple[str, ...]]]:
        """fn on the worker, then the channels that can answer after it, read there too."""
        assistant = self.assistant

        def job(**kwargs: Any) -> tuple[Any, tuple[str, ...]]:
            return fn(**kwargs), assistant.ready_channels()

        return job

    def _on_knowledge(self, done: tuple[LoadReport, tuple[str, ...]]) -> None:
        report, ready = done
        self.state.ready = ready
        self._publish_report(report)
        if not self._model_wanted:
            self._set_state(phase="keyword")
            return
        if self._warmup is not None and self.assistant.embedder is None:
            self._set_state(phase="keyword")
            # A moment's grace so the first answer is laid out before torch takes the GIL.
            QTimer.singleShot(WARMUP_DELAY_MS, self._warm_up)
        else:
            self._load_model()

    def _warm_up(self) -> None:
        model_dir = self.assistant.config.model_dir
        self._warmup.run(lambda: prepare_model(model_dir), "prepare the model") \
            .success(lambda _: self._load_model()).failure(lambda _: self._load_model())

    def _load_model(self) -> None:
        self._set_state(phase="keyword")
        self.runner.run(self.assistant.load_model, "load model") \
            .success(lambda _: self._build_index()).failure(self._on_model_failed)

    def _build_index(self) -> None:
        total = len(self.report.snippets) if self.report else 0
        self._set_state(phase="indexing", done=0, total=total)
        if self.assistant.embedder is not None:  # smaller batches: progress and searches sooner
            self.assistant.embedder.batch_size = min(self.assistant.embedder.batch_size,
                                                     INDEX_BATCH)
        self._interleaving = not self.assistant.semantic_ready
        self.runner.run(self._then_ready(self._build_between_searches), "build index",
                        with_progress=True) \
            .progress(self._on_index_progress) \
            .success(lambda done: self._index_done("semantic", ready=done[1])) \
            .failure(lambda error: self._index_done("model_failed", error.message))

    def _build_between_searches(self, progress: Any) -> Any:
        """Runs on the worker. A first build on a new folder embeds every snippet (most of a
        minute on a small machine); searches asked for meanwhile are answered between batches,
        on this same thread, so keyword suggestions keep coming. Safe because build_index
        changes the Assistant only when it returns, and until then no vector index is in use."""
        def step(done: int, total: int) -> None:
            progress(done, total)
            with self._lock:
                request, self._waiting = self._waiting, None
            if request is not None:
                try:
                    self._between_result.emit(self._suggest(request))
                except Exception as exc:
                    log.exception("search between index batches failed")
                    self._between_failed.emit(str(exc) or type(exc).__name__)

        return self.assistant.build_index(progress=step)

    def _index_done(self, phase: str, detail: str = "",
                    ready: tuple[str, ...] | None = None) -> None:
        self._interleaving = False
        with self._lock:
            request, self._waiting = self._waiting, None
        if request is not None:
            self._submit_search(request)
        if ready is not None:
            self.state.ready = ready
        self._set_state(phase=phase, detail=detail)
        self.shop.check()

    def _on_index_progress(self, done: int, total: int) -> None:
        self._set_state(phase="indexing", done=done, total=total)

    def _on_knowledge_failed(self, error: JobError) -> None:
        self._set_state(phase="failed", detail=error.message)

    def _on_model_failed(self, error: JobError) -> None:
        self._set_state(phase="model_failed", detail=error.message)
        self.shop.check()

    def _on_training_progress(self, stage: str, done: int, total: int) -> None:
        self._set_state(training=stage, training_done=done, training_total=total)

    def _on_shop_model(self, ready: tuple[str, ...], manifest: dict | None) -> None:
        self._set_state(ready=ready)
        if manifest is not None:  # trained just now, not merely loaded from an earlier run
            self.message.emit(self.tr("The shop's model is trained and answers from now on"),
                              8_000)
        self.models_changed.emit()

    # -- reload and search ------------------------------------------------------------------
    def reload(self) -> None:
        self.runner.run(self._then_ready(self.assistant.reload), "reload knowledge") \
            .success(self._on_reloaded).failure(self._on_knowledge_failed)

    def _on_reloaded(self, done: tuple[LoadReport, tuple[str, ...]]) -> None:
        report, ready = done
        self.state.ready = ready
        self._publish_report(report)
        started = self.state.phase in STARTED
        phase = "semantic" if self.assistant.semantic_ready else self.state.phase
        if phase == "failed":
            phase = "keyword"
        self._set_state(phase=phase)
        if started:
            self.shop.check()  # the edit may have made the shop's model stale

    def search(self, messages: Sequence[str], context: dict[str, str] | None = None) -> None:
        """Searches the latest request only: a request made while one runs replaces any
        waiting one, so fast typing never piles up work."""
        request = ([m for m in messages if m.strip()], dict(context or {}))
        if self._closed:
            return
        if self._searching:
            self._next_search = request
        else:
            self._run_search(request)

    def _run_search(self, request: Request) -> None:
        self._searching = True
        if self._interleaving:
            with self._lock:
                self._waiting = request  # picked up between index batches
        else:
            self._submit_search(request)

    def _submit_search(self, request: Request) -> None:
        self.runner.run(lambda: self._suggest(request), "search") \
            .success(self._on_results).failure(self._on_search_failed)

    def _suggest(self, request: Request) -> Any:
        messages, context = request
        return self.assistant.suggest(messages, limit=5, context=context)

    def _on_results(self, result: Any) -> None:
        self._searching = False
        if self._next_search is not None:
            request, self._next_search = self._next_search, None
            self._run_search(request)
            return
        self.results_ready.emit(result)

    def _on_search_failed(self, error: JobError | str) -> None:
        self._searching = False
        self.search_failed.emit(error if isinstance(error, str) else error.message)
        if self._next_search is not None:
            request, self._next_search = self._next_search, None
            self._run_search(request)

    # -- helpers ----------------------------------------------------------------------------
    def _publish_report(self, report: LoadReport) -> None:
        self.report = report
        self.state.snippets = len(report.snippets)
        self.knowledge_loaded.emit(report)

    def _set_state(self, **changes: Any) -> None:
        for key, value in changes.items():
            setattr(self.state, key, value)
        self.state_changed.emit(self.state)
