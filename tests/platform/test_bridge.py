"""Capture and insert sequencing against a fake OS backend and the real Qt clipboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from assist.ui.desktop.bridge import ClipboardBridge, Timing
from assist.ui.desktop.clipboard import ClipboardKeeper
from tests.platform.fakes import CHAT, OTHER, SIDEBAR, FakeDesktop


@pytest.fixture()
def setup(qtbot):
    clipboard = QGuiApplication.clipboard()
    original = QMimeData()
    original.setText("ORIGINAL")
    original.setData("image/png", b"\x89PNG fake image bytes")
    clipboard.setMimeData(original)
    desktop = FakeDesktop(clipboard)
    bridge = ClipboardBridge(desktop, ClipboardKeeper(clipboard), lambda: {SIDEBAR.handle},
                             Timing(modifier_release_ms=200, capture_timeout_ms=300,
                                    focus_settle_ms=10, restore_delay_ms=50))
    return desktop, bridge, clipboard


def assert_original(clipboard) -> None:
    data = clipboard.mimeData()
    assert clipboard.text() == "ORIGINAL"
    assert bytes(data.data("image/png")) == b"\x89PNG fake image bytes"


def test_capture_hands_over_the_selection_and_restores_the_clipboard(qtbot, setup) -> None:
    desktop, bridge, clipboard = setup
    desktop.held_until_polls = 3  # the agent is still letting go of Ctrl+Alt
    with qtbot.waitSignal(bridge.captured, timeout=2000) as got:
        bridge.capture()
    assert got.args == ["羽绒服袖子开线了怎么办"]
    assert bridge.target == CHAT and not bridge.busy
    assert_original(clipboard)


def test_empty_selection_times_out_with_a_message(qtbot, setup) -> None:
    desktop, bridge, clipboard = setup
    desktop.selection = ""
    with qtbot.waitSignal(bridge.failed, timeout=2000) as got:
        bridge.capture()
    assert "Nothing was selected" in got.args[0]
    assert_original(clipboard)


def test_slow_chat_app_beyond_the_timeout(qtbot, setup) -> None:
    desktop, bridge, _clipboard = setup
    desktop.copy_delay_ms = 800
    with qtbot.waitSignal(bridge.failed, timeout=2000):
        bridge.capture()
    qtbot.wait(900)  # the late copy lands after we gave up; our restore already happened
    assert bridge.target is None


def test_keys_never_released(qtbot, setup) -> None:
    desktop, bridge, clipboard = setup
    desktop.held_until_polls = 10_000
    with qtbot.waitSignal(bridge.failed, timeout=2000) as got:
        bridge.capture()
    assert "Release" in got.args[0] and desktop.sent == []
    assert_original(clipboard)


def test_capture_from_the_sidebar_itself_is_refused(qtbot, setup) -> None:
    desktop, bridge, _clipboard = setup
    desktop.active = SIDEBAR
    with qtbot.waitSignal(bridge.failed, timeout=2000) as got:
        bridge.capture()
    assert "chat window" in got.args[0] and desktop.sent == []


def capture(qtbot, bridge) -> None:
    with qtbot.waitSignal(bridge.captured, timeout=2000):
        bridge.capture()


def test_insert_into_the_active_chat_window(qtbot, setup) -> None:
    desktop, bridge, clipboard = setup
    capture(qtbot, bridge)
    with qtbot.waitSignal(bridge.inserted, timeout=2000):
        bridge.insert("亲，非常抱歉，我们给您换新")
    assert desktop.chat_field == "亲，非常抱歉，我们给您换新"
    assert_original(clipboard)


def test_insert_from_the_sidebar_brings_the_chat_back(qtbot, setup) -> None:
    desktop, bridge, clipboard = setup
    capture(qtbot, bridge)
    desktop.active = SIDEBAR  # the agent clicked a card
    bridge.timing.paste_shortcut = "shift+insert"
    with qtbot.waitSignal(bridge.inserted, timeout=2000):
        bridge.insert("亲，在的")
    assert desktop.activations == [CHAT] and desktop.chat_field == "亲，在的"
    assert desktop.sent[-1].key == "insert"
    assert_original(clipboard)


def test_focus_moved_elsewhere_leaves_the_reply_on_the_clipboard(qtbot, setup) -> None:
    desktop, bridge, clipboard = setup
    capture(qtbot, bridge)
    desktop.active = OTHER
    with qtbot.waitSignal(bridge.failed, timeout=2000) as got:
        bridge.insert("亲，在的")
    assert "another window" in got.args[0]
    assert desktop.chat_field == "" and clipboard.text() == "亲，在的"


def test_chat_window_refusing_focus(qtbot, setup) -> None:
    desktop, bridge, clipboard = setup
    capture(qtbot, bridge)
    desktop.active, desktop.refuse_activation = SIDEBAR, True
    with qtbot.waitSignal(bridge.failed, timeout=2000) as got:
        bridge.insert("亲，在的")
    assert "Could not bring" in got.args[0] and clipboard.text() == "亲，在的"


def test_insert_before_any_capture(qtbot, setup) -> None:
    _desktop, bridge, clipboard = setup
    with qtbot.waitSignal(bridge.failed, timeout=2000) as got:
        bridge.insert("亲，在的")
    assert "capture a message first" in got.args[0] and clipboard.text() == "亲，在的"


def test_clipboard_with_only_non_text_content_is_restored(qtbot, setup) -> None:
    _desktop, bridge, clipboard = setup
    image_only = QMimeData()
    image_only.setData("image/png", b"\x89PNG only")
    clipboard.setMimeData(image_only)
    capture(qtbot, bridge)
    data = clipboard.mimeData()
    assert bytes(data.data("image/png")) == b"\x89PNG only" and not data.hasText()


def test_own_writes_are_recognised(qtbot, setup) -> None:
    _, bridge, _ = setup
    keeper = bridge.keeper
    keeper.set_text("x")
    assert keeper.recently_written()
    qtbot.wait(int(keeper.OWN_WRITE_WINDOW * 1000) + 50)
    assert not keeper.recently_written()
