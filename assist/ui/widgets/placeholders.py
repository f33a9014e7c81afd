"""Placeholders such as {订单号} still in a reply, highlighted where the agent edits it.

What a placeholder is, and how one is filled, is the core's (assist.suggest.placeholders).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from assist.suggest.placeholders import PLACEHOLDER


class PlaceholderHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, dark: bool = False):
        super().__init__(document)
        self._format = QTextCharFormat()
        self._dark = not dark
        self.set_dark(dark)

    def set_dark(self, dark: bool) -> None:
        if self._format.background().color().isValid() and dark == self._dark:
            return
        self._dark = dark
        self._format.setBackground(QColor("#5b4a12" if dark else "#fff1c2"))
        self._format.setForeground(QColor("#ffd666" if dark else "#8a5a00"))
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for match in PLACEHOLDER.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self._format)
