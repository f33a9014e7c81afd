"""The status line (model and index state, indexing progress, problem count) and the
problems list it opens for trainers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assist.knowledge.model import Problem


@dataclass
class EngineState:
    phase: str = "starting"  # starting | keyword | indexing | semantic | model_failed | failed
    snippets: int = 0
    done: int = 0
    total: int = 0
    detail: str = ""


class StatusLine(QWidget):
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
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.problems_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addWidget(self.progress)
        layout.addLayout(row)
        self.state = EngineState()
        self.problem_count = 0
        self._message = ""
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self._clear_message)
        self._retranslate()

    def set_state(self, state: EngineState) -> None:
        self.state = state
        indexing = state.phase == "indexing"
        self.progress.setVisible(indexing)
        if indexing:
            self.progress.setRange(0, max(state.total, 1))
            self.progress.setValue(state.done)
        self._retranslate()

    def set_problem_count(self, count: int) -> None:
        self.problem_count = count
        self._retranslate()

    def show_message(self, text: str, timeout_ms: int = 4000) -> None:
        self._message = text
        self._message_timer.start(timeout_ms)
        self._retranslate()

    def _clear_message(self) -> None:
        self._message = ""
        self._retranslate()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.problems_requested.emit()
        super().mouseReleaseEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def state_text(self) -> str:
        s = self.state
        count = self.tr("%n snippet(s)", "", s.snippets)
        texts = {
            "starting": self.tr("Loading knowledge…"),
            "keyword": self.tr("Keyword search ready · %1 · loading model…").replace("%1", count),
            "indexing": self.tr("Keyword search ready · indexing %1/%2…")
            .replace("%1", str(s.done)).replace("%2", str(s.total)),
            "semantic": self.tr("Semantic search ready · %1").replace("%1", count),
            "model_failed": self.tr("Keyword search only · model failed: %1")
            .replace("%1", s.detail),
            "failed": self.tr("Knowledge could not be loaded: %1").replace("%1", s.detail),
        }
        return texts.get(s.phase, s.phase)

    def _retranslate(self) -> None:
        self.label.setText(self._message or self.state_text())
        self.label.setToolTip(self.state_text())
        self.problems_button.setText("⚠ " + self.tr("%n problem(s)", "", self.problem_count))
        self.problems_button.setToolTip(self.tr("Show problems found in the knowledge files"))
        self.problems_button.setVisible(self.problem_count > 0)


class ProblemsDialog(QDialog):
    """Where each knowledge problem is (file:line) and what it is, for trainers to fix."""

    def __init__(self, problems: Sequence[Problem], parent: QWidget | None = None):
        super().__init__(parent)
        self.problems = list(problems)
        self.resize(640, 360)
        self.summary = QLabel()
        self.table = QTableWidget(len(self.problems), 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, problem in enumerate(self.problems):
            where = f"{problem.source}:{problem.line}" if problem.line else problem.source
            for col, text in enumerate((where, problem.severity, problem.message)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_all)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self._retranslate()

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(str(p) for p in self.problems))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Knowledge problems"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Location"), self.tr("Severity"), self.tr("Problem")])
        self.summary.setText(
            self.tr("%n problem(s) in the knowledge folder. Fix them in the files; "
                    "changes load automatically.", "", len(self.problems))
            if self.problems else self.tr("No problems in the knowledge folder."))
        self.copy_button.setText(self.tr("Copy all"))
