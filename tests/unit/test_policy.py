"""The machine-wide policy file: where it is, what order files are read in, bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assist import policy
from assist.policy import machine_policy_path, policy_paths, read_policy

NAMES = ("knowledge_dir", "feedback_log", "theme")
DEFAULTS = {"knowledge_dir": "", "feedback_log": True, "theme": "system"}


def _validate(name: str, value: object) -> object:
    if name == "feedback_log" and not isinstance(value, bool):
        raise ValueError(f"{name}: expected true or false, got {value!r}")
    if name == "theme" and value not in ("system", "light", "dark"):
        raise ValueError(f"{name}: {value!r} is not one of system, light, dark")
    return value


def _write(path: Path, data: object) -> Path:
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(("platform", "expected"), [
    ("win32", Path(r"D:\PD") / "AgentAssist" / "policy.json"),
    ("darwin", Path("/Library/Application Support/AgentAssist/policy.json")),
    ("linux", Path("/etc/agent-assist/policy.json")),
])
def test_the_documented_machine_paths(platform, expected, monkeypatch):
    monkeypatch.setenv("PROGRAMDATA", r"D:\PD")
    assert machine_policy_path(platform) == expected


def test_the_machine_file_is_read_last_and_the_env_files_before_it(tmp_path, monkeypatch):
    monkeypatch.setenv(policy.LEGACY_ENV, str(tmp_path / "legacy.json"))
    monkeypatch.setenv(policy.POLICY_ENV, str(tmp_path / "share.json"))
    found = policy_paths()
    assert found[-1] == machine_policy_path()
    assert found[-3:-1] == [tmp_path / "legacy.json", tmp_path / "share.json"]
    assert [p.name for p in found[:2]] == ["defaults.json", "defaults.json"]


def test_later_values_win_and_locks_add_up(tmp_path):
    weak = _write(tmp_path / "a.json", {"values": {"theme": "dark", "feedback_log": False},
                                        "locked": ["theme"]})
    strong = _write(tmp_path / "b.json", {"values": {"theme": "light"},
                                          "locked": ["feedback_log"]})
    result = read_policy([weak, tmp_path / "missing.json", strong], NAMES, _validate, DEFAULTS)
    assert result.values == {"knowledge_dir": "", "feedback_log": False, "theme": "light"}
    assert result.locked == {"theme", "feedback_log"}
    assert result.sources == [weak, strong] and result.messages == []


def test_star_locks_every_setting(tmp_path):
    path = _write(tmp_path / "p.json", {"values": {"theme": "dark"}, "locked": "*"})
    result = read_policy([path], NAMES, _validate, DEFAULTS)
    assert result.locked == set(NAMES)
    assert result.values["theme"] == "dark"


@pytest.mark.parametrize(("content", "said"), [
    ("{ not json", "Expecting"),
    ("[1, 2]", "holds list"),
    ({"values": [1]}, "'values' must be an object"),
    ({"locked": "theme"}, "'locked' must be a list"),
    ({"locked": [1]}, "'locked' must be a list"),
    ({"value": {"theme": "dark"}}, "unknown entries value"),
    (b"\xff\xfe\x00garbage", "Ignored policy file"),
])
def test_a_bad_file_is_reported_and_ignored_whole(tmp_path, content, said):
    path = tmp_path / "policy.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        _write(path, content)
    result = read_policy([path], NAMES, _validate, DEFAULTS)
    assert result.values == DEFAULTS and result.locked == frozenset()
    assert len(result.messages) == 1
    assert str(path) in result.messages[0] and said in result.messages[0]


def test_an_invalid_locked_value_keeps_the_previous_value_locked(tmp_path):
    path = _write(tmp_path / "p.json", {"values": {"feedback_log": "no", "theme": "dark"},
                                        "locked": ["feedback_log", "nonsense"],
                                        "comment": "IT, 2024"})
    result = read_policy([path], NAMES, _validate, DEFAULTS)
    assert result.values["feedback_log"] is True  # the default, not "no"
    assert result.values["theme"] == "dark"  # the rest of the file still applies
    assert result.locked == {"feedback_log"}
    assert any("feedback_log" in m and "stays locked" in m for m in result.messages)
    assert any("locks no such setting: nonsense" in m for m in result.messages)


def test_a_byte_order_mark_from_notepad_is_accepted(tmp_path):
    path = tmp_path / "p.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"values": {"theme": "dark"}}).encode())
    assert read_policy([path], NAMES, _validate, DEFAULTS).values["theme"] == "dark"
