"""Drives the Assistant through the job queue and reports back with signals.

Start-up: knowledge first (keyword search works within a few seconds), then the model and
the vector index. The slow part of loading the model (importing its libraries and, on the very
first start, exporting it to ONNX in a child process) runs on a second queue of the same kind
that never touches the Assistant, so searches on the Assistant's queue keep flowing. It starts
only once the knowledge is loaded: run side by side they compete for the GIL and both get
slower. Once that start-up is over, ShopModel (shop_model.py) brings in the shop's own model,
training it first when needed.

The engine's state has one owner, EngineLife (state.py): every start opens a generation and
every report carries the one it was started in, so a build for a folder the agent has left
never announces itself. Results have one route: a search job emits `_answered` from the worker,
whether it ran as a job of its own or between the batches of a first index build.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from assist.engine import Assistant
from assist.knowledge.model import LoadReport
from assist.results import SuggestResult
from assist.retrieval.embedder import prepare_model
from assist.suggest.placeholders import DEFAULT_FALLBACKS
from assist.trainer import compliance
from assist.ui.service.jobs import JobError, JobRunner
from assist.ui.service.shop_model import ShopModel
from assist.ui.service.state import EngineLife, EngineState, Phase
from assist.ui.shell.i18n import core_text

log = logging.getLogger(__name__)
WARMUP_DELAY_MS = 700
INDEX_BATCH = 16
# the generation it was asked in, the conversation's messages, its placeholder values
Request = tuple[int, list[str], dict[str, str]]


class AssistService(QObject):
    state_changed = Signal(object)  # EngineState
    knowledge_loaded = Signal(object)  # LoadReport
    results_ready = Signal(object)  # SuggestResult
    search_failed = Signal(str)
    message = Signal(str, int)  # a sentence for the status line, and for how many ms
    models_changed = Signal()  # another model answers now: the current message is worth redoing
    _answered = Signal(int, object)  # generation, SuggestResult; emitted on the worker
    _unanswered = Signal(int, str)  # generation, why

    def __init__(self, assistant: Assistant, runner: JobRunner, warmup: JobRunner | None = None,
                 adapt: bool | None = None):
        """adapt: bring in (and train) the shop's own model; None reads ASSIST_ADAPT."""
        super().__init__()
        self.assistant = assistant
        self.runner = runner
        self._warmup = warmup
        self.life = EngineLife(self.state_changed.emit)
        self.report: LoadReport | None = None
        self.shop_words: list[str] = []  # the folder's compliance.txt, for the cards
        self._searching = False
        self._next_search: Request | None = None
        self._waiting: Request | None = None  # for the index build to answer between batches
        self._interleaving = False
        self._lock = threading.Lock()
        self._closed = False
        self.fallbacks = DEFAULT_FALLBACKS  # what {买家} becomes with no name (settings)
        self._answered.connect(self._on_answered)
        self._unanswered.connect(self._on_unanswered)
        self.shop = ShopModel(runner, adapt, parent=self)
        self.shop.progress.connect(self._on_training_progress)
        self.shop.in_use.connect(self._on_shop_model)
        self.shop.problem.connect(lambda text: self.message.emit(text, 15_000))

    @property
    def state(self) -> EngineState:
        return self.life.state

    # -- start-up ---------------------------------------------------------------------------
    def start(self, load_model: bool = True) -> None:
        generation = self.life.begin(model_wanted=load_model)
        self.shop.follow(self.assistant)
        self.runner.run(self._loading(self.assistant.load_knowledge), "load knowledge") \
            .success(lambda done: self._on_knowledge(generation, done)) \
            .failure(lambda error: self._failed(generation, error))

    def switch(self, assistant: Assistant) -> None:
        """Another knowledge folder or model: work still running for the old one is ignored."""
        self.assistant = assistant
        with self._lock:  # the old build must not answer for the new folder
            request, self._waiting = self._waiting, None
            self._interleaving = False
        self.start(load_model=self.state.model_wanted)
        if request is not None:  # queued behind the new folder's loading
            self._submit_search((self.life.generation, *request[1:]))

    def shutdown(self) -> None:
        """Cancels a training (its child process ends; the installed model stays); searches
        asked for later are dropped, as the queues are closing."""
        self._closed = True
        self.shop.shutdown()

    def _then_ready(self, fn: Any) -> Any:
        """fn on the worker, then the channels that can answer after it, read there too."""
        assistant = self.assistant

        def job(**kwargs: Any) -> tuple[Any, tuple[str, ...]]:
            return fn(**kwargs), assistant.ready_channels()

        return job

    def _loading(self, load: Any) -> Any:
        """A knowledge (re)load on the worker, with what trainers and cards need of the
        folder besides: its compliance warnings join the problems, and the shop's own
        compliance words come back for the cards."""
        root = Path(self.assistant.config.knowledge_dir)

        def job() -> tuple[LoadReport, list[str]]:
            report = load()
            words, _ = compliance.shop_words(root)
            report.problems.extend(compliance.lint(report.snippets, root))
            return report, words

        return self._then_ready(job)

    def _on_knowledge(self, generation: int,
                      done: tuple[tuple[LoadReport, list[str]], tuple[str, ...]]) -> None:
        (report, words), ready = done
        if not self.life.move(generation, Phase.KEYWORD, ready=ready,
                              snippets=len(report.snippets)):
            return
        self._publish_report(report, words)
        if not self.state.model_wanted:
            return
        if self._warmup is not None and self.assistant.embedder is None:
            # A moment's grace so the first answer is laid out before importing the model's
            # libraries (seconds of Python holding the GIL) begins.
            QTimer.singleShot(WARMUP_DELAY_MS, lambda: self._warm_up(generation))
        else:
            self._load_model(generation)

    def _warm_up(self, generation: int) -> None:
        if not self.life.current(generation) or self._warmup is None:
            return
        model_dir = self.assistant.config.model_dir
        self._warmup.run(lambda: prepare_model(model_dir), "prepare the model") \
            .success(lambda _: self._load_model(generation)) \
            .failure(lambda _: self._load_model(generation))

    def _load_model(self, generation: int) -> None:
        if not self.life.current(generation):
            return
        self.runner.run(self.assistant.load_model, "load model") \
            .success(lambda _: self._build_index(generation)) \
            .failure(lambda error: self._model_failed(generation, error))

    def _build_index(self, generation: int) -> None:
        total = len(self.report.snippets) if self.report else 0
        if not self.life.move(generation, Phase.INDEXING, done=0, total=total):
            return
        self._interleaving = not self.assistant.semantic_ready
        self.runner.run(self._then_ready(self._build_between_searches), "build index",
                        with_progress=True) \
            .progress(lambda done, total: self.life.move(generation, Phase.INDEXING,
                                                         done=done, total=total)) \
            .success(lambda done: self._index_built(generation, *done)) \
            .failure(lambda error: self._index_done(generation, Phase.MODEL_FAILED,
                                                    detail=error.message))

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
                self._answer(request)

        # smaller batches than the model's own: progress and searches come sooner
        return self.assistant.build_index(progress=step, batch_size=INDEX_BATCH)

    def _index_built(self, generation: int, stats: Any, ready: tuple[str, ...]) -> None:
        # why a saved or prebuilt index was not (wholly) used: IT's shared folder needs it said
        if stats.message and self.life.current(generation):
            self.message.emit(core_text(stats.message), 15_000)
        self._index_done(generation, Phase.SEMANTIC, ready=ready)

    def _index_done(self, generation: int, phase: Phase, **changes: Any) -> None:
        if not self.life.current(generation):
            return  # switch() has taken over its waiting search
        self._interleaving = False
        with self._lock:
            request, self._waiting = self._waiting, None
        if request is not None:
            self._submit_search(request)
        if self.life.move(generation, phase, **changes):
            self.shop.check()

    def _failed(self, generation: int, error: JobError) -> None:
        self.life.move(generation, Phase.FAILED, detail=error.message)

    def _model_failed(self, generation: int, error: JobError) -> None:
        if self.life.move(generation, Phase.MODEL_FAILED, detail=error.message):
            self.shop.check()

    def _on_training_progress(self, stage: str, done: int, total: int) -> None:
        self.life.update(None, training=stage, training_done=done, training_total=total)

    def _on_shop_model(self, ready: tuple[str, ...], manifest: dict | None) -> None:
        self.life.update(None, ready=ready)
        if manifest is not None:  # trained just now, not merely loaded from an earlier run
            self.message.emit(self.tr("The shop's model is trained and answers from now on"),
                              8_000)
        self.models_changed.emit()

    # -- reload and search ------------------------------------------------------------------
    def reload(self) -> None:
        generation = self.life.generation
        self.runner.run(self._loading(self.assistant.reload), "reload knowledge") \
            .success(lambda done: self._on_reloaded(generation, done)) \
            .failure(lambda error: self._failed(generation, error))

    def _on_reloaded(self, generation: int,
                     done: tuple[tuple[LoadReport, list[str]], tuple[str, ...]]) -> None:
        (report, words), ready = done
        if not self.life.update(generation, ready=ready, snippets=len(report.snippets)):
            return
        self._publish_report(report, words)
        phase = self.state.phase
        if phase is Phase.FAILED:  # the folder reads again
            self.life.move(generation, Phase.KEYWORD)
        elif self.assistant.semantic_ready and phase in (Phase.KEYWORD, Phase.INDEXING):
            self.life.move(generation, Phase.SEMANTIC)
        if phase in (Phase.SEMANTIC, Phase.MODEL_FAILED):
            self.shop.check()  # the edit may have made the shop's model stale

    def search(self, messages: Sequence[str], values: dict[str, str] | None = None) -> None:
        """Searches the latest request only: a request made while one runs replaces any
        waiting one, so fast typing never piles up work. messages and values: one
        conversation's (assist.desk), so no other buyer's details fill the replies."""
        if self._closed:
            return
        request = (self.life.generation, [m for m in messages if m.strip()], dict(values or {}))
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
        self.runner.run(lambda: self._answer(request), "search")

    def _answer(self, request: Request) -> None:
        """Runs on the worker; the answer goes back by the one route, _answered."""
        generation, messages, values = request
        try:
            result = self.assistant.suggest(messages, limit=5, context=values,
                                            fallbacks=self.fallbacks)
        except Exception as exc:
            log.exception("search failed")
            self._unanswered.emit(generation, str(exc) or type(exc).__name__)
        else:
            self._answered.emit(generation, result)

    def _on_answered(self, generation: int, result: SuggestResult) -> None:
        if not self._after_search() and self.life.current(generation):
            self.results_ready.emit(result)

    def _on_unanswered(self, generation: int, why: str) -> None:
        if not self._after_search() and self.life.current(generation):
            self.search_failed.emit(why)

    def _after_search(self) -> bool:
        """True when a newer request was waiting and now runs instead of showing this one."""
        self._searching = False
        if self._next_search is None:
            return False
        request, self._next_search = self._next_search, None
        self._run_search(request)
        return True

    # -- helpers ----------------------------------------------------------------------------
    def _publish_report(self, report: LoadReport, words: list[str]) -> None:
        self.report = report
        self.shop_words = words
        self.knowledge_loaded.emit(report)
