"""Keeps the shop's own retrieval model (assist.adapt) in use and current while the sidebar runs.

Once start-up is over (keyword search answers, the general model is loaded or has failed),
and after every reload, the store says whether the folder has a usable model and whether it is
stale. A usable model is swapped in on the Assistant's queue; a stale one is (re)trained in a
child process driven from a queue of its own, so searches keep flowing, and swapped in once it
is whole. One training at a time: when one ends the folder is checked again, so edits made
meanwhile are trained on next. ASSIST_ADAPT=0 turns all of this off; `train` False (the
train_shop_model setting, which IT may lock) only the training: a model shipped beside the
folder or trained before is still used.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from assist.adapt import store
from assist.adapt.runner import Outcome, Training
from assist.engine import Assistant
from assist.messages import Message
from assist.retrieval.embedder import ModelError
from assist.ui.service.jobs import JobError, JobRunner
from assist.ui.shell.i18n import core_text

log = logging.getLogger(__name__)
ENV = "ASSIST_ADAPT"
Identity = tuple[Any, ...]


def enabled_by_env() -> bool:
    """On unless ASSIST_ADAPT says 0 / false / no / off (tests, and IT for a locked-down PC)."""
    return os.environ.get(ENV, "1").strip().lower() not in {"0", "false", "no", "off"}


@dataclass(frozen=True)
class Found:
    """What a check found on the worker: the store's verdict and the folder's fingerprint."""

    status: store.Status
    fingerprint: str


def _identity(status: store.Status) -> Identity | None:
    """Tells one installed model from the next one trained into the same folder."""
    m = status.manifest
    return None if m is None else (m.folder_fingerprint, m.trained_at, m.train_seconds,
                                   m.size_bytes)


def _said(error: JobError) -> str:
    """A failure in the interface language when the core raised it with a Message."""
    first = error.exception.args[0] if error.exception.args else None
    return core_text(first) if isinstance(first, Message) else error.message


class ShopModel(QObject):
    progress = Signal(str, int, int)  # stage ("starting", "prepare", "train"; "" idle), done, total
    in_use = Signal(object, object)  # channels ready now, the new model's manifest (or None)
    problem = Signal(str)  # a sentence for the status line, said once per failure

    def __init__(self, runner: JobRunner, enabled: bool | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner  # the Assistant's queue
        self.enabled = enabled_by_env() if enabled is None else enabled
        self.train = True  # the train_shop_model setting
        self._trainer = JobRunner()  # serial too: a second training waits for the first to end
        self._assistant: Assistant | None = None
        self._training: Training | None = None
        self._using: Identity | None = None  # the installed model the Assistant was given
        self._failed_on = ""  # folder fingerprint a training failed on: not retried unchanged
        self._fresh: dict | None = None  # manifest of a model trained here, not yet in use
        self._retrained_damaged = False  # a damaged model was removed and retrained once

    @property
    def training(self) -> bool:
        return self._training is not None

    @property
    def trainer(self) -> JobRunner:
        return self._trainer

    def follow(self, assistant: Assistant) -> None:
        """A new Assistant (start-up, another folder): the old folder's training is cancelled."""
        self.cancel()
        self._assistant = assistant
        self._using, self._failed_on, self._fresh = None, "", None
        self._retrained_damaged = False

    def check(self) -> None:
        """Use the folder's model if it has one; train when it is stale. Call once start-up is
        over and after each reload."""
        assistant = self._assistant
        if not self.enabled or assistant is None or "adapted" not in assistant.channels:
            return
        self.runner.run(lambda: self._inspect(assistant), "check the shop's model") \
            .success(lambda found: self._on_checked(assistant, found)) \
            .failure(lambda error: self._report(self._could_not_train(_said(error))))

    def cancel(self) -> None:
        """Stops a running training at once; the installed model stays."""
        training, self._training = self._training, None
        if training is not None:
            training.cancel()
            self.progress.emit("", 0, 0)

    def shutdown(self) -> None:
        self.cancel()
        self._trainer.shutdown(wait=False)

    # -- on the worker ----------------------------------------------------------------------
    @staticmethod
    def _inspect(assistant: Assistant) -> Found:
        report = assistant.report
        status = store.status(Path(assistant.config.knowledge_dir), report)
        return Found(status, store.folder_fingerprint(store.content_hashes(report)))

    # -- on the GUI thread ------------------------------------------------------------------
    def _on_checked(self, assistant: Assistant, found: Found) -> None:
        if assistant is not self._assistant:
            return  # another folder meanwhile
        status = found.status
        if status.model_dir is not None and _identity(status) != self._using:
            self._install(assistant, status)
        if not status.stale or self._training is not None or not self.train:
            return  # a running training checks again when it ends
        if found.fingerprint == self._failed_on:
            return  # said why already; the next edit to the folder tries again
        log.info("training the shop's model: %s", status.reason)
        self._train(assistant, found.fingerprint)

    def _install(self, assistant: Assistant, status: store.Status) -> None:
        self._using = _identity(status)  # tried once: a model that fails to load is not retried
        fresh, self._fresh = self._fresh, None
        model_dir = status.model_dir

        def swap(progress: Any) -> tuple[str, ...]:
            try:
                assistant.use_adapted(model_dir)
            except ModelError:  # damaged on disk: removed, so the check after this trains anew
                assistant.use_adapted(None)
                store.discard(Path(assistant.config.knowledge_dir))
                raise
            assistant.build_index(progress)
            return assistant.ready_channels()

        self.runner.run(swap, "load the shop's model", with_progress=True) \
            .success(lambda ready: self._on_installed(assistant, ready, fresh)) \
            .failure(lambda error: self._on_install_failed(assistant, error))

    def _on_installed(self, assistant: Assistant, ready: tuple[str, ...],
                      fresh: dict | None) -> None:
        if assistant is self._assistant:
            log.info("shop model in use; channels ready: %s", ", ".join(ready))
            self.in_use.emit(ready, fresh)

    def _on_install_failed(self, assistant: Assistant, error: JobError) -> None:
        if assistant is self._assistant:
            self._report(self.tr("The shop's model could not be loaded: %1")
                         .replace("%1", _said(error)))
            if not self._retrained_damaged:  # once: a model that fails again is left alone
                self._retrained_damaged = True
                self.check()

    def _train(self, assistant: Assistant, fingerprint: str) -> None:
        training = Training(Path(assistant.config.knowledge_dir))
        self._training = training
        self.progress.emit("starting", 0, 0)
        self._trainer.run(training.run, "train the shop's model", with_progress=True) \
            .progress(lambda *values: self._on_progress(training, *values)) \
            .success(lambda outcome: self._on_trained(assistant, training, fingerprint, outcome)) \
            .failure(lambda error: self._on_trained(assistant, training, fingerprint,
                                                    Outcome(False, _said(error))))

    def _on_progress(self, training: Training, stage: str, done: int, total: int) -> None:
        if training is self._training:
            self.progress.emit(stage, done, total)

    def _on_trained(self, assistant: Assistant, training: Training, fingerprint: str,
                    outcome: Outcome) -> None:
        if training is self._training:
            self._training = None
            self.progress.emit("", 0, 0)
        if outcome.cancelled or training.cancelled or assistant is not self._assistant:
            return
        if outcome.ok:
            self._fresh = outcome.manifest
        else:
            self._failed_on = fingerprint
            self._report(self.tr("Too few question–reply pairs to train the shop's model: add "
                                 "past replies (question and reply columns) to the knowledge "
                                 "folder.") if outcome.too_few
                         else self._could_not_train(outcome.message), outcome.message)
        self.check()  # swaps the new model in; trains again if the folder changed meanwhile

    def _could_not_train(self, why: str) -> str:
        return self.tr("The shop's model could not be trained: %1").replace("%1", core_text(why))

    def _report(self, text: str, detail: str = "") -> None:
        log.warning("%s%s", text, f" ({detail})" if detail and detail not in text else "")
        self.problem.emit(text)
