"""IT's policy file over the user's settings: overrides, locks, "*", bad files, the dialog."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from assist.ui.settings.model import FIELDS, LockedError, Settings, SettingsStore
from assist.ui.windows.settings_dialog import SettingsDialog


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    path = tmp_path / "config" / "settings.json"
    path.parent.mkdir()
    path.write_text(json.dumps({"version": 3, "values": {
        "knowledge_dir": str(tmp_path), "feedback_log": True, "theme": "dark",
        "train_shop_model": True, "hotkey_capture": "Ctrl+Alt+K"}}), encoding="utf-8")
    return path


def _policy(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_policy_overrides_locked_keys_and_leaves_the_rest_to_the_user(tmp_path, user_file):
    share = tmp_path / "share"
    share.mkdir()
    policy = _policy(tmp_path, {
        "values": {"knowledge_dir": str(share), "feedback_log": False, "theme": "light",
                   "train_shop_model": False, "hotkey_capture": "ctrl+shift+f9"},
        "locked": ["knowledge_dir", "feedback_log", "train_shop_model", "hotkey_capture"]})
    outcome = SettingsStore(user_file, defaults_paths=[policy]).load()
    settings = outcome.settings
    assert outcome.messages == []
    assert settings["knowledge_dir"] == str(share)  # locked: the user's folder is ignored
    assert settings["feedback_log"] is False and settings["train_shop_model"] is False
    assert settings["hotkey_capture"] == "Ctrl+Shift+F9"  # IT's, in the one spelling
    assert settings["theme"] == "dark"  # only a default: the user's choice stands
    assert settings.locked == {"knowledge_dir", "feedback_log", "train_shop_model",
                               "hotkey_capture"}
    with pytest.raises(LockedError):
        settings.set("feedback_log", True)
    settings.set("theme", "system")  # not locked


def test_locked_values_stay_out_of_the_users_file(tmp_path, user_file):
    policy = _policy(tmp_path, {"values": {"feedback_log": False}, "locked": ["feedback_log"]})
    store = SettingsStore(user_file, defaults_paths=[policy])
    settings = store.load().settings
    settings.set("dock_edge", "left")
    store.save(settings)
    saved = json.loads(user_file.read_text(encoding="utf-8"))["values"]
    assert saved["dock_edge"] == "left" and "feedback_log" not in saved
    # IT lifts the lock: the policy's value becomes a default under the user's own
    unlocked = _policy(tmp_path, {"values": {"feedback_log": False}})
    assert SettingsStore(user_file, defaults_paths=[unlocked]).load().settings["dock_edge"] \
        == "left"


def test_star_locks_everything(tmp_path, user_file):
    policy = _policy(tmp_path, {"values": {"theme": "light"}, "locked": "*"})
    settings = SettingsStore(user_file, defaults_paths=[policy]).load().settings
    assert settings.locked == set(FIELDS)
    assert settings["theme"] == "light"
    assert settings["knowledge_dir"] == ""  # the default, not the user's folder
    with pytest.raises(LockedError):
        settings.set("dock_edge", "left")


def test_a_damaged_policy_is_reported_and_the_user_settings_apply(tmp_path, user_file):
    policy = tmp_path / "policy.json"
    policy.write_text('{"values": {"theme": "light"}, "locked": ["theme"', encoding="utf-8")
    outcome = SettingsStore(user_file, defaults_paths=[policy]).load()
    assert outcome.settings["theme"] == "dark" and outcome.settings.locked == frozenset()
    assert len(outcome.messages) == 1 and "Ignored policy file" in outcome.messages[0]
    assert policy.read_text(encoding="utf-8").endswith('"theme"')  # IT's file left alone


def test_an_invalid_locked_value_falls_back_to_the_default_still_locked(tmp_path, user_file):
    policy = _policy(tmp_path, {"values": {"theme": "purple", "hotkey_capture": "K"},
                                "locked": ["theme", "hotkey_capture"]})
    outcome = SettingsStore(user_file, defaults_paths=[policy]).load()
    settings = outcome.settings
    assert settings["theme"] == FIELDS["theme"].default  # not purple, not the user's dark
    assert settings["hotkey_capture"] == FIELDS["hotkey_capture"].default
    assert {"theme", "hotkey_capture"} <= settings.locked
    said = " ".join(outcome.messages)
    assert "theme: 'purple' is not one of" in said and "hotkey_capture" in said
    assert said.count("stays locked") == 2


def test_the_dialog_shows_locked_keys_as_locked_and_keeps_their_values(qtbot, tmp_path,
                                                                       user_file):
    policy = _policy(tmp_path, {"values": {"feedback_log": False, "clipboard_watch": False},
                                "locked": ["feedback_log", "clipboard_watch", "knowledge_dir"]})
    settings = SettingsStore(user_file, defaults_paths=[policy]).load().settings
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    log_box = dialog.editor("feedback_log")
    assert not log_box.isEnabled() and not log_box.isChecked()
    assert not dialog.editor("clipboard_watch").isEnabled()
    assert not dialog.editor("knowledge_dir").isEnabled()
    assert dialog.editor("train_shop_model").isEnabled()
    assert "Locked by your administrator" in dialog.descriptions["feedback_log"].text()
    assert "Locked" not in dialog.descriptions["theme"].text()
    for box in (log_box, dialog.editor("train_shop_model")):  # on each box's tick
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.settings["feedback_log"] is False
    assert dialog.settings["train_shop_model"] is False  # the user's own change went through


def test_train_shop_model_is_a_setting_on_by_default():
    assert Settings.defaults()["train_shop_model"] is True
    assert FIELDS["train_shop_model"].type == "bool"


def test_the_sidebar_says_why_a_prebuilt_index_beside_the_folder_was_not_used(
        qtbot, make_sidebar, session_assistant, tmp_path):
    from assist.engine import Assistant, AssistConfig
    from assist.retrieval import prebuilt

    folder = tmp_path / "share"
    folder.mkdir()
    (folder / "faq.csv").write_text("id,question,reply\nR1,How long is delivery?,Two days.\n"
                                    "R2,Can I return it?,Within seven days.\n", "utf-8")
    (prebuilt.location(folder)).mkdir()
    (prebuilt.location(folder) / prebuilt.PREBUILT_FILE).write_text("{", "utf-8")  # half-copied
    assistant = Assistant(AssistConfig(knowledge_dir=folder),
                          embedder=session_assistant.embedder)
    bar = make_sidebar(assistant)
    qtbot.waitUntil(lambda: bar.service.state.phase == "semantic", timeout=60_000)
    qtbot.waitUntil(lambda: "prebuilt index" in bar.window.status.label.text(), timeout=5_000)
    assert "damaged" in bar.window.status.label.text()
