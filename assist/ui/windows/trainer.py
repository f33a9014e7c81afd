"""The trainer view: why these cards, the answers waiting for review, and the desk's report.

"Why" shows suggest()'s own ranking (Assistant.explain): each channel's rank and score, the
fused score, the words that matched, and why a candidate was dropped or lowered, with its file
and line a double-click away. Explain runs on the Assistant's queue (it reads the index); the
pending list and the report on the feedback queue (they touch files). The view only lays out
what comes back.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assist.trainer.explain import BELOW_CUT_OFF, DUPLICATE, SHOWN, Explained, Explanation
from assist.trainer.pending import PendingRow
from assist.ui.desktop.open_file import open_at_line
from assist.ui.service.feedback import DeskFeedback
from assist.ui.service.jobs import Job, JobError
from assist.ui.service.service import AssistService
from assist.ui.shell.i18n import Retranslating

Opener = Callable[[Path, int], bool]
DEPTH = 15  # candidates explained: the five cards, their duplicates, and what came next


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    return table


class ExplainPanel(QWidget):
    """A question in, every ranked candidate out, one row each."""

    def __init__(self, service: AssistService, opener: Opener, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self._open = opener
        self.explanation: Explanation | None = None
        self._root = Path()
        self.question = QPlainTextEdit()
        self.question.setMaximumHeight(70)
        self.explain_button = QPushButton(objectName="primary")
        self.explain_button.clicked.connect(lambda: self.explain())
        self.summary = QLabel(wordWrap=True)
        self.table = _table(0)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))
        self.table.currentCellChanged.connect(lambda row, *_: self._show_detail(row))
        self.detail = QLabel(wordWrap=True, objectName="trainerDetail")
        self.detail.setTextFormat(Qt.TextFormat.RichText)  # a reply's own text is escaped
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.detail.linkActivated.connect(lambda _link: self.open_row(self.table.currentRow()))
        top = QHBoxLayout()
        top.addWidget(self.question, 1)
        top.addWidget(self.explain_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)

    def explain(self, text: str | None = None) -> Job | None:
        """Explains text (default: the question box) on the Assistant's queue."""
        if text is not None:
            self.question.setPlainText(text)
        text = self.question.toPlainText().strip()
        if not text:
            return None
        assistant = self.service.assistant
        root = Path(assistant.config.knowledge_dir)
        self.explain_button.setEnabled(False)
        self.summary.setText(self.tr("Explaining…") if not self.service.runner.busy else
                             self.tr("Explaining, once the engine has finished its current work…"))
        return self.service.runner.run(
            lambda: assistant.explain(text, limit=5, depth=DEPTH), "explain") \
            .success(lambda explanation: self.show_explanation(explanation, root)) \
            .failure(self._failed)

    def _failed(self, error: JobError) -> None:
        self.explain_button.setEnabled(True)
        self.summary.setText(self.tr("Explain failed: %1").replace("%1", error.message))

    def show_explanation(self, explanation: Explanation, root: Path) -> None:
        again = explanation is self.explanation  # laid out anew (language): keep the row
        keep = self.table.currentRow() if again else -1
        self.explain_button.setEnabled(True)
        self.explanation, self._root = explanation, root
        channels = self.channel_names()
        headers = [self.tr("#"), self.tr("Status"), self.tr("Card"), self.tr("Confidence"),
                   *(self.channel_title(c) for c in channels), self.tr("Fused"),
                   self.tr("Matched words"), self.tr("Why"), self.tr("Compliance"),
                   self.tr("Location")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(explanation.candidates))
        for row, candidate in enumerate(explanation.candidates):
            self._fill_row(row, candidate, channels)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.summary.setText(self._summary_text(explanation))
        self.detail.clear()
        if keep >= 0:
            self.table.setCurrentCell(keep, 0)

    def channel_names(self) -> list[str]:
        if self.explanation is None:
            return []
        found = [r.channel for c in self.explanation.candidates for r in c.channels]
        return list(dict.fromkeys([*self.explanation.channels, *found]))

    def _fill_row(self, row: int, c: Explained, channels: Sequence[str]) -> None:
        ranks = {r.channel: r for r in c.channels}
        cells = [str(c.rank), self.status_text(c.status), str(c.card or ""),
                 f"{c.confidence:.2f} {self.label_text(c.label)}".strip()]
        for name in channels:
            r = ranks.get(name)
            cells.append(f"#{r.rank} · {r.score:.3f}" if r and r.rank else "—")
        cells += [f"{c.fused:.4f}", " ".join(c.matched), self.reason_text(c),
                  " ".join(c.compliance), f"{c.file}:{c.line}"]
        tip = f"{c.question}\n\n{c.reply}".strip()
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            if c.status == SHOWN:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, col, item)

    def status_text(self, status: str) -> str:
        return {SHOWN: self.tr("shown"), DUPLICATE: self.tr("duplicate"),
                BELOW_CUT_OFF: self.tr("below cut-off")}.get(status, self.tr("not shown"))

    def label_text(self, label: str) -> str:
        """The core's calibrated confidence label ("" for an alternative)."""
        return {"strong": self.tr("strong"), "medium": self.tr("medium"),
                "weak": self.tr("weak")}.get(label, label)

    def channel_title(self, name: str) -> str:
        titles = {"keyword": self.tr("Keyword"), "general": self.tr("General model"),
                  "adapted": self.tr("Shop model")}
        return titles.get(name, name)

    def reason_text(self, c: Explained) -> str:
        """The core's reason, in the interface language."""
        e = self.explanation
        if c.status == SHOWN:
            text = self.tr("shown as card %1").replace("%1", str(c.card))
        elif c.status == DUPLICATE:
            text = self.tr("says the same as card %1, listed as one of its sources") \
                .replace("%1", str(c.card))
        elif c.status == BELOW_CUT_OFF and e is not None and e.not_for_shop:
            text = self.tr("no card shown: the message does not read like a question for a "
                           "shop (shop check %1 < %2)").replace(
                "%1", f"{e.shop_likeness:.2f}").replace("%2", str(e.shop_minimum))
        elif c.status == BELOW_CUT_OFF and e is not None and e.gate is not None:
            text = self.tr("no card shown: the message looks unanswered by this folder "
                           "(gate %1 < %2)").replace("%1", f"{e.gate:.2f}") \
                .replace("%2", str(e.gate_threshold))
        elif c.status == BELOW_CUT_OFF:
            text = self.tr("no card shown: the best confidence is below the cut-off %1") \
                .replace("%1", str(e.cut_off if e else ""))
        elif c.confidence <= 0.0:
            text = self.tr("ranked too low to be given a confidence")
        else:
            shown = sum(1 for x in e.candidates if x.status == SHOWN) if e else 0
            text = self.tr("ranked below the %1 cards shown").replace("%1", str(shown))
        if c.lowered:
            names = {"generic": self.tr("generic reply"),
                     "complaint mismatch": self.tr("does not fit a complaint"),
                     "product intro": self.tr("product introduction")}
            text += self.tr("; lowered as %1").replace(
                "%1", ", ".join(names.get(x, x) for x in c.lowered))
        if c.compliance:
            text += self.tr("; compliance warning")
        return text

    def _summary_text(self, e: Explanation) -> str:
        parts = [self.tr("Answered: cards are shown") if e.answered
                 else self.tr("Not answered: no card is shown"),
                 self.tr("Cut-off %1").replace("%1", str(e.cut_off))]
        if e.gate is not None:
            parts.append(self.tr("gate %1 (needs %2)").replace("%1", f"{e.gate:.2f}")
                         .replace("%2", str(e.gate_threshold)))
        parts.append(self.tr("Channels: %1").replace(
            "%1", ", ".join(self.channel_title(c) for c in e.channels) or "—"))
        notes = "".join(f"\n({note})" for note in e.notes)
        return " · ".join(parts) + notes + "\n" + self.tr(
            "Double-click a row to open its file at the line.")

    def _show_detail(self, row: int) -> None:
        if self.explanation is None or not 0 <= row < len(self.explanation.candidates):
            self.detail.clear()
            return
        c = self.explanation.candidates[row]
        where = html.escape(f"{c.file}:{c.line}")
        question = f"<b>{html.escape(c.question)}</b><br>" if c.question else ""
        reply = html.escape(c.reply[:400]).replace("\n", "<br>")
        self.detail.setText(f"{question}{reply}<br>"
                            f"<a href='open'>{where}</a>")

    def open_row(self, row: int) -> bool:
        if self.explanation is None or not 0 <= row < len(self.explanation.candidates):
            return False
        c = self.explanation.candidates[row]
        return self._open(self._root / c.file, c.line)


class PendingPanel(QWidget):
    """Answers saved at the desk, edited heavily or imported, for approval or rejection."""

    def __init__(self, service: AssistService, feedback: DeskFeedback, opener: Opener,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.service, self.feedback, self._open = service, feedback, opener
        self.rows: list[PendingRow] = []
        self.summary = QLabel(wordWrap=True)
        self.table = _table(4)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_row(row))
        self.approve_button = QPushButton(objectName="primary")
        self.approve_button.clicked.connect(lambda: self.approve_selected())
        self.reject_button = QPushButton()
        self.reject_button.clicked.connect(lambda: self.reject_selected())
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(lambda: self.refresh())
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def root(self) -> Path:
        return Path(self.service.assistant.config.knowledge_dir)

    def refresh(self, said: str = "") -> Job:
        """Reads the pending files again; said: a sentence for the summary line after it."""
        def show(rows: list[PendingRow]) -> None:
            self.show_rows(rows)
            if said:
                self.summary.setText(said)

        return self.feedback.list_pending(self.root()).success(show)

    def show_rows(self, rows: Sequence[PendingRow]) -> None:
        self.rows = list(rows)
        self.table.setRowCount(len(self.rows))
        for row, p in enumerate(self.rows):
            for col, text in enumerate((p.question, p.reply, p.tags, f"{p.file}:{p.line}")):
                self.table.setItem(row, col, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self._retranslate_summary()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.rows[r].id for r in rows if r < len(self.rows)]

    def approve_selected(self) -> Job | None:
        return self._review(self.feedback.approve, lambda n: self.tr(
            "%n answer(s) approved: they are suggestions from now on", "", n))

    def reject_selected(self) -> Job | None:
        return self._review(self.feedback.reject,
                            lambda n: self.tr("%n answer(s) rejected", "", n))

    def _review(self, action: Callable[[Path, list[str]], Job],
                said: Callable[[int], str]) -> Job | None:
        ids = self.selected_ids()
        if not ids:
            self.summary.setText(self.tr("Select the answers first."))
            return None

        def done(rows: list[PendingRow]) -> None:
            self.service.reload()  # approved rows are knowledge now; rejected ones change none
            self.refresh(said(len(rows)))

        return action(self.root(), ids).success(done).failure(
            lambda error: self.summary.setText(error.message))

    def open_row(self, row: int) -> bool:
        if not 0 <= row < len(self.rows):
            return False
        return self._open(self.root() / self.rows[row].file, self.rows[row].line)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Question"), self.tr("Reply"), self.tr("From"), self.tr("Location")])
        self.approve_button.setText(self.tr("Approve"))
        self.approve_button.setToolTip(self.tr("Move the selected answers into resolutions/; "
                                               "they are suggestions from then on"))
        self.reject_button.setText(self.tr("Reject"))
        self.refresh_button.setText(self.tr("Refresh"))
        self._retranslate_summary()

    def _retranslate_summary(self) -> None:
        self.summary.setText(
            self.tr("%n answer(s) wait for review. Select rows, then approve or reject them; "
                    "double-click opens the file.", "", len(self.rows)) if self.rows
            else self.tr("No answers wait for review."))


class TrainerWindow(Retranslating, QWidget):
    def __init__(self, service: AssistService, feedback: DeskFeedback,
                 parent: QWidget | None = None, opener: Opener = open_at_line):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("trainer")
        self.feedback = feedback
        self._open = opener
        self.resize(1000, 620)
        self.why = ExplainPanel(service, opener)
        self.pending = PendingPanel(service, feedback, opener)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.why, "")
        self.tabs.addTab(self.pending, "")
        self.report_button = QPushButton()
        self.report_button.clicked.connect(self.choose_report)
        self.tabs.setCornerWidget(self.report_button)
        self.message = QLabel(wordWrap=True, objectName="description")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.retranslate()
        self.pending.refresh()

    def choose_report(self) -> Job | None:
        name = f"assist-report-{date.today():%Y%m%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                              str(Path.home() / name),
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
        return self.write_report(target)

    def write_report(self, target: Path) -> Job:
        """Writes the report to target, then opens it in the spreadsheet app."""
        self.message.setText(self.tr("Writing the report…"))

        def written(path: Path) -> None:
            self.message.setText(self.tr("Report saved to %1").replace("%1", str(path)))
            self._open(path, 0)

        return self.feedback.write_report(target).success(written).failure(
            lambda error: self.message.setText(error.message))


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trainer view"))
        self.tabs.setTabText(0, self.tr("Why these cards"))
        self.tabs.setTabText(1, self.tr("Pending answers"))
        self.report_button.setText(self.tr("Report…"))
        self.report_button.setToolTip(self.tr("What the desk's feedback log says, as an Excel "
                                              "workbook with charts"))
        self.why.explain_button.setText(self.tr("Explain"))
        self.why.question.setPlaceholderText(self.tr("A buyer message, as the sidebar gets it"))
        if self.why.explanation is not None:
            self.why.show_explanation(self.why.explanation, self.why._root)
        self.pending.retranslate()
