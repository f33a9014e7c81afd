"""The settings file: schema, atomic save, damage, migration and IT-locked fields (no Qt)."""

from __future__ import annotations

import json

import pytest

from assist.ui.settings.model import (
    FIELDS,
    SCHEMA,
    SETTINGS_VERSION,
    LockedError,
    Settings,
    SettingsStore,
    StateStore,
)


def test_every_field_has_a_valid_default_and_description():
    for field in SCHEMA:
        assert field.validate(field.default) == field.default
        assert field.label and field.description
    assert Settings.defaults()["clipboard_watch"] is False


def test_save_then_load_round_trips_and_is_versioned(tmp_path):
    store = SettingsStore(tmp_path / "settings.json", defaults_paths=[])
    settings = store.load().settings
    settings.set("dock_edge", "left")
    settings.set("always_on_top", False)
    store.save(settings)
    data = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert data["version"] == SETTINGS_VERSION
    loaded = store.load()
    assert loaded.messages == []
    assert loaded.settings["dock_edge"] == "left"
    assert loaded.settings["always_on_top"] is False
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temp file left


def test_damaged_file_is_backed_up_and_defaults_used(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{ not json", encoding="utf-8")
    outcome = SettingsStore(path, defaults_paths=[]).load()
    assert outcome.settings.values == Settings.defaults().values
    assert "damaged" in outcome.messages[0]
    backups = list(tmp_path.glob("settings.json.damaged-*"))
    assert len(backups) == 1 and backups[0].read_text(encoding="utf-8") == "{ not json"


def test_bad_values_are_ignored_with_a_message(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 2, "values": {"theme": "purple", "x": 1}}), "utf-8")
    outcome = SettingsStore(path, defaults_paths=[]).load()
    assert outcome.settings["theme"] == "system"
    assert any("theme" in m for m in outcome.messages)


@pytest.mark.parametrize("old", [
    {"dock": "left", "on_top": False},  # version 0: a flat object
    {"version": 1, "values": {"dock": "left", "on_top": False}},
])
def test_old_files_are_migrated(tmp_path, old):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    settings = SettingsStore(path, defaults_paths=[]).load().settings
    assert settings["dock_edge"] == "left"
    assert settings["always_on_top"] is False


def test_it_defaults_and_locked_fields_win(tmp_path):
    defaults = tmp_path / "defaults.json"
    defaults.write_text(json.dumps({"values": {"knowledge_dir": "/srv/kb"},
                                    "locked": ["knowledge_dir"]}), encoding="utf-8")
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 2, "values": {"knowledge_dir": "/home/me"}}), "utf-8")
    settings = SettingsStore(path, defaults_paths=[defaults]).load().settings
    assert settings["knowledge_dir"] == "/srv/kb"
    assert settings.locked == {"knowledge_dir"}
    with pytest.raises(LockedError):
        settings.set("knowledge_dir", "/tmp")


def test_state_is_kept_apart_and_survives_garbage(tmp_path):
    store = StateStore(tmp_path / "window.json")
    assert store.load() == {}
    store.save({"width": 420})
    assert store.load() == {"width": 420}
    (tmp_path / "window.json").write_text("[", encoding="utf-8")
    assert store.load() == {}
    assert "width" not in FIELDS


@pytest.mark.parametrize("values", [None, [1, 2], 7, "text"])
def test_a_file_whose_values_are_not_settings_is_backed_up(tmp_path, values):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 2, "values": values}), encoding="utf-8")
    outcome = SettingsStore(path, defaults_paths=[]).load()
    assert outcome.settings.values == Settings.defaults().values
    assert "damaged" in outcome.messages[0] and "values" in outcome.messages[0]
    assert len(list(tmp_path.glob("settings.json.damaged-*"))) == 1


def test_numbers_are_numbers_and_version_2_text_numbers_migrate(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 2, "values": {"capture_timeout_ms": "1000"}}),
                    encoding="utf-8")
    store = SettingsStore(path, defaults_paths=[])
    settings = store.load().settings
    assert settings["capture_timeout_ms"] == 1000 and settings["restore_delay_ms"] == 600
    store.save(settings)
    saved = json.loads(path.read_text(encoding="utf-8"))["values"]
    assert saved["capture_timeout_ms"] == 1000  # a number in the file, not "1000"
    with pytest.raises(ValueError, match="capture_timeout_ms: 750 is not one of"):
        settings.set("capture_timeout_ms", 750)
    with pytest.raises(ValueError, match="whole number"):
        settings.set("restore_delay_ms", True)


def test_hotkeys_and_folders_are_checked(tmp_path):
    settings = Settings.defaults()
    settings.set("hotkey_capture", "ctrl+alt+k")
    assert settings["hotkey_capture"] == "Ctrl+Alt+K"  # one spelling
    settings.set("hotkey_insert", "")  # empty turns the hotkey off
    with pytest.raises(ValueError, match="hotkey_capture: 'K' needs a modifier"):
        settings.set("hotkey_capture", "K")
    with pytest.raises(ValueError, match="hotkey_capture: 'Ctrl\\+Hyper\\+K' is not a valid"):
        settings.set("hotkey_capture", "Ctrl+Hyper+K")
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(ValueError, match="is a file; choose a folder"):
        settings.set("knowledge_dir", str(a_file))
    settings.set("knowledge_dir", str(tmp_path))
    assert settings["knowledge_dir"] == str(tmp_path)
