"""Key names to each OS's codes. Pure tables, so they are tested on every OS."""

from __future__ import annotations

from assist.platform.base import Hotkey

# X11 keysym names (Xlib.XK.string_to_keysym) for keys whose name is not a single character.
X11_KEYSYMS = {
    "insert": "Insert", "delete": "Delete", "enter": "Return", "escape": "Escape",
    "tab": "Tab", "space": "space", "backspace": "BackSpace", "home": "Home", "end": "End",
    "pageup": "Prior", "pagedown": "Next", "up": "Up", "down": "Down", "left": "Left",
    "right": "Right",
}
X11_MODIFIER_KEYSYMS = {"ctrl": "Control_L", "alt": "Alt_L", "shift": "Shift_L", "meta": "Super_L"}

# Windows virtual-key codes.
WIN_VK_MODIFIERS = {"ctrl": 0x11, "alt": 0x12, "shift": 0x10, "meta": 0x5B}
WIN_MOD_FLAGS = {"alt": 0x0001, "ctrl": 0x0002, "shift": 0x0004, "meta": 0x0008}
MOD_NOREPEAT = 0x4000
_WIN_VK_NAMED = {
    "insert": 0x2D, "delete": 0x2E, "enter": 0x0D, "escape": 0x1B, "tab": 0x09,
    "space": 0x20, "backspace": 0x08, "home": 0x24, "end": 0x23, "pageup": 0x21,
    "pagedown": 0x22, "left": 0x25, "up": 0x26, "right": 0x27, "down": 0x28,
}


def x11_keysym_name(key: str) -> str:
    if len(key) == 1:
        return key
    if key.startswith("f") and key[1:].isdigit():
        return key.upper()
    try:
        return X11_KEYSYMS[key]
    except KeyError:
        raise ValueError(f"unknown key '{key}'") from None


def windows_vk(key: str) -> int:
    if len(key) == 1 and key.isalnum():
        return ord(key.upper())
    if key.startswith("f") and key[1:].isdigit() and 1 <= int(key[1:]) <= 24:
        return 0x70 + int(key[1:]) - 1
    try:
        return _WIN_VK_NAMED[key]
    except KeyError:
        raise ValueError(f"unknown key '{key}'") from None


def windows_hotkey_flags(hotkey: Hotkey) -> int:
    """fsModifiers for RegisterHotKey; NOREPEAT so holding the keys fires once."""
    flags = MOD_NOREPEAT
    for mod in hotkey.modifiers:
        flags |= WIN_MOD_FLAGS[mod]
    return flags


def pynput_hotkey(hotkey: Hotkey) -> str:
    """'<ctrl>+<alt>+c' as pynput.keyboard.GlobalHotKeys expects (macOS backend)."""
    names = {"ctrl": "<ctrl>", "alt": "<alt>", "shift": "<shift>", "meta": "<cmd>"}
    order = ("ctrl", "alt", "shift", "meta")
    mods = [names[m] for m in order if m in hotkey.modifiers]
    key = hotkey.key if len(hotkey.key) == 1 else f"<{hotkey.key}>"
    return "+".join([*mods, key])
