"""The desk's side of the trainers' tools, on a serial queue of its own.

What the agent did with the cards of each buyer message goes to the FeedbackLog (masked there);
answers the agent saves go to pending/ for review (masked here, before they are written); the
trainer view approves, rejects and reports through the same queue. The log's SQLite connection
belongs to that queue's one thread, so it is opened, used and closed only in its jobs. Nothing
here touches the Assistant: searches never wait for a log write, nor the log for a search.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from assist.knowledge.model import LoadReport
from assist.results import SuggestResult
from assist.trainer import pending
from assist.trainer.feedback import FeedbackLog, FeedbackLogError, ShownCard, cards_from
from assist.trainer.masking import header_nicknames, mask
from assist.ui.service.jobs import Job, JobRunner

log = logging.getLogger(__name__)


@dataclass
class _Message:
    """The buyer message on screen and the cards it got, until the agent moves on."""

    text: str  # as pasted or captured: header lines name the people masking must hide
    context: tuple[str, ...]
    cards: list[ShownCard]
    folder: str
    answered: bool
    used: bool = False
    declined: str = ""  # SuggestResult.declined


@dataclass
class _Worker:
    """Lives on the queue's thread only."""

    path: Path | None
    log: FeedbackLog | None = None
    broken: str = ""  # why the log cannot be used; said once, then logging stops
    keep: tuple[str, ...] = field(default_factory=tuple)


def shop_details(report: LoadReport) -> tuple[str, ...]:
    """The shop's own name, address and phone (shop.yaml): masking leaves them in place."""
    values = [report.shop.name, *report.shop.extra.values()]
    return tuple(v.strip() for v in values if isinstance(v, str) and v.strip())


def same_message(old: _Message, text: str, context: Sequence[str]) -> bool:
    """Still the same buyer message: the agent is typing or correcting it (one text starts
    with the other) and no earlier message was pushed into the context meanwhile."""
    a, b = old.text.strip(), text.strip()
    return tuple(context) == old.context and (a.startswith(b) or b.startswith(a))


class DeskFeedback(QObject):
    problem = Signal(str)  # a sentence for the status line

    def __init__(self, runner: JobRunner, enabled: bool = True, path: Path | None = None,
                 parent: QObject | None = None):
        """runner: a queue of the feedback's own (not the Assistant's); path: the log file,
        None for the per-user default (assist.trainer.feedback.default_path)."""
        super().__init__(parent)
        self.runner = runner
        self.enabled = enabled
        self.keep: tuple[str, ...] = ()
        self._current: _Message | None = None
        self._worker = _Worker(path)
        self._closed = False

    # -- the desk ---------------------------------------------------------------------------
    def set_enabled(self, enabled: bool) -> None:
        """Off: the message on screen is forgotten and the log is closed; nothing more is
        written until it is turned on again."""
        if enabled == self.enabled:
            return
        self.enabled = enabled
        if not enabled:
            self._current = None
            self._run(self._close_log, "close the feedback log")

    def set_shop(self, report: LoadReport) -> None:
        self.keep = shop_details(report)

    def shown(self, result: SuggestResult, text: str, context: Sequence[str] = (),
              folder: str | Path = "") -> None:
        """Cards are on screen for text (the buyer's message as the input holds it)."""
        if not self.enabled or not text.strip():
            return
        cards = cards_from(result)
        current = self._current
        if current is not None and same_message(current, text, context):
            if not current.used:  # a better search of it (the shop's model came in)
                current.text, current.cards = text, cards
                current.answered, current.declined = bool(cards), result.declined
            return
        self.flush()
        self._current = _Message(text, tuple(context), cards, str(folder), bool(cards),
                                 declined=result.declined)

    def used(self, rank: int, sent: str, action: str = "inserted") -> None:
        """The agent inserted or copied card rank (1-based) as sent; the first use of a
        message's cards is the one recorded."""
        current = self._current
        if not self.enabled or current is None or current.used:
            return
        if not 1 <= rank <= len(current.cards):
            return
        current.used = True
        self._record(current, action, rank, sent)

    def flush(self) -> None:
        """The agent moved on: a message whose cards were not used is recorded as such."""
        current, self._current = self._current, None
        if self.enabled and current is not None and not current.used:
            self._record(current, "none", None, "")

    def _record(self, message: _Message, action: str, rank: int | None, sent: str) -> None:
        keep = self.keep

        def record() -> int | None:
            feedback = self._open_log(keep)
            if feedback is None:
                return None
            return feedback.record(message.text, message.cards, action=action, used_rank=rank,
                                   final_text=sent, folder=message.folder,
                                   answered=message.answered, declined=message.declined)

        self._run(record, "record desk feedback")

    # -- answers for review -----------------------------------------------------------------
    def save_answer(self, folder: Path, question: str, reply: str,
                    transcript: str = "") -> Job:
        """Propose (question, reply) in folder's pending/; the job's result is the row, or
        None when the same answer is already waiting. Masked before it is written, with the
        nicknames the transcript's header lines show (the buyer's message as pasted)."""
        names = header_nicknames(transcript)
        asked, answer = (mask(text, names, self.keep) for text in (question, reply))
        return self.runner.run(lambda: pending.save_answer(Path(folder), asked, answer),
                               "save the answer")

    def list_pending(self, folder: Path) -> Job:
        return self.runner.run(lambda: pending.list_pending(Path(folder)), "list pending answers")

    def approve(self, folder: Path, ids: Sequence[str]) -> Job:
        return self.runner.run(lambda: pending.approve(Path(folder), list(ids)), "approve")

    def reject(self, folder: Path, ids: Sequence[str]) -> Job:
        return self.runner.run(lambda: pending.reject(Path(folder), list(ids)), "reject")

    # -- compliance and reports ---------------------------------------------------------------
    def write_report(self, target: Path) -> Job:
        """The desk's report as .xlsx (report.build + write_xlsx); the job's result is the
        file. Fails with FeedbackLogError when there is no log to report on."""
        from assist.trainer import feedback as core
        from assist.trainer import report

        enabled, keep = self.enabled, self.keep

        def write() -> Path:
            opened = self._open_log(keep) if enabled else None
            if opened is not None:
                events = opened.events()
            else:
                path = self._worker.path or core.default_path()
                if not path.is_file():
                    raise FeedbackLogError(self.tr("There is no feedback log yet: it fills as "
                                                   "agents use the cards."))
                events = report.load_events([path])
            return report.write_xlsx(report.build(events), Path(target))

        return self.runner.run(write, "write the report")

    # -- the log, on the queue's thread --------------------------------------------------------
    def _open_log(self, keep: Iterable[str]) -> FeedbackLog | None:
        worker = self._worker
        if worker.log is None and not worker.broken:
            try:
                worker.log = FeedbackLog.open(worker.path, enabled=True)
            except (FeedbackLogError, OSError) as exc:
                worker.broken = str(exc)
                self.problem.emit(self.tr("The feedback log is off for this session: %1")
                                  .replace("%1", worker.broken))
        if worker.log is not None:
            worker.log.keep = tuple(keep)
        return worker.log

    def _close_log(self) -> None:
        if self._worker.log is not None:
            self._worker.log.close()
            self._worker.log = None

    def _run(self, fn: Any, title: str) -> None:
        if self._closed:
            return
        self.runner.run(fn, title).failure(self._failed)

    def _failed(self, error: Any) -> None:
        log.error("%s: %s", error.title, error.message)
        self.problem.emit(self.tr("%1 failed: %2").replace("%1", error.title)
                          .replace("%2", error.message))

    @property
    def log_path(self) -> Path | None:
        return self._worker.path

    def close(self, timeout: float = 5.0) -> None:
        """At quit: the message on screen is recorded and the log closed, waiting for the
        queue at most timeout seconds (a report being written may hold it)."""
        if self._closed:
            return
        self.flush()
        finished = threading.Event()

        def close() -> None:
            try:
                self._close_log()
            finally:
                finished.set()

        self._run(close, "close the feedback log")
        self._closed = True
        # Not runner.shutdown(wait=True): it cancels queued jobs, the last record among them.
        finished.wait(timeout)
        self.runner.shutdown(wait=False)
