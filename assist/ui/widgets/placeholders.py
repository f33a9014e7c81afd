"""Placeholders such as {买家} left in a reply: find them, fill them, and highlight them."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

PLACEHOLDER = re.compile(r"\{([^{}\s]{1,12})\}")


def unfilled(text: str) -> list[str]:
    """Placeholder names in order of first appearance, without repeats."""
    return list(dict.fromkeys(PLACEHOLDER.findall(text)))


def fill(text: str, values: dict[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        value = values.get(match.group(1), "").strip()
        return value or match.group(0)

    return PLACEHOLDER.sub(replace, text)


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
