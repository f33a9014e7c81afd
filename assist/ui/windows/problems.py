"""The problems list: where each knowledge problem is (file:line) and what it is; a double-click
opens the file at that line. Compliance warnings (assist.trainer.compliance.lint) are among
them: the window adds them once the folder is checked."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

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
from assist.ui.desktop.open_file import open_at_line
from assist.ui.shell.i18n import Retranslating, core_text


class ProblemsDialog(Retranslating, QDialog):
    """Where each knowledge problem is (file:line) and what it is, for trainers to fix."""

    def __init__(self, problems: Sequence[Problem], parent: QWidget | None = None,
                 root: Path | None = None,
                 opener: Callable[[Path, int], bool] = open_at_line):
        """root: the knowledge folder the problems' files are in (None: rows do not open)."""
        super().__init__(parent)
        self.problems = list(problems)
        self.root = root
        self._open = opener
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
        self.table.cellDoubleClicked.connect(self.open_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_all)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def open_row(self, row: int, _column: int = 0) -> bool:
        """The row's file at its line, in an editor that can go there."""
        if self.root is None or not 0 <= row < len(self.problems):
            return False
        problem = self.problems[row]
        return self._open(Path(self.root) / problem.source, problem.line)

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(str(p) for p in self.problems))


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Knowledge problems"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Location"), self.tr("Severity"), self.tr("Problem")])
        self.summary.setText(
            self.tr("%n problem(s) in the knowledge folder. Fix them in the files; "
                    "changes load automatically.", "", len(self.problems))
            if self.problems else self.tr("No problems in the knowledge folder."))
        self.copy_button.setText(self.tr("Copy all"))
        if self.root is not None:
            self.table.setToolTip(self.tr("Double-click a row to open its file at that line"))
