"""Small widgets the main window is built from."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assist.ui.shell.i18n import Retranslating


class BuyerInput(QPlainTextEdit):
    """The buyer's message. Enter searches at once; Shift+Enter starts a new line."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("buyerInput")
        self.setTabChangesFocus(True)
        self.setFixedHeight(64)  # three lines; the cards below need the height more

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        modifiers = event.modifiers()
        if enter and not modifiers & (Qt.KeyboardModifier.ShiftModifier
                                      | Qt.KeyboardModifier.ControlModifier):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class ContextBox(Retranslating, QFrame):
    """The buyer's earlier messages that the search also considers; can be cleared."""

    cleared = Signal()
    MAX_MESSAGES = 3

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contextBox")
        self.messages: list[str] = []
        self.buyer = ""
        self.title = QLabel(objectName="sectionTitle")
        self.clear_button = QPushButton(objectName="linkButton")
        self.clear_button.setFlat(True)
        self.clear_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clear_button.clicked.connect(self.clear)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.clear_button)
        self.lines = QVBoxLayout()
        self.lines.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addLayout(self.lines)
        self._render()

    def show_messages(self, messages: list[str], buyer: str = "") -> None:
        """The current conversation's earlier messages (never another buyer's)."""
        self.buyer = buyer
        self.messages = [m for m in messages if m.strip()][-self.MAX_MESSAGES:]
        self._render()

    def clear(self) -> None:
        self.buyer = ""
        self.messages = []
        self._render()
        self.cleared.emit()

    def _render(self) -> None:
        while self.lines.count():
            item = self.lines.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for message in self.messages:
            label = QLabel(objectName="contextLine")
            metrics = label.fontMetrics()
            flat = " ".join(message.split())
            label.setText(metrics.elidedText(flat, Qt.TextElideMode.ElideRight, 300))
            label.setToolTip(message)
            self.lines.addWidget(label)
        self.setVisible(bool(self.messages))
        self.retranslate()


    def retranslate(self) -> None:
        self.title.setText(
            self.tr("Earlier messages from %1 (also searched)").replace("%1", self.buyer)
            if self.buyer else self.tr("Earlier messages (also searched)"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Forget the earlier messages"))
