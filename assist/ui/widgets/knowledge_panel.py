"""The facts behind a reply: matching product and policy snippets, matched words highlighted."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from assist.results import KnowledgeHit
from assist.ui.shell.i18n import Retranslating


def highlight(text: str, terms: Sequence[str], mark_style: str) -> str:
    """HTML-escapes text and wraps each matched term; longest terms first so they win."""
    words = sorted({t for t in terms if t.strip()}, key=len, reverse=True)
    if not words:
        return html.escape(text).replace("\n", "<br>")
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(html.escape(text[last:match.start()]))
        out.append(f'<span style="{mark_style}">{html.escape(match.group(0))}</span>')
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", "<br>")


class KnowledgePanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(objectName="sectionTitle")
        self.browser = QTextBrowser(objectName="knowledge")
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.browser, 1)
        self._hits: list[KnowledgeHit] = []
        self._dark = False
        self.retranslate()

    def set_dark(self, dark: bool) -> None:
        self._dark = dark
        self._render()

    def show_hits(self, hits: Sequence[KnowledgeHit]) -> None:
        self._hits = list(hits)
        self._render()

    def _render(self) -> None:
        if not self._hits:
            self.browser.setHtml(f'<p style="color:gray">{html.escape(self._empty_text)}</p>')
            return
        mark = ("background:#5b4a12;color:#ffe7a3" if self._dark
                else "background:#fff1c2;color:#5c3d00")
        muted = "#9aa4b2" if self._dark else "#6b7280"
        blocks = []
        for hit in self._hits:
            snippet = hit.snippet
            heading = snippet.title or snippet.product or snippet.source
            blocks.append(
                f'<p style="margin:0 0 2px 0"><b>{html.escape(heading)}</b></p>'
                f'<p style="margin:0 0 2px 0;color:{muted};font-size:small">'
                f"{html.escape(snippet.location)}</p>"
                f'<p style="margin:0 0 12px 0">'
                f"{highlight(snippet.reply, hit.matched_terms, mark)}</p>"
            )
        self.browser.setHtml("".join(blocks))


    def retranslate(self) -> None:
        self.title.setText(self.tr("Facts behind the replies"))
        self._empty_text = self.tr("Product and policy snippets that match appear here.")
        self._render()
