"""Start-up, settings, language, problems, the folder watcher and the error dialog."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox

from assist import paths
from assist.engine import Assistant, AssistConfig
from assist.ui.shell.crash import CrashReporter
from assist.ui.windows.problems import ProblemsDialog
from assist.ui.windows.settings_dialog import SettingsDialog

BROKEN_CSV = "问题,回复\n羽绒服能机洗吗,\n"
QUESTION = "羽绒服怎么洗"  # keyword search alone answers it with confidence
NEW_CSV = "问题,回复\n可以寄到南极科考站吗,亲，南极科考站暂时无法配送，非常抱歉～\n"


def paste_question(qtbot, sidebar, text):
    QGuiApplication.clipboard().setText(text)
    sidebar.window.input.setFocus()
    with qtbot.waitSignal(sidebar.service.results_ready, timeout=20_000):
        qtbot.keyClick(sidebar.window.input, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_keyword_suggestions_before_the_model_loads(qtbot, make_sidebar):
    """Sample knowledge on first run, no set-up; the window answers before any model."""
    sidebar = make_sidebar(load_model=False)
    assert sidebar.window.isVisible()
    assert sidebar.knowledge_dir() == paths.bundled_knowledge_dir()
    qtbot.waitUntil(lambda: sidebar.service.state.phase == "keyword", timeout=20_000)
    assert sidebar.window.status.label.text().startswith("Ready: keyword · ")
    assert "loading" not in sidebar.window.status.label.text()  # no model is coming
    paste_question(qtbot, sidebar, QUESTION)
    assert sidebar.window.cards
    assert sidebar.window.status.label.text().startswith("Keyword answered · ")
    assert sidebar.window.knowledge.browser.toPlainText().strip()


def test_settings_dialog_changes_dock_theme_and_language_at_run_time(qtbot, sidebar,
                                                                    settings_paths):
    window = sidebar.window
    paste_question(qtbot, sidebar, QUESTION)
    qtbot.mouseClick(window.settings_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    choose(dialog.editor("dock_edge"), "left")
    choose(dialog.editor("theme"), "dark")
    choose(dialog.editor("language"), "zh_CN")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    area = window.screen().availableGeometry()
    assert window.frameGeometry().left() == area.left()
    assert sidebar.dark
    qtbot.waitUntil(lambda: window.title.text() == "回复助手")  # LanguageChange is posted
    assert window.cards and window.cards[0].copy_button.text() == "复制"
    assert window.cards[0].insert_button.text().startswith("插入")
    assert window.status.label.text().startswith("由关键词作答 · ")
    assert window.cards[0].confidence_label.text()[2:] in {"强", "中", "弱", "备选"}
    saved = json.loads(settings_paths[0].read_text(encoding="utf-8"))
    assert saved["values"]["dock_edge"] == "left"
    assert saved["values"]["language"] == "zh_CN"
    sidebar.set_language("en")
    qtbot.waitUntil(lambda: window.title.text() == "Reply assistant")


def test_locked_settings_are_read_only(qtbot, sidebar):
    sidebar.settings.locked = frozenset({"knowledge_dir"})
    dialog = sidebar.open_settings()
    qtbot.addWidget(dialog)
    assert not dialog.editor("knowledge_dir").isEnabled()
    assert dialog.editor("model_dir").isEnabled()
    assert "Locked" in dialog.descriptions["knowledge_dir"].text()
    dialog.reject()


def test_pin_button_toggles_always_on_top(qtbot, sidebar):
    window = sidebar.window
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    qtbot.mouseClick(window.pin_button, Qt.MouseButton.LeftButton)
    assert not window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert sidebar.settings["always_on_top"] is False
    assert window.isVisible()


def test_width_is_remembered(qtbot, sidebar, settings_paths):
    window = sidebar.window
    qtbot.wait(400)  # let start-up's delayed re-dock (300 ms) happen first, as a person would
    window.resize(450, window.height())
    qtbot.waitUntil(lambda: sidebar.state.get("width") == 450, timeout=3_000)
    assert json.loads(settings_paths[1].read_text(encoding="utf-8"))["width"] == 450


@pytest.fixture
def own_knowledge(tmp_path):
    """A private copy of the sample folder to edit; keyword-only, as embedding a new folder
    from scratch would take most of a minute on a small machine."""
    folder = tmp_path / "kb"
    shutil.copytree(paths.bundled_knowledge_dir(), folder)
    return folder, Assistant(AssistConfig(knowledge_dir=folder))


def test_problems_show_in_status_and_list_file_and_line(qtbot, make_sidebar, own_knowledge):
    folder, assistant = own_knowledge
    (folder / "resolutions" / "坏表格.csv").write_text(BROKEN_CSV, encoding="utf-8")
    sidebar = make_sidebar(assistant, load_model=False)
    status = sidebar.window.status
    qtbot.waitUntil(lambda: status.problems_button.isVisible(), timeout=20_000)
    assert "problem" in status.problems_button.text()
    qtbot.mouseClick(status.problems_button, Qt.MouseButton.LeftButton)
    dialog = sidebar.window.findChild(ProblemsDialog)
    assert dialog is not None
    locations = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "resolutions/坏表格.csv:2" in locations
    dialog.copy_all()
    assert "resolutions/坏表格.csv:2" in QApplication.clipboard().text()


def test_edits_to_the_knowledge_folder_show_up(qtbot, make_sidebar, own_knowledge):
    folder, assistant = own_knowledge
    sidebar = make_sidebar(assistant, load_model=False)
    qtbot.waitUntil(lambda: sidebar.service.state.phase == "keyword", timeout=20_000)
    before = sidebar.service.state.snippets
    with qtbot.waitSignal(sidebar.service.knowledge_loaded, timeout=15_000):
        (folder / "resolutions" / "新问题.csv").write_text(NEW_CSV, encoding="utf-8")
    assert sidebar.service.state.snippets == before + 1
    paste_question(qtbot, sidebar, "可以寄到南极科考站吗")
    assert any("南极" in card.final_text() for card in sidebar.window.cards)


def test_an_uncaught_error_opens_a_dialog_with_copyable_details(qtbot, sidebar):
    from assist.ui.shell.logs import RamHandler

    ram = RamHandler()
    ram.lines.append("earlier log line")
    reporter = CrashReporter(ram, lambda: sidebar.window)
    try:
        raise RuntimeError("index exploded")
    except RuntimeError as exc:
        reporter.handle(type(exc), exc, exc.__traceback__)
    dialog = reporter._dialog
    assert dialog is not None and dialog.isVisible()
    assert "index exploded" in dialog.details and "earlier log line" in dialog.details
    dialog.copy()
    assert "index exploded" in QApplication.clipboard().text()
    dialog.close()


def test_a_bad_model_folder_is_reported_and_keyword_search_continues(qtbot, make_sidebar,
                                                                     tmp_path):
    bad = tmp_path / "not-a-model"
    bad.mkdir()
    sidebar = make_sidebar(Assistant(AssistConfig(paths.bundled_knowledge_dir(), model_dir=bad)))
    qtbot.waitUntil(lambda: sidebar.service.state.phase == "model_failed", timeout=60_000)
    assert "not-a-model" in sidebar.window.status.label.text()
    paste_question(qtbot, sidebar, QUESTION)
    assert sidebar.window.cards


def test_clipboard_watch_searches_copied_buyer_text_but_not_our_own(qtbot, sidebar):
    window = sidebar.window
    updated = sidebar.settings.copy()
    updated.set("clipboard_watch", True)
    sidebar.apply_settings(updated)
    with qtbot.waitSignal(sidebar.service.results_ready, timeout=20_000):
        QApplication.clipboard().setText(QUESTION)
    assert window.input.toPlainText() == QUESTION
    qtbot.waitUntil(lambda: bool(window.cards))
    window.copy_card(window.cards[0])
    assert window.input.toPlainText() == QUESTION
    sidebar._set_paused(True)
    QApplication.clipboard().setText("另一个问题")
    assert window.input.toPlainText() == QUESTION


def test_settings_dialog_keeps_a_bad_value_out_and_says_which(qtbot, tmp_path):
    from assist.ui.settings.model import Settings

    dialog = SettingsDialog(Settings.defaults())
    qtbot.addWidget(dialog)
    dialog.show()
    a_file = tmp_path / "policies.md"
    a_file.write_text("# x", encoding="utf-8")
    dialog.editors["knowledge_dir"].put(str(a_file))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("Knowledge folder: ") and "choose a folder" in \
        dialog.error.text()
    dialog.editors["knowledge_dir"].put(str(tmp_path))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.settings["knowledge_dir"] == str(tmp_path)
