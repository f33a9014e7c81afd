"""The sidebar window: buyer message in, ranked replies and the facts behind them out.

The desktop side (assist/ui/desktop/capture.py) drives it through `set_buyer_message(text)`,
`insert_card(rank)` and `insert_edited()` and listens to `insert_requested(text)`; the app
through `show_message`, `show_on_top` and the docking calls. Results never activate the
window, so the chat keeps the focus.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assist.cooperate import hold_foreground
from assist.desk.conversation import (
    BUYER as BUYER_CHANGED,
)
from assist.desk.conversation import (
    CLEARED,
    FIRST,
    ORDER,
    PAUSE,
    WINDOW,
    Capture,
    Desk,
    Turn,
)
from assist.knowledge.model import Problem
from assist.platform.base import WindowRef
from assist.results import SuggestResult
from assist.suggest.placeholders import BUYER
from assist.transcript import message_lines
from assist.ui.desktop.docking import dock_rect, pick_screen
from assist.ui.service.feedback import DeskFeedback
from assist.ui.service.service import AssistService
from assist.ui.service.state import EngineState
from assist.ui.shell.i18n import Retranslating
from assist.ui.shell.resources import resource
from assist.ui.widgets.cards import SuggestionCard
from assist.ui.widgets.inputs import BuyerInput, ContextBox
from assist.ui.widgets.knowledge_panel import KnowledgePanel
from assist.ui.widgets.status_line import StatusLine
from assist.ui.windows.problems import ProblemsDialog
from assist.ui.windows.save_answer import SaveAnswerDialog
from assist.ui.windows.trainer import TrainerWindow

DRAW_HOLD_MS = 50  # covers the layout and paint events that follow new cards

SEARCH_DELAY_MS = 250


class MainWindow(Retranslating, QWidget):
    insert_requested = Signal(str)
    resume_requested = Signal()  # the pause indicator was clicked
    settings_requested = Signal()
    width_changed = Signal(int)
    on_top_toggled = Signal(bool)

    def __init__(self, service: AssistService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.cards: list[SuggestionCard] = []
        self.desk = Desk()  # one conversation per buyer (assist/desk/conversation.py)
        self.problems: list[Problem] = []
        self.last_result: SuggestResult | None = None
        self._last_edited: SuggestionCard | None = None
        self._card_keys: dict[int, str] = {}
        # why the last insert did not happen, for the status line and for IPC (English)
        self.last_refusal = ""
        self.last_refusal_english = ""
        self.last_copied = ""  # so a clipboard watcher can tell our copies from the buyer's
        self.drawn_at = 0.0  # time.time() the last cards were laid out (latency benchmark)
        # Set when a capture backend pastes replies itself (and keeps the clipboard intact);
        # otherwise inserting copies the reply for the agent to paste.
        self.pastes_itself = False
        self._dark = False
        self._dock = ("", "right", 380)
        self.setObjectName("sidebar")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setMinimumWidth(300)
        self._build()
        self._connect()
        self._setup_trainer()
        self.retranslate()

    # -- construction -----------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(objectName="appTitle")
        self.pin_button = QToolButton(checkable=True)
        self.pin_button.setIcon(QIcon(str(resource("icons", "pin.svg"))))
        self.settings_button = QToolButton()
        self.settings_button.setIcon(QIcon(str(resource("icons", "settings.svg"))))
        for button in (self.pin_button, self.settings_button):
            button.setIconSize(QSize(18, 18))
        self.pause_chip = QPushButton(objectName="pauseChip")
        self.pause_chip.setCursor(Qt.CursorShape.PointingHandCursor)
        self.pause_chip.clicked.connect(self.resume_requested)
        self.pause_chip.hide()
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.pause_chip)
        header.addWidget(self.pin_button)
        header.addWidget(self.settings_button)
        self.context_box = ContextBox()
        self.input = BuyerInput()
        self.notice = QLabel(objectName="notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.cards_title = QLabel(objectName="sectionTitle")
        self.card_list = QWidget(objectName="cardList")
        self.card_layout = QVBoxLayout(self.card_list)
        self.card_layout.setContentsMargins(0, 0, 4, 0)
        self.card_layout.setSpacing(6)
        self.card_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.card_list)
        suggestions = QWidget()
        suggestions_layout = QVBoxLayout(suggestions)
        suggestions_layout.setContentsMargins(0, 0, 0, 0)
        suggestions_layout.setSpacing(4)
        suggestions_layout.addWidget(self.cards_title)
        suggestions_layout.addWidget(self.notice)
        suggestions_layout.addWidget(self.scroll, 1)
        self.knowledge = KnowledgePanel()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(suggestions)
        self.splitter.addWidget(self.knowledge)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([780, 150])  # the cards first: four or more in view at 900 px
        body = QVBoxLayout()
        body.setContentsMargins(12, 10, 12, 8)
        body.setSpacing(8)
        body.addLayout(header)
        body.addWidget(self.context_box)
        body.addWidget(self.input)
        body.addWidget(self.splitter, 1)
        self.status = StatusLine()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._resize_timer = QTimer(self, singleShot=True, interval=400)

    def _connect(self) -> None:
        self.input.textChanged.connect(self._search_timer.start)
        self.input.submitted.connect(self.search_now)
        self._search_timer.timeout.connect(self.search_now)
        self.context_box.cleared.connect(self._forget_earlier)
        self.pin_button.toggled.connect(self.on_top_toggled)
        self.settings_button.clicked.connect(self.settings_requested)
        self.status.problems_requested.connect(self.show_problems)
        self.service.results_ready.connect(self.show_result)
        self.service.search_failed.connect(lambda msg: self._show_notice(
            self.tr("Search failed: %1").replace("%1", msg), error=True))
        self.service.state_changed.connect(self._on_state)
        self.service.knowledge_loaded.connect(self._on_knowledge)
        self.service.message.connect(self.status.show_message)
        self.service.models_changed.connect(self._on_models_changed)
        self._resize_timer.timeout.connect(self._after_resize)
        for rank in range(1, 6):
            shortcut = QShortcut(QKeySequence(f"Alt+{rank}"), self)
            shortcut.activated.connect(lambda rank=rank: self.insert_card(rank))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.insert_edited)
        QShortcut(QKeySequence("Ctrl+N"), self).activated.connect(self.new_conversation)

    # -- what the app and the desktop side ask of the window -------------------------------
    def show_message(self, text: str, timeout_ms: int = 4000) -> None:
        """A sentence on the status line for a while."""
        self.status.show_message(text, timeout_ms)

    def show_alert(self, text: str) -> None:
        """A capture or insert that did not happen: said above the cards, where the agent is
        looking, until the next message, and on the status line."""
        self._show_notice(text, error=True)
        self.status.show_message(text, 8000)

    def show_on_top(self, on: bool) -> None:
        """The pin button's look, without asking for the change again."""
        self.pin_button.blockSignals(True)
        self.pin_button.setChecked(on)
        self.pin_button.blockSignals(False)

    def show_paused(self, paused: bool) -> None:
        """The indicator in the header: capture and insert hotkeys do nothing while it shows."""
        self.pause_chip.setVisible(paused)

    def set_card_keys(self, keys: dict[int, str]) -> None:
        """The global keys that insert each card, shown on the cards."""
        self._card_keys = dict(keys)
        for card in self.cards:
            card.key_hint = self._card_keys.get(card.rank, "")
            card.retranslate()

    def reveal(self) -> bool:
        """True if the window was already on screen; else shows it (without taking the focus
        from the chat) and returns False, so the caller does not insert unseen."""
        if self.isVisible() and not self.isMinimized():
            return True
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        return False

    def current_message(self) -> str:
        return self.input.toPlainText()

    def context_messages(self) -> list[str]:
        """The earlier messages searched with the current one (this conversation's only)."""
        return list(self.context_box.messages)

    def card_texts(self) -> list[str]:
        """What each card would insert, best first."""
        return [card.final_text() for card in self.cards]

    def status_text(self) -> str:
        return self.status.label.text()

    @property
    def engine_state(self) -> EngineState:
        return self.service.state

    def set_buyer_message(self, text: str, window: WindowRef | None = None) -> None:
        """A captured message (or pasted transcript) from a chat window: it joins the current
        conversation, or starts a new one (another window, buyer, order, a long pause), whose
        earlier messages alone are context; then search at once."""
        turn = self.desk.add(text, window)
        conversation = turn.conversation
        if turn.started and turn.reason != FIRST:
            self.status.show_message(self._new_conversation_text(turn), 6000)
        self.context_box.show_messages(conversation.context, conversation.buyer)
        self.input.blockSignals(True)
        self.input.setPlainText("\n".join(conversation.latest) or text.strip())
        self.input.blockSignals(False)
        self.search_now()

    def new_conversation(self) -> None:
        """The agent starts over: no earlier message or detail of the last buyer is kept."""
        self.desk.clear()
        self.context_box.show_messages([])
        self.input.clear()
        self.input.setFocus()

    def search_now(self) -> None:
        self._search_timer.stop()
        text = self.input.toPlainText().strip()
        if not text:
            self._clear_results()
            return
        conversation = self.desk.conversation_of(text)
        if conversation is None:
            self.context_box.show_messages([])  # an earlier buyer's messages are not context
        messages = [*(conversation.context if conversation else []), text]
        values = dict(conversation.values()) if conversation else {}
        named = Capture.read(text, self.desk.is_agent).buyers  # a transcript pasted by hand
        if named:
            values[BUYER] = named[-1]
        self.service.search(messages, values)

    def _new_conversation_text(self, turn: Turn) -> str:
        why = {WINDOW: self.tr("another chat window"), BUYER_CHANGED: self.tr("another buyer"),
               PAUSE: self.tr("after a pause"), ORDER: self.tr("another order number"),
               CLEARED: self.tr("started over")}.get(turn.reason, "")
        name = turn.conversation.buyer
        text = (self.tr("New conversation with %1").replace("%1", name) if name
                else self.tr("New conversation"))
        return f"{text} ({why})" if why else text

    def _forget_earlier(self) -> None:
        self.desk.clear()
        self.search_now()

    def insert_card(self, rank: int) -> bool:
        if 1 <= rank <= len(self.cards):
            return self._insert(self.cards[rank - 1])
        self._refuse(self.tr("There is no suggestion %1 to insert").replace("%1", str(rank)),
                     f"there is no suggestion {rank} to insert")
        return False

    def insert_edited(self) -> bool:
        focus = QApplication.focusWidget()
        focused = next((c for c in self.cards if focus is not None and c.isAncestorOf(focus)), None)
        card = focused or self._last_edited or (self.cards[0] if self.cards else None)
        return self._insert(card) if card else False

    def copy_card(self, card: SuggestionCard) -> None:
        self.last_copied = card.final_text()
        QGuiApplication.clipboard().setText(self.last_copied)
        card.flash_copied(card.copy_button)
        self.status.show_message(self.tr("Copied"))

    def apply_dock(self, screen_name: str, edge: str, width: int) -> None:
        self._dock = (screen_name, edge, width)
        screen = pick_screen(screen_name)
        if self.screen() is not screen and self.windowHandle() is not None:
            self.windowHandle().setScreen(screen)
        rect = dock_rect(screen.availableGeometry(), edge, width)
        frame = self.frameGeometry()
        inner = self.geometry()
        # Keep the whole frame inside the work area, title bar included.
        dx, dy = inner.x() - frame.x(), inner.y() - frame.y()
        extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
        self.setGeometry(QRect(rect.x() + dx, rect.y() + dy,
                               rect.width() - extra_w, rect.height() - extra_h))

    def set_dark(self, dark: bool) -> None:
        self._dark = dark
        self.knowledge.set_dark(dark)
        for card in self.cards:
            card.set_dark(dark)

    # -- results ----------------------------------------------------------------------------
    def show_result(self, result: SuggestResult) -> None:
        if not self.input.toPlainText().strip():
            return  # cleared while the search ran
        # Background Python loops wait while the cards are built and, on the next turns of
        # the event loop, laid out and painted: that is hundreds of Qt calls (see cooperate.py).
        release = hold_foreground()
        try:
            self._show_result(result)
        finally:
            QTimer.singleShot(DRAW_HOLD_MS, release)
        QTimer.singleShot(0, self, self._drawn)  # after the layout and paint events queued now

    def _drawn(self) -> None:
        self.drawn_at = time.time()

    def _show_result(self, result: SuggestResult) -> None:
        self.last_result = result
        self._clear_cards()
        for rank, suggestion in enumerate(result.suggestions, start=1):
            card = SuggestionCard(rank, suggestion, self.card_list,
                                  key_hint=self._card_keys.get(rank, ""))
            card.set_dark(self._dark)
            card.insert_clicked.connect(self._insert)
            card.copy_clicked.connect(self.copy_card)
            card.edited.connect(self._remember_edit)
            self.card_layout.insertWidget(self.card_layout.count() - 1, card)
            self.cards.append(card)
        self.knowledge.show_hits(result.knowledge)
        if result.suggestions:
            self.notice.hide()
        else:
            self._show_notice(self._not_confident_text())
        self.status.set_result(result)
        self._retranslate_counts()

    def _not_confident_text(self) -> str:
        result = self.last_result
        if result is not None and result.other_platform:
            return self.tr("The message is about %1, where this shop does not sell: answer it "
                           "yourself. (Where the shop sells: 'platforms' in shop.yaml.)").replace(
                "%1", result.other_platform)
        if result is not None and result.account_of:
            return self.tr("The message is about the buyer's own %1 account, which the shop "
                           "cannot see or change: answer it yourself.").replace(
                "%1", result.account_of)
        if result is not None and result.not_for_shop:
            return self.tr("This message does not read like a question for the shop (weather, "
                           "homework, a favour...): answer it yourself.")
        if result is not None and result.unknown_asked:
            return self.tr("The knowledge folder never mentions %1: the shop may not sell it. "
                           "Answer it yourself, or add it to the knowledge folder.").replace(
                "%1", "、".join(f"“{w}”" for w in result.unknown_asked))
        text = self.tr("No confident suggestion for this message. Answer it yourself, or check "
                       "the facts below.")
        return text if self.last_result and self.last_result.knowledge else self.tr(
            "No confident suggestion for this message, and no matching facts. "
            "Answer it yourself, or add it to the knowledge folder.")

    def _show_notice(self, text: str, error: bool = False) -> None:
        self.notice.setProperty("kind", "error" if error else "info")
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.setText(text)
        self.notice.show()

    def _clear_cards(self) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        self._last_edited = None

    def _clear_results(self) -> None:
        self.last_result = None
        self._clear_cards()
        self.notice.hide()
        self.knowledge.show_hits([])
        self.status.set_result(None)
        self._retranslate_counts()

    def _remember_edit(self, card: SuggestionCard) -> None:
        self._last_edited = card

    def _refuse(self, text: str, english: str) -> None:
        self.last_refusal, self.last_refusal_english = text, english
        self.status.show_message(text, 6000)

    def _insert(self, card: SuggestionCard) -> bool:
        missing = card.missing_placeholders()
        if missing:
            field = card.placeholder_field(missing[0])
            if field is not None:
                field.setFocus()
            names = "、".join(f"{{{m}}}" for m in missing)
            self._refuse(self.tr("Fill %1 in card %2 before inserting")
                         .replace("%1", names).replace("%2", str(card.rank)),
                         f"fill {', '.join(missing)} in card {card.rank} before inserting")
            return False
        if not card.confirm_compliance():
            self._refuse(self.tr("Card %1 says what the marketplace rules forbid: insert again "
                                 "to send it anyway").replace("%1", str(card.rank)),
                         f"card {card.rank} breaks a compliance rule; insert again to send it")
            return False
        self.last_refusal = self.last_refusal_english = ""
        text = card.final_text()
        self.last_copied = text
        card.flash_copied(card.insert_button)
        if not self.pastes_itself:
            QGuiApplication.clipboard().setText(text)
            self.status.show_message(self.tr("Copied — paste it into the chat"))
        self.insert_requested.emit(text)
        return True

    # -- state ------------------------------------------------------------------------------
    def _on_state(self, state: EngineState) -> None:
        self.status.set_state(state)

    def _on_knowledge(self, report) -> None:
        if self.feedback is not None:
            self.feedback.set_shop(report)  # the shop's own details stay unmasked in the log
        for card in self.cards:
            card.check_compliance(self.service.shop_words)
        self.desk.set_vocabulary(report.vocabulary)
        self.desk.shop_name = report.shop.name
        self.problems = list(report.problems)
        self.status.set_problem_count(len(self.problems))
        if self.input.toPlainText().strip():
            self.search_now()  # the facts changed under the current question

    def _on_models_changed(self) -> None:
        # The shop's model came in: answer the message again with it, unless the agent has
        # started editing a card (a new search would replace it).
        if self.input.toPlainText().strip() and self._last_edited is None:
            self.search_now()

    def show_problems(self) -> ProblemsDialog:
        dialog = ProblemsDialog(self.problems, self, root=self._knowledge_root())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._resize_timer.start()

    def _after_resize(self) -> None:
        screen_name, edge, width = self._dock
        if self.width() != width:
            self._dock = (screen_name, edge, self.width())
            self.width_changed.emit(self.width())


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Agent Assist"))
        self.title.setText(self.tr("Reply assistant"))
        self.pin_button.setToolTip(self.tr("Keep on top"))
        self.settings_button.setToolTip(self.tr("Settings"))
        self.pause_chip.setText("⏸ " + self.tr("Capture paused"))
        self.pause_chip.setToolTip(self.tr("The capture and insert hotkeys do nothing while "
                                           "paused. Click to resume."))
        self.input.setPlaceholderText(
            self.tr("Paste or type the buyer's message. Enter searches, Shift+Enter adds a line."))
        if self.notice.isVisible() and self.last_result is not None and not self.cards:
            self.notice.setText(self._not_confident_text())
        self._retranslate_counts()
        self._retranslate_trainer()

    def _retranslate_counts(self) -> None:
        self.cards_title.setText(self.tr("Suggested replies") if self.cards
                                 else self.tr("Suggested replies appear here"))

    # -- trainers: desk feedback, save as answer, compliance, the trainer view ---------------
    def _setup_trainer(self) -> None:
        """Added beside the sidebar's own parts, found by the widgets they follow."""
        self.feedback: DeskFeedback | None = None
        self.trainer_window: TrainerWindow | None = None
        self.trainer_button = QToolButton(objectName="trainerButton")
        self.trainer_button.setIcon(QIcon(str(resource("icons", "trainer.svg"))))
        self.trainer_button.setIconSize(QSize(18, 18))
        self.trainer_button.clicked.connect(self.open_trainer)
        self.trainer_button.hide()  # until a feedback queue is attached
        header = self._layout_holding(self.settings_button)
        header.insertWidget(header.indexOf(self.settings_button), self.trainer_button)
        self.save_answer_button = QPushButton(objectName="linkButton")
        self.save_answer_button.clicked.connect(lambda: self.save_answer())
        self.save_answer_button.hide()
        column = self._layout_holding(self.notice)
        column.insertWidget(column.indexOf(self.notice) + 1, self.save_answer_button, 0,
                            Qt.AlignmentFlag.AlignLeft)
        self.notice.installEventFilter(self)  # the button follows the notice
        self.service.results_ready.connect(self._after_result)
        self.insert_requested.connect(self._record_insert)

    def _layout_holding(self, widget: QWidget) -> QBoxLayout:
        return next(layout for layout in self.findChildren(QBoxLayout)
                    if layout.indexOf(widget) >= 0)

    def attach_feedback(self, feedback: DeskFeedback) -> None:
        """The queue that records desk events, saves answers and serves the trainer view."""
        self.feedback = feedback
        feedback.problem.connect(lambda text: self.status.show_message(text, 10_000))
        self.trainer_button.show()

    def _knowledge_root(self) -> Path:
        return Path(self.service.assistant.config.knowledge_dir)

    def _after_result(self, result: SuggestResult) -> None:
        if self.last_result is not result:
            return  # not shown (the input was cleared while it ran)
        for card in self.cards:
            card.check_compliance(self.service.shop_words)
            card.save_clicked.connect(self.save_card_as_answer)
            card.copy_clicked.connect(self._record_copy)
        if self.feedback is not None:
            self.feedback.shown(result, self.input.toPlainText(), self.context_box.messages,
                                self._knowledge_root())
        self._sync_save_answer()

    def _record_insert(self, text: str) -> None:
        card = next((c for c in self.cards if c.final_text() == text), None)
        if card is not None and self.feedback is not None:
            self.feedback.used(card.rank, text, "inserted")

    def _record_copy(self, card: SuggestionCard) -> None:
        if self.feedback is not None:
            self.feedback.used(card.rank, card.final_text(), "copied")


    def save_card_as_answer(self, card: SuggestionCard) -> SaveAnswerDialog | None:
        return self.save_answer(card.final_text())

    def save_answer(self, reply: str = "") -> SaveAnswerDialog | None:
        """Asks for the reply (and lets the agent correct the question), then proposes it in
        the knowledge folder's pending/ for review."""
        if self.feedback is None:
            return None
        lines = message_lines(self.input.toPlainText())
        dialog = SaveAnswerDialog(lines[-1] if lines else "", reply, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_answer(*dialog.values()))
        dialog.open()
        return dialog

    def _save_answer(self, question: str, reply: str) -> None:
        root = self._knowledge_root()

        def saved(row: object) -> None:
            self.status.show_message(
                self.tr("Saved for review in %1").replace("%1", str(root / row.file)) if row
                else self.tr("This answer already waits for review"), 6000)

        self.feedback.save_answer(root, question, reply, self.input.toPlainText()) \
            .success(saved)

    def _sync_save_answer(self) -> None:
        result = self.last_result
        shown = (self.feedback is not None and not self.notice.isHidden() and not self.cards
                 and result is not None and self.notice.property("kind") != "error"
                 # about another marketplace or the buyer's own account: a saved answer
                 # would never be shown for such a message
                 and not (result.other_platform or result.account_of))
        self.save_answer_button.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notice and event.type() in (QEvent.Type.ShowToParent,
                                                       QEvent.Type.HideToParent):
            QTimer.singleShot(0, self, self._sync_save_answer)  # after the notice's own change
        return super().eventFilter(watched, event)

    def open_trainer(self) -> TrainerWindow | None:
        """The trainer view, explaining the message on screen."""
        if self.feedback is None:
            return None
        if self.trainer_window is None:
            self.trainer_window = TrainerWindow(self.service, self.feedback, self)
        else:
            self.trainer_window.pending.refresh()
        text = self.input.toPlainText().strip()
        if text:
            self.trainer_window.why.explain("\n".join([*self.context_box.messages, text]))
        if self.trainer_window.isVisible():  # behind the chat: bring it forward
            self.trainer_window.raise_()
            self.trainer_window.activateWindow()
        self.trainer_window.show()
        return self.trainer_window

    def _retranslate_trainer(self) -> None:
        self.trainer_button.setToolTip(self.tr("Trainer view: why these cards, answers "
                                               "waiting for review, report"))
        self.save_answer_button.setText(self.tr("Save my reply as an answer…"))
        self.save_answer_button.setToolTip(self.tr("Write the reply you send for this message; "
                                                   "a trainer reviews it before it is suggested"))
