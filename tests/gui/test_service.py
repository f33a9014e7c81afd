"""The service's scheduling on the job queue, with a stand-in for the Assistant's timing only
(a worker-mechanism test: every window test uses the real Assistant)."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from types import SimpleNamespace

from assist.ui.service.jobs import JobRunner
from assist.ui.service.service import AssistService


class SlowIndexAssistant:
    """Answers searches instantly; builds its index in slow batches, like a cold start."""

    def __init__(self) -> None:
        self.config = SimpleNamespace(knowledge_dir=Path("kb"))  # no such folder: no words
        self.embedder = None
        self.semantic_ready = False
        self.threads: set[str] = set()
        self.queries: list[list[str]] = []
        self.batch_sizes: list[int | None] = []

    def load_knowledge(self):
        from assist.knowledge.model import LoadReport

        return LoadReport(root="kb")

    def load_model(self) -> None:
        self.embedder = type("E", (), {"batch_size": 64})()

    def build_index(self, progress, batch_size=None):
        self.batch_sizes.append(batch_size)
        for done in range(1, 6):
            time.sleep(0.3)
            progress(done, 5)
        self.semantic_ready = True
        return SimpleNamespace(message="")  # UpdateStats: nothing to say

    def ready_channels(self):
        return ("keyword", "general") if self.semantic_ready else ("keyword",)

    def suggest(self, messages, limit=5, context=None, fallbacks=None):
        self.threads.add(threading.current_thread().name)
        self.queries.append(list(messages))
        return list(messages)


def test_searches_are_answered_between_index_batches(qtbot):
    assistant = SlowIndexAssistant()
    runner = JobRunner()
    service = AssistService(assistant, runner)  # no warm-up queue: model loads at once
    try:
        service.start()
        qtbot.waitUntil(lambda: service.state.phase == "indexing", timeout=5_000)
        with qtbot.waitSignal(service.results_ready, timeout=2_000) as answer:
            service.search(["羽绒服怎么洗"])
        assert service.state.phase == "indexing"  # answered before the index was done
        assert answer.args == [["羽绒服怎么洗"]]
        assert assistant.batch_sizes == [16]  # small batches: searches wait less
        qtbot.waitUntil(lambda: service.state.phase == "semantic", timeout=5_000)
        assert len(assistant.threads) == 1  # one worker thread only, never the GUI thread
        assert threading.main_thread().name not in assistant.threads
    finally:
        runner.shutdown()


def test_fast_typing_searches_only_the_latest_text(qtbot):
    assistant = SlowIndexAssistant()
    runner = JobRunner()
    service = AssistService(assistant, runner)
    results = []
    service.results_ready.connect(results.append)
    try:
        service.start(load_model=False)
        qtbot.waitUntil(lambda: service.state.phase == "keyword", timeout=5_000)
        for text in ("羽", "羽绒", "羽绒服", "羽绒服怎么洗"):
            service.search([text])
        qtbot.waitUntil(lambda: not runner.busy and bool(results), timeout=5_000)
        assert results[-1] == ["羽绒服怎么洗"]
        assert assistant.queries == [["羽"], ["羽绒服怎么洗"]]  # the middle ones were skipped
    finally:
        runner.shutdown()


class NoModelAssistant(SlowIndexAssistant):
    def load_model(self) -> None:
        raise RuntimeError("no model in this folder")


def test_a_build_for_a_folder_left_behind_never_announces_itself(qtbot):
    """The agent switches folders while the first one is still being indexed: when that old
    build finishes, the state stays the new folder's (its model failed), never "semantic"."""
    first, second = SlowIndexAssistant(), NoModelAssistant()
    runner = JobRunner()
    service = AssistService(first, runner)
    states = []
    service.state_changed.connect(states.append)
    try:
        service.start()
        qtbot.waitUntil(lambda: service.state.phase == "indexing", timeout=5_000)
        service.switch(second)
        qtbot.waitUntil(lambda: first.semantic_ready and not runner.busy, timeout=10_000)
        qtbot.wait(100)
        assert service.state.generation == 2 and service.state.phase == "model_failed"
        assert not [s for s in states if s.generation == 2 and s.phase == "semantic"]
        assert [s.phase for s in states if s.generation == 1][-1] == "indexing"
    finally:
        runner.shutdown()


def test_the_engine_state_moves_only_forward_and_only_for_its_generation():
    from assist.ui.service.state import EngineLife, Phase

    seen = []
    life = EngineLife(seen.append)
    first = life.begin(model_wanted=True)
    assert life.move(first, Phase.KEYWORD, snippets=3)
    assert not life.move(first, Phase.STARTING)  # not a move the engine makes
    second = life.begin(model_wanted=True)
    assert not life.move(first, Phase.INDEXING)  # stale: dropped
    assert not life.update(first, done=5)
    assert life.state.phase is Phase.STARTING and life.state.generation == second
    assert life.move(second, Phase.KEYWORD) and life.move(second, Phase.INDEXING, total=9)
    assert life.move(second, Phase.SEMANTIC)
    assert [s.phase for s in seen] == ["starting", "keyword", "starting", "keyword", "indexing",
                                       "semantic"]
