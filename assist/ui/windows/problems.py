"""The problems list: where each knowledge problem is (file:line) and what it is."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assist.knowledge.model import Problem
from assist.ui.shell.i18n import core_text


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
            for col, text in enumerate((where, problem.severity, core_text(problem.message))):
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
