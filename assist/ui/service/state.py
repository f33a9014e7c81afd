"""The engine's life as the UI sees it: one state, one owner, and generations.

`EngineLife` is the only thing that changes the state. Each start (a new knowledge folder or
model) opens a new generation; work started for an older one reports back with its number and
is dropped, so a build for a folder the agent has since left can never announce itself.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

log = logging.getLogger(__name__)


class Phase(StrEnum):
    STARTING = "starting"  # loading the knowledge folder
    KEYWORD = "keyword"  # keyword search answers; the model is loading, or not wanted
    INDEXING = "indexing"  # embedding the snippets; keyword answers meanwhile
    SEMANTIC = "semantic"  # every channel that can answer does
    MODEL_FAILED = "model_failed"  # keyword (and the shop's model) only: the model did not load
    FAILED = "failed"  # the knowledge folder could not be loaded at all


# Where each phase may go next. STARTING is reachable from anywhere through begin().
_NEXT: dict[Phase, frozenset[Phase]] = {
    Phase.STARTING: frozenset({Phase.KEYWORD, Phase.FAILED}),
    Phase.KEYWORD: frozenset({Phase.KEYWORD, Phase.INDEXING, Phase.MODEL_FAILED}),
    Phase.INDEXING: frozenset({Phase.INDEXING, Phase.SEMANTIC, Phase.MODEL_FAILED}),
    Phase.SEMANTIC: frozenset({Phase.SEMANTIC}),
    Phase.MODEL_FAILED: frozenset({Phase.MODEL_FAILED}),
    Phase.FAILED: frozenset({Phase.KEYWORD, Phase.FAILED}),  # a reload after the fix
}


@dataclass(frozen=True)
class EngineState:
    phase: Phase = Phase.STARTING
    generation: int = 0
    snippets: int = 0
    done: int = 0  # indexing progress
    total: int = 0
    detail: str = ""  # why it failed
    model_wanted: bool = True  # False: keyword search only, no model is coming
    ready: tuple[str, ...] = ()  # channels that can answer now (Assistant.ready_channels)
    training: str = ""  # the shop's model: "" idle, or "starting", "prepare", "train"
    training_done: int = 0
    training_total: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "phase", Phase(self.phase))


class StaleWork(Exception):
    """Work of an earlier generation reported back; it is dropped."""


class EngineLife:
    def __init__(self, publish: Callable[[EngineState], None]) -> None:
        self._publish = publish
        self.state = EngineState()

    @property
    def generation(self) -> int:
        return self.state.generation

    def begin(self, model_wanted: bool) -> int:
        """A new start: returns the generation later reports must carry."""
        self._set(EngineState(generation=self.generation + 1, model_wanted=model_wanted,
                              training=self.state.training,
                              training_done=self.state.training_done,
                              training_total=self.state.training_total))
        return self.generation

    def current(self, generation: int) -> bool:
        return generation == self.generation

    def move(self, generation: int, phase: Phase, **changes: Any) -> bool:
        """To phase, with other fields changed too; False (and nothing changes) if the report
        is stale or the move is not one the engine can make."""
        if not self.current(generation):
            log.debug("dropped a stale report (generation %s, now %s): %s",
                      generation, self.generation, phase)
            return False
        if phase not in _NEXT[self.state.phase]:
            log.warning("engine state: %s -> %s is not a move it can make; ignored",
                        self.state.phase, phase)
            return False
        self._set(dataclasses.replace(self.state, phase=phase, **changes))
        return True

    def update(self, generation: int | None, **changes: Any) -> bool:
        """Fields other than the phase; generation None for news that outlives a start
        (the shop's model training belongs to no one folder load)."""
        if generation is not None and not self.current(generation):
            return False
        self._set(dataclasses.replace(self.state, **changes))
        return True

    def _set(self, state: EngineState) -> None:
        self.state = state
        self._publish(state)
