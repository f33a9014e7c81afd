"""OS-independent parts of the backends: parsing and the per-OS key tables."""

import pytest

from assist.platform import session_kind
from assist.platform.base import Hotkey, HotkeyError
from assist.platform.keymaps import (
    MOD_NOREPEAT,
    pynput_hotkey,
    windows_hotkey_flags,
    windows_vk,
    x11_keysym_name,
)


@pytest.mark.parametrize("text,mods,key", [
    ("Ctrl+Alt+C", {"ctrl", "alt"}, "c"), ("control + shift + insert", {"ctrl", "shift"}, "insert"),
    ("Cmd+Option+V", {"meta", "alt"}, "v"), ("F8", set(), "f8"), ("Alt+1", {"alt"}, "1"),
])
def test_parse(text: str, mods: set[str], key: str) -> None:
    hotkey = Hotkey.parse(text)
    assert hotkey.modifiers == frozenset(mods) and hotkey.key == key


@pytest.mark.parametrize("text", ["", "C", "Ctrl+Alt", "Hyper+C", "Ctrl+"])
def test_parse_refuses_what_would_break_typing(text: str) -> None:
    with pytest.raises(HotkeyError):
        Hotkey.parse(text)


def test_str_round_trip() -> None:
    assert str(Hotkey.parse("alt+ctrl+c")) == "Ctrl+Alt+C"
    assert str(Hotkey.parse("shift+insert")) == "Shift+Insert"


def test_windows_tables() -> None:
    assert windows_vk("c") == 0x43 and windows_vk("1") == 0x31 and windows_vk("f8") == 0x77
    assert windows_vk("insert") == 0x2D
    assert windows_hotkey_flags(Hotkey.parse("Ctrl+Alt+C")) == MOD_NOREPEAT | 0x0001 | 0x0002
    with pytest.raises(ValueError):
        windows_vk("nosuchkey")


def test_x11_and_macos_names() -> None:
    assert x11_keysym_name("insert") == "Insert" and x11_keysym_name("f12") == "F12"
    assert pynput_hotkey(Hotkey.parse("Cmd+Shift+V")) == "<shift>+<cmd>+v"
    assert pynput_hotkey(Hotkey.parse("Ctrl+Alt+F8")) == "<ctrl>+<alt>+<f8>"


@pytest.mark.parametrize("env,kind", [
    ({"DISPLAY": ":1"}, "x11"),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
    ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, "wayland"),
    ({}, "none"),
])
def test_session_kind(monkeypatch: pytest.MonkeyPatch, env: dict, kind: str) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert session_kind() == kind
