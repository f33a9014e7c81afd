"""The sidebar driven as an agent would: type or paste, read cards, edit, insert."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

pytestmark = pytest.mark.model
# One keyword search answers with confidence: the general model reads no Chinese, and the
# shop's model is not trained in these tests (test_shop_model.py has it).
QUESTION = "羽绒服怎么洗"


def paste(qtbot, widget, text: str) -> None:
    """Pastes with Ctrl+V: QTest cannot type Chinese key by key, and agents paste anyway."""
    QGuiApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def ask(qtbot, sidebar, text: str) -> None:
    with qtbot.waitSignal(sidebar.service.results_ready, timeout=20_000):
        paste(qtbot, sidebar.window.input, text)


def test_typing_a_question_shows_ranked_cards_and_facts(qtbot, sidebar):
    window = sidebar.window
    assert window.isVisible()
    ask(qtbot, sidebar, QUESTION)
    qtbot.waitUntil(lambda: len(window.cards) > 0, timeout=5_000)
    first = window.cards[0]
    assert first.editor.toPlainText().strip()
    assert first.kind_label.text() in {"Past reply", "Product facts", "Template"}
    assert ":" in first.source_label.text()  # file:line
    scores = [c.suggestion.score for c in window.cards]
    assert scores == sorted(scores, reverse=True)
    assert window.status.state.phase == "semantic"
    # the general model is loaded but reads no Chinese: the line says who really answered
    assert window.status.label.text().startswith("Keyword answered · ")
    # the core says why it was left out, under the line, naming the channel as the line does
    assert "general model: " in window.status.label.toolTip()
    assert window.status.notes_label.isVisible()
    assert "general model: " in window.status.notes_label.text()


def test_results_replaced_before_their_cards_are_laid_out(qtbot, sidebar):
    """Typing fast replaces cards within one event-loop turn; the old cards' deferred
    relayout must not run on deleted widgets (it raised inside Qt's event loop)."""
    window = sidebar.window
    ask(qtbot, sidebar, QUESTION)
    result = window.last_result
    for _ in range(3):
        window.show_result(result)
    qtbot.wait(100)  # deferred deletes and deferred relayouts both run here
    assert len(window.cards) == len(result.suggestions)
    assert all(card.editor.height() >= 36 for card in window.cards)


def test_enter_searches_at_once(qtbot, sidebar):
    window = sidebar.window
    window.input.setPlainText("羽绒服可以机洗吗")
    window._search_timer.stop()
    with qtbot.waitSignal(sidebar.service.results_ready, timeout=20_000):
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.input.toPlainText() == "羽绒服可以机洗吗"  # Enter did not add a line
    qtbot.waitUntil(lambda: len(window.cards) > 0)


def test_edit_a_card_then_alt_1_inserts_the_edited_text(qtbot, sidebar):
    window = sidebar.window
    ask(qtbot, sidebar, QUESTION)
    qtbot.waitUntil(lambda: len(window.cards) > 0)
    card = window.cards[0]
    for name in card.missing_placeholders():
        paste(qtbot, card.placeholder_field(name), "小王")
    card.editor.moveCursor(card.editor.textCursor().MoveOperation.End)
    paste(qtbot, card.editor, "（已核实）")
    with qtbot.waitSignal(window.insert_requested, timeout=2_000) as signal:
        qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    inserted = signal.args[0]
    assert inserted.endswith("（已核实）")
    assert "{" not in inserted
    assert QGuiApplication.clipboard().text() == inserted
    assert card.insert_button.text() == "Copied"


def test_ctrl_enter_inserts_the_card_being_edited(qtbot, sidebar):
    window = sidebar.window
    ask(qtbot, sidebar, QUESTION)
    qtbot.waitUntil(lambda: len(window.cards) > 0)
    card = window.cards[-1]
    card.editor.selectAll()
    paste(qtbot, card.editor, "亲，这个我们马上为您处理。")
    with qtbot.waitSignal(window.insert_requested, timeout=2_000) as signal:
        qtbot.keyClick(card.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == ["亲，这个我们马上为您处理。"]


def test_nothing_confident_is_said_plainly(qtbot, sidebar):
    window = sidebar.window
    ask(qtbot, sidebar, "zxqv wplk")
    assert window.cards == []
    assert window.notice.isVisible()
    assert "No confident suggestion" in window.notice.text()
    assert window.status.label.text().startswith("No confident suggestion (searched: keyword")


def test_a_thing_the_folder_never_mentions_is_named_in_the_notice(qtbot, sidebar):
    window = sidebar.window
    ask(qtbot, sidebar, "你们有没有卖瑜伽垫的 要厚一点")
    assert window.cards == []
    assert "“瑜伽”" in window.notice.text() and "may not sell" in window.notice.text()
    # said once, in the notice, not again in the status line's notes
    assert "瑜伽" not in window.status.notes_label.text()


def test_a_message_about_another_marketplace_is_named_in_the_notice(qtbot, sidebar):
    window = sidebar.window
    ask(qtbot, sidebar, "美团外卖送错了 找谁退钱")
    assert window.cards == []
    assert "美团" in window.notice.text() and "platforms" in window.notice.text()
    assert "美团" not in window.status.notes_label.text()
    window.input.clear()
    ask(qtbot, sidebar, "支付宝登录不上了 怎么办")
    assert window.cards == [] and "支付宝" in window.notice.text()
    assert "account" in window.notice.text()


def test_captured_messages_become_context_that_can_be_cleared(qtbot, sidebar):
    window = sidebar.window
    with qtbot.waitSignal(sidebar.service.results_ready, timeout=20_000):
        window.set_buyer_message("你好，在吗")
    with qtbot.waitSignal(sidebar.service.results_ready, timeout=20_000):
        window.set_buyer_message(QUESTION)
    assert window.context_box.messages == ["你好，在吗"]
    assert window.context_box.isVisible()
    with qtbot.waitSignal(sidebar.service.results_ready, timeout=20_000):
        qtbot.mouseClick(window.context_box.clear_button, Qt.MouseButton.LeftButton)
    assert window.context_box.messages == []
    assert not window.context_box.isVisible()
    assert window.input.toPlainText() == QUESTION


def test_window_docks_to_the_right_edge_at_full_height(qtbot, sidebar):
    window = sidebar.window
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    assert frame.right() == area.right()
    assert frame.top() == area.top()
    assert frame.height() == area.height()
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)


def test_four_cards_are_in_view_at_900_px(qtbot, sidebar):
    """Long after-sales replies are the common case; the compact cards keep four in view."""
    window = sidebar.window
    window.resize(380, 900)
    ask(qtbot, sidebar, "亲爱的，我买的台灯不亮了，怎么办")
    assert len(window.cards) == 5
    qtbot.wait(100)  # cards fit their height on the next turns of the event loop
    viewport = window.scroll.viewport()
    in_view = [card for card in window.cards
               if viewport.rect().contains(card.geometry().translated(
                   -window.scroll.horizontalScrollBar().value(),
                   -window.scroll.verticalScrollBar().value()))]
    assert len(in_view) >= 4, (viewport.height(), [c.geometry() for c in window.cards])
    card = window.cards[0]
    full = card.editor.document().size().height()
    assert card.editor.height() < full  # collapsed: the reply is longer than three lines
    card.editor.setFocus()
    qtbot.waitUntil(lambda: card.editor.height() >= full)  # the whole reply while editing
