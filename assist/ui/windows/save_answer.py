"""The small dialog behind "Save as answer": the buyer's question and the reply to propose,
both editable, before they go to pending/ for a trainer's review."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from assist.ui.shell.i18n import Retranslating


class SaveAnswerDialog(Retranslating, QDialog):
    def __init__(self, question: str, reply: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.resize(420, 320)
        self.question_label = QLabel()
        self.question_edit = QPlainTextEdit(question)
        self.question_edit.setMaximumHeight(64)
        self.reply_label = QLabel()
        self.reply_edit = QPlainTextEdit(reply)
        self.note = QLabel(objectName="description")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.question_edit, self.reply_edit):
            edit.textChanged.connect(self._update_save)
        layout = QVBoxLayout(self)
        for widget in (self.question_label, self.question_edit, self.reply_label):
            layout.addWidget(widget)
        layout.addWidget(self.reply_edit, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._update_save()
        (self.reply_edit if question.strip() else self.question_edit).setFocus()

    def values(self) -> tuple[str, str]:
        """(question, reply) as the agent left them."""
        return self.question_edit.toPlainText().strip(), self.reply_edit.toPlainText().strip()

    def _update_save(self) -> None:
        question, reply = self.values()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            bool(question and reply))


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Save as answer"))
        self.question_label.setText(self.tr("Buyer's question"))
        self.reply_label.setText(self.tr("Reply to propose"))
        self.reply_edit.setPlaceholderText(self.tr("The reply you would send to this question"))
        self.note.setText(self.tr("It waits in the knowledge folder's pending/ until a trainer "
                                  "approves it. Phone and order numbers, addresses and names "
                                  "are masked before it is saved."))
