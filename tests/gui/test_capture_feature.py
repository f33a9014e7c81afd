"""The sidebar with capture wired in: hotkeys, insert keys, conflicts and IPC commands.

The OS is a fake desktop (tests/platform/fakes.py); the real X11 round trip is in tests/e2e.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.platform.fakes import CHAT, FakeDesktop

QUESTION = "能开增值税专用发票吗"


@pytest.fixture
def desktop(qapp):
    QGuiApplication.clipboard().setText("ORIGINAL")
    return FakeDesktop(QGuiApplication.clipboard())


def captured_sidebar(qtbot, sidebar_with, desktop):
    desktop.selection = QUESTION
    bar = sidebar_with(desktop)
    with qtbot.waitSignal(bar.service.results_ready, timeout=20_000):
        desktop.hotkeys["capture"]()  # as the listener thread would, through the queued signal
    qtbot.waitUntil(lambda: bool(bar.window.cards), timeout=10_000)
    return bar


@pytest.fixture
def sidebar_with(make_sidebar, session_assistant, qtbot):
    def make(desktop):
        bar = make_sidebar(session_assistant, backend=desktop)
        qtbot.waitUntil(lambda: bar.service.state.phase == "semantic", timeout=60_000)
        return bar
    return make


def test_capture_hotkey_searches_the_selection_and_keeps_the_clipboard(qtbot, sidebar_with,
                                                                       desktop):
    bar = captured_sidebar(qtbot, sidebar_with, desktop)
    assert bar.window.input.toPlainText() == QUESTION
    assert "发票" in bar.window.cards[0].final_text()
    assert QGuiApplication.clipboard().text() == "ORIGINAL"
    assert bar.capture.bridge.target == CHAT


def test_alt_1_in_the_sidebar_pastes_into_the_chat_window(qtbot, sidebar_with, desktop):
    bar = captured_sidebar(qtbot, sidebar_with, desktop)
    from tests.platform.fakes import WindowRef

    desktop.active = WindowRef(int(bar.window.winId()), "Agent Assist")  # the agent clicked us
    reply = bar.window.cards[0].final_text()
    with qtbot.waitSignal(bar.capture.bridge.inserted, timeout=5000):
        qtbot.keyClick(bar.window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert desktop.activations == [CHAT] and desktop.chat_field == reply
    assert QGuiApplication.clipboard().text() == "ORIGINAL"
    assert bar.window.status.label.text() == "Inserted"


def test_insert_hotkey_uses_the_edited_card(qtbot, sidebar_with, desktop):
    bar = captured_sidebar(qtbot, sidebar_with, desktop)
    card = bar.window.cards[1] if len(bar.window.cards) > 1 else bar.window.cards[0]
    card.editor.setPlainText("亲，可以开专票的，请把公司抬头和税号发给我～")
    bar.window._remember_edit(card)
    with qtbot.waitSignal(bar.capture.bridge.inserted, timeout=5000):
        desktop.hotkeys["insert"]()
    assert desktop.chat_field == "亲，可以开专票的，请把公司抬头和税号发给我～"


def test_a_taken_hotkey_is_reported_with_what_to_do(qtbot, make_sidebar, session_assistant,
                                                     qapp):
    desktop = FakeDesktop(QGuiApplication.clipboard(), taken=frozenset({"Ctrl+Alt+C"}))
    bar = make_sidebar(session_assistant, backend=desktop)
    assert "capture" in bar.capture.hotkey_errors and "insert" in desktop.hotkeys
    text = bar.window.status.label.text()
    assert "Ctrl+Alt+C is already used by another application" in text and "Settings" in text


def test_ipc_commands(qtbot, sidebar_with, desktop):
    bar = captured_sidebar(qtbot, sidebar_with, desktop)
    handle = bar.capture.handle_request
    status = handle({"cmd": "status"})
    assert status["ok"] and status["message"] == QUESTION and status["suggestions"]
    assert status["target"] == CHAT.title and status["hotkey_errors"] == {}
    assert status["phase"] == "semantic" and status["channels_used"] == ["keyword"]
    assert status["ready_channels"] == ["keyword", "general"] and status["training"] == ""
    assert handle({"cmd": "insert", "rank": 9}) == {
        "ok": False, "error": "there is no suggestion 9 to insert"}
    with qtbot.waitSignal(bar.capture.bridge.inserted, timeout=5000):
        assert handle({"cmd": "insert", "rank": 1}) == {"ok": True}
    assert handle({"cmd": "nope"})["ok"] is False
    with qtbot.waitSignal(bar.service.results_ready, timeout=20_000):
        handle({"cmd": "ask", "text": "羽绒服怎么洗"})
    assert handle({"cmd": "ping"})["ok"]
