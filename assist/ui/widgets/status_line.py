"""The status line at the foot of the sidebar; a click opens the problems list.

The line says which channels answered the message on screen (or, with none, which can answer),
then the snippet count, then what is under way: loading the model, indexing, training the
shop's model. Click it for the problems found in the knowledge files.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assist.results import SuggestResult
from assist.suggest.calibration import label
from assist.ui.service.state import EngineState
from assist.ui.shell.i18n import Retranslating, core_text

CONFIDENT_NOTE = "No suggestion is confident enough for this message."
# Assistant._suggest's notes on why there is no card
UNKNOWN_NOTE = "The knowledge folder never mentions %1."
ELSEWHERE_NOTE = "The message is about %1, where this shop does not sell."
ACCOUNT_NOTE = "The message is about the buyer's %1 account, which the shop cannot see."
NOT_FOR_SHOP_NOTE = "The message does not read like a question for a shop."
WHY_NO_CARD = (CONFIDENT_NOTE, UNKNOWN_NOTE, ELSEWHERE_NOTE, ACCOUNT_NOTE, NOT_FOR_SHOP_NOTE)


class StatusLine(Retranslating, QWidget):
    problems_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statusLine")
        self.label = QLabel(objectName="statusText")
        self.label.setWordWrap(True)
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.progress = QProgressBar(objectName="indexProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(4)
        self.progress.hide()
        self.problems_button = QPushButton(objectName="problemsButton")
        self.problems_button.setFlat(True)
        self.problems_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.problems_button.clicked.connect(self.problems_requested)
        self.problems_button.hide()
        # the core's notes on the message on screen (which channel read how much, and why one
        # stayed out), in the interface language and with the channels' own names
        self.notes_label = QLabel(objectName="notesText")
        self.notes_label.setWordWrap(True)
        self.notes_label.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.problems_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addWidget(self.progress)
        layout.addLayout(row)
        layout.addWidget(self.notes_label)
        self.state = EngineState()
        self.result: SuggestResult | None = None
        self.problem_count = 0
        self._message = ""
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.clear_message)
        self.retranslate()

    def set_state(self, state: EngineState) -> None:
        self.state = state
        if state.phase == "indexing":
            self._show_progress(state.done, state.total)
        elif state.training:
            self._show_progress(state.training_done, state.training_total)
        else:
            self.progress.hide()
        self.retranslate()

    def set_result(self, result: SuggestResult | None) -> None:
        """The message on screen and what answered it; None when there is none."""
        self.result = result
        self.retranslate()

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)  # (0, 0): busy, no figures yet
        self.progress.setValue(done)
        self.progress.show()

    def set_problem_count(self, count: int) -> None:
        self.problem_count = count
        self.retranslate()

    def show_message(self, text: str, timeout_ms: int = 4000) -> None:
        self._message = text
        self._message_timer.start(timeout_ms)
        self.retranslate()

    def clear_message(self) -> None:
        self._message = ""
        self.retranslate()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.problems_requested.emit()
        super().mouseReleaseEvent(event)


    def state_text(self) -> str:
        s = self.state
        if s.phase == "starting":
            return self.tr("Loading knowledge…")
        if s.phase == "failed":
            return self.tr("Knowledge could not be loaded: %1").replace("%1", s.detail)
        parts = [self._answer_text(), self.tr("%n snippet(s)", "", s.snippets)]
        activity = self._activity_text()
        return " · ".join(parts + ([activity] if activity else []))

    def channel_names(self, channels: Sequence[str]) -> str:
        names = {"keyword": self.tr("keyword"), "general": self.tr("general model"),
                 "adapted": self.tr("shop model")}
        return " + ".join(names.get(c, c) for c in channels)

    def _answer_text(self) -> str:
        """Who answered the message on screen; with none, who can answer."""
        result = self.result
        if result is None:
            ready = self.state.ready or ("keyword",)
            return self.tr("Ready: %1").replace("%1", self.channel_names(ready))
        used = self.channel_names(result.channels_used or ("keyword",))
        if not any(label(s.confidence) for s in result.suggestions):
            return self.tr("No confident suggestion (searched: %1)").replace("%1", used)
        text = self.tr("%1 answered").replace("%1", used)
        return text[:1].upper() + text[1:]

    def _activity_text(self) -> str:
        s = self.state
        if s.phase == "indexing":
            return self.tr("indexing %1/%2…").replace("%1", str(s.done)).replace("%2", str(s.total))
        if s.phase == "keyword" and s.model_wanted:
            return self.tr("loading model…")
        if s.training in ("starting", "prepare"):  # "prepare": pairs and vocabulary
            return self.tr("starting to train the shop's model…")
        if s.training:
            text = self.tr("training the shop's model %1/%2…")
            return text.replace("%1", str(s.training_done)).replace("%2", str(s.training_total))
        if s.phase == "model_failed":
            return self.tr("general model failed: %1").replace("%1", s.detail)
        return ""

    def notes(self) -> list[str]:
        """The core's notes on the message on screen, translated, channels named as the line
        names them. The notes on why there is no card are left out: the window says them in
        full."""
        if self.result is None:
            return []
        names = {c: self.channel_names([c]) for c in ("keyword", "general", "adapted")}
        out = []
        for note in self.result.notes:
            text = core_text(note)
            if getattr(note, "template", "") in WHY_NO_CARD:
                continue
            for colon in (":", "："):  # the Chinese sentence uses the full-width one
                channel, found, rest = text.partition(colon)
                if found and channel in names:
                    text = names[channel] + colon + rest
                    break
            out.append(text)
        return out

    def tooltip_text(self) -> str:
        """The line in full, and the core's notes on the message (which channel read how much)."""
        return "\n".join([self.state_text(), *self.notes()])

    def retranslate(self) -> None:
        self.label.setText(self._message or self.state_text())
        self.label.setToolTip(self.tooltip_text())
        notes = self.notes()
        self.notes_label.setText(" · ".join(notes))
        self.notes_label.setVisible(bool(notes))
        self.problems_button.setText("⚠ " + self.tr("%n problem(s)", "", self.problem_count))
        self.problems_button.setToolTip(self.tr("Show problems found in the knowledge files"))
        self.problems_button.setVisible(self.problem_count > 0)
