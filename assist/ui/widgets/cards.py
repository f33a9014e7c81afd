"""A suggestion card: the reply (editable in place), where it came from, how sure we are,
fields for placeholders still unfilled, insert / copy / save-as-answer buttons, and a warning
line when the reply says what marketplace or advertising rules forbid."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from assist.results import Suggestion
from assist.suggest import calibration
from assist.suggest.placeholders import NO_FALLBACKS, fill, unfilled
from assist.trainer import compliance
from assist.ui.shell.i18n import Retranslating
from assist.ui.widgets.placeholders import PlaceholderHighlighter

# The core's calibrated labels, as the style sheets' `level` property names them; "" is an
# alternative shown under a confident first card, with no confidence claim.
LEVELS = {"strong": "high", "medium": "medium", "weak": "low", "": "alt"}


def confidence_level(confidence: float) -> str:
    return LEVELS[calibration.label(confidence)]


class ReplyEditor(QTextEdit):
    """Plain-text editor that grows with its text. Unfocused it shows at most COLLAPSED_LINES
    lines (a scroll bar says there is more), so four or five cards fit the sidebar; with the
    focus it shows the whole reply."""

    COLLAPSED_LINES = 3

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._fitting = False
        self.setAcceptRichText(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Any relayout (text, width, font from a style sheet) can change the height needed.
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.setTabChangesFocus(True)

    def _fit(self) -> None:
        if self._fitting:
            return  # resizing re-lays out the document, which would call us again
        self._fitting = True
        try:
            document = self.document()
            if document.textWidth() != self.viewport().width():
                document.setTextWidth(self.viewport().width())
            margins = self.contentsMargins()
            frame = margins.top() + margins.bottom() + 4
            full = max(28, int(document.size().height()) + frame)
            collapsed = self._lines_height(self.COLLAPSED_LINES) + margins.top() + margins.bottom()
            height = full if self.hasFocus() else min(full, collapsed)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                                            if height == full
                                            else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            if height != self.height():
                self.setFixedHeight(height)
        finally:
            self._fitting = False

    def _lines_height(self, count: int) -> int:
        """Height of the first count laid-out lines. Measured, not count x line spacing: a
        Chinese line is set in the CJK fallback font, taller than the widget's own."""
        document = self.document()
        block, seen = document.begin(), 0
        while block.isValid():
            top = document.documentLayout().blockBoundingRect(block).top()
            layout = block.layout()
            for index in range(layout.lineCount()):
                seen += 1
                if seen == count:
                    line = layout.lineAt(index)
                    return int(top + line.y() + line.height()) + 2
            block = block.next()
        return int(document.size().height())

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._fit()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # fonts from the style sheet are known only now; the context object drops the call if
        # the card is deleted first (results replaced while typing)
        QTimer.singleShot(0, self, self._fit)


class SuggestionCard(Retranslating, QFrame):
    insert_clicked = Signal(object)  # the card
    copy_clicked = Signal(object)
    edited = Signal(object)
    save_clicked = Signal(object)  # propose the reply, as edited, for the trainer's review

    def __init__(self, rank: int, suggestion: Suggestion, parent: QWidget | None = None,
                 key_hint: str = ""):
        """key_hint: the global hotkey that inserts this card from the chat window."""
        super().__init__(parent)
        self.rank = rank
        self.suggestion = suggestion
        self.key_hint = key_hint
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._fields: dict[str, QLineEdit] = {}
        self.compliance_flags: list[compliance.Flag] = []  # what the reply should not say
        self._compliance_seen = False
        self._shop_words: tuple[str, ...] | None = None  # None: the window has not checked it
        self._build()
        self._highlighter = PlaceholderHighlighter(self.editor.document())
        self.editor.setPlainText(suggestion.text)
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.textChanged.connect(self._recheck_compliance)
        self._sync_fields()
        self.retranslate()

    def _build(self) -> None:
        self.rank_label = QLabel(str(self.rank), objectName="rank")
        self.kind_label = QLabel(objectName="kind")
        self.confidence_label = QLabel(objectName="confidence")
        self.confidence_label.setProperty("level", confidence_level(self.suggestion.confidence))
        self.insert_button = QPushButton(objectName="primary")
        self.insert_button.clicked.connect(lambda: self.insert_clicked.emit(self))
        self.copy_button = QPushButton(objectName="small")
        self.copy_button.clicked.connect(lambda: self.copy_clicked.emit(self))
        self.save_button = QPushButton(objectName="linkButton")
        self.save_button.clicked.connect(lambda: self.save_clicked.emit(self))
        self.source_label = QLabel(objectName="source")
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                        QSizePolicy.Policy.Preferred)
        # One row for who it is, how sure, where from and the two actions: the reply gets the
        # height, so four or five cards fit the sidebar.
        head = QHBoxLayout()
        head.setSpacing(4)
        for widget in (self.rank_label, self.kind_label, self.confidence_label):
            head.addWidget(widget)
        head.addWidget(self.source_label, 1)
        head.addWidget(self.copy_button)
        head.addWidget(self.insert_button)
        self.editor = ReplyEditor(self)
        self.editor.setObjectName("reply")
        self.compliance_label = QLabel(objectName="complianceWarning")
        self.compliance_label.setWordWrap(True)
        self.compliance_label.hide()
        self.fields_box = QWidget(self)
        self.fields_layout = QGridLayout(self.fields_box)
        self.fields_layout.setContentsMargins(0, 0, 0, 0)
        self.fields_layout.setHorizontalSpacing(6)
        self.fields_layout.setVerticalSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 5, 8, 5)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.editor)
        layout.addWidget(self.compliance_label)
        layout.addWidget(self.fields_box)
        self.foot = QWidget(self)  # shown once the agent edits: an edited reply is worth saving
        foot = QHBoxLayout(self.foot)
        foot.setContentsMargins(0, 0, 0, 0)
        foot.addStretch(1)
        foot.addWidget(self.save_button)
        self.foot.hide()
        layout.addWidget(self.foot)

    # -- text and placeholders ---------------------------------------------------------------
    def final_text(self) -> str:
        values = {name: edit.text() for name, edit in self._fields.items()}
        return fill(self.editor.toPlainText(), values, NO_FALLBACKS).text.strip()

    def missing_placeholders(self) -> list[str]:
        """Placeholders that would reach the buyer as they are: the core filled what it knew
        (and what has a fallback, like the salutation for {买家}); these have no value."""
        return list(unfilled(self.final_text()))

    def placeholder_field(self, name: str) -> QLineEdit | None:
        return self._fields.get(name)

    def set_dark(self, dark: bool) -> None:
        self._highlighter.set_dark(dark)

    def _on_text_changed(self) -> None:
        # textChanged also fires when only the highlighting is redone (a theme switch): the
        # offer to save follows a real edit of the words
        self.foot.setVisible(self.editor.toPlainText() != self.suggestion.text)
        self._sync_fields()
        self.edited.emit(self)

    def _sync_fields(self) -> None:
        names = list(unfilled(self.editor.toPlainText()))
        self.fields_box.setVisible(bool(names))
        if names == list(self._fields):
            return
        old = {name: edit.text() for name, edit in self._fields.items()}
        for edit in self._fields.values():
            edit.deleteLater()
        self._fields = {}
        for index, name in enumerate(names):
            edit = QLineEdit(self.fields_box)
            edit.setObjectName("placeholderField")
            edit.setPlaceholderText(name)
            edit.setText(old.get(name, ""))
            edit.setClearButtonEnabled(True)
            self.fields_layout.addWidget(edit, index // 2, index % 2)
            self._fields[name] = edit
        self.fields_box.setVisible(bool(names))
        self.retranslate()

    # -- feedback ----------------------------------------------------------------------------
    def flash_copied(self, button: QPushButton) -> None:
        button.setText(self.tr("Copied"))
        button.setProperty("flash", True)
        QTimer.singleShot(1500, self, self.retranslate)


    def retranslate(self) -> None:
        kinds = {
            "resolution": self.tr("Past reply"),
            "knowledge": self.tr("Product facts"),
            "template": self.tr("Template"),
        }
        self.kind_label.setText(kinds.get(str(self.suggestion.kind), str(self.suggestion.kind)))
        level = confidence_level(self.suggestion.confidence)
        words = {"high": self.tr("Strong"), "medium": self.tr("Medium"), "low": self.tr("Weak"),
                 "alt": self.tr("Alternative")}
        self.confidence_label.setText(("○ " if level == "alt" else "● ") + words[level])
        percent = str(round(self.suggestion.confidence * 100))
        self.confidence_label.setToolTip(
            self.tr("An alternative, less likely to be right (about %1%): check it before "
                    "sending").replace("%1", percent) if level == "alt"
            else self.tr("About %1% likely to be the right reply").replace("%1", percent))
        self._show_source()
        self.insert_button.setText(self.tr("Insert") + (f" {self.rank}" if self.rank <= 5 else ""))
        keys = [k for k in (self.key_hint, f"Alt+{self.rank}" if self.rank <= 5 else "") if k]
        self.insert_button.setToolTip(
            self.tr("Send this reply to the chat window") + ("  (" + " · ".join(keys) + ")"
                                                             if keys else ""))
        self.copy_button.setText(self.tr("Copy"))
        for name, edit in self._fields.items():
            edit.setToolTip(self.tr("Fills {%1} in the reply").replace("%1", name))
            edit.setPlaceholderText(self.tr("Fill {%1}").replace("%1", name))
        self.copy_button.setProperty("flash", False)
        self._retranslate_trainer()

    def contextMenuEvent(self, event) -> None:
        """Right-click on the card (the reply has its own text menu): the actions, by name."""
        menu = QMenu(self)
        menu.addAction(self.tr("Copy"), lambda: self.copy_clicked.emit(self))
        menu.addAction(self.tr("Save as answer"), lambda: self.save_clicked.emit(self))
        menu.exec(event.globalPos())

    # -- compliance and save as answer ---------------------------------------------------------
    def check_compliance(self, shop_words: Sequence[str] = ()) -> list[compliance.Flag]:
        """Flags what the reply, as it reads now, should not say (shop_words: the folder's
        compliance.txt) and shows the warning line; a warning, never a block."""
        self._shop_words = tuple(shop_words)
        flags = compliance.flags(self.final_text(), self._shop_words)
        if [f.word for f in flags] != [f.word for f in self.compliance_flags]:
            self._compliance_seen = False  # the words changed: they have not been seen yet
        self.compliance_flags = flags
        self._show_compliance()
        return flags

    def confirm_compliance(self) -> bool:
        """For the insert path: True when the reply breaks no rule or the agent has been
        warned already; otherwise the warning turns urgent and False is returned, so the first
        press warns and the second inserts."""
        self.check_compliance(self._shop_words or ())
        if not self.compliance_flags or self._compliance_seen:
            return True
        self._compliance_seen = True
        self._show_compliance()
        return False

    def _recheck_compliance(self) -> None:
        if self._shop_words is not None:
            self.check_compliance(self._shop_words)

    def _show_compliance(self) -> None:
        label = self.compliance_label
        label.setVisible(bool(self.compliance_flags))
        if not self.compliance_flags:
            return
        rules = {
            compliance.ABSOLUTE: self.tr("absolute claim, banned by the advertising law"),
            compliance.OFF_PLATFORM: self.tr("takes the trade or payment off the platform"),
            compliance.SHOP: self.tr("a word the shop listed in compliance.txt"),
        }
        found = "; ".join(f"「{f.word}」 {rules.get(f.rule, f.message)}"
                          for f in self.compliance_flags)
        text = "⚠ " + self.tr("Check before sending: %1").replace("%1", found)
        if self._compliance_seen:
            text += " " + self.tr("Insert again to send it as it is.")
        label.setText(text)
        label.setProperty("seen", self._compliance_seen)
        label.style().unpolish(label)
        label.style().polish(label)

    def _retranslate_trainer(self) -> None:
        self.save_button.setText(self.tr("Save as answer"))
        self.save_button.setToolTip(self.tr("Save as answer: propose this reply, as you edited "
                                            "it, for a trainer to review"))
        if self.compliance_flags:
            self._show_compliance()

    def _show_source(self) -> None:
        """One line, cut with "…" to the card's width; the whole of it in the tooltip."""
        text = self._source_text()
        self.source_label.setToolTip(text)
        width = max(20, self.source_label.width())
        short = text.rsplit("/", 1)[-1]  # the file's name: its folder is in the tooltip
        self.source_label.setText(self.source_label.fontMetrics().elidedText(
            short, Qt.TextElideMode.ElideMiddle, width))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show_source()

    def _source_text(self) -> str:
        if not self.suggestion.sources:
            return ""
        main = self.suggestion.sources[0]
        where = f"{main.path}:{main.line}" if main.line else main.path
        parts = [where] + ([main.product] if main.product else [])
        more = len(self.suggestion.sources) - 1
        if more:
            parts.append(self.tr("+%1 similar").replace("%1", str(more)))
        return " · ".join(parts)
