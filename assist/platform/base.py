"""The interface every OS backend implements, and hotkey parsing shared by all of them."""

from __future__ import annotations

import abc
from collections.abc import Callable
from dataclasses import dataclass

from assist.platform import messages

MODIFIERS = ("ctrl", "alt", "shift", "meta")
_ALIASES = {
    "control": "ctrl", "ctl": "ctrl", "option": "alt", "opt": "alt", "win": "meta",
    "super": "meta", "cmd": "meta", "command": "meta", "ins": "insert", "del": "delete",
    "esc": "escape", "return": "enter",
}


class HotkeyError(Exception):
    """A hotkey or key-sending failure, worded for the agent with what to do about it.

    Holds an English template from messages.py and its arguments, so the UI can show it in
    the interface language; str() is the English sentence (logs, the CLI)."""

    def __init__(self, template: str, *args: object) -> None:
        super().__init__(messages.fill(template, *args))
        self.template = template
        self.args_ = args


@dataclass(frozen=True)
class Hotkey:
    modifiers: frozenset[str]
    key: str  # lower case: "c", "v", "f8", "insert", "1"

    @classmethod
    def parse(cls, text: str) -> Hotkey:
        """'Ctrl+Alt+C' -> Hotkey({'ctrl','alt'}, 'c'). A global hotkey needs a modifier
        (or a function key), or it would swallow ordinary typing in every app."""
        parts = [p.strip().lower() for p in text.replace(" ", "").split("+") if p.strip()]
        if not parts:
            raise HotkeyError(messages.HOTKEY_EMPTY)
        parts = [_ALIASES.get(p, p) for p in parts]
        *mods, key = parts
        unknown = [m for m in mods if m not in MODIFIERS]
        if unknown or key in MODIFIERS:
            raise HotkeyError(messages.HOTKEY_INVALID, text)
        if not mods and not (key.startswith("f") and key[1:].isdigit()):
            raise HotkeyError(messages.HOTKEY_NEEDS_MODIFIER, text)
        return cls(frozenset(mods), key)

    def __str__(self) -> str:
        mods = [m.capitalize() for m in MODIFIERS if m in self.modifiers]
        return "+".join([*mods, self.key.upper() if len(self.key) == 1 else self.key.capitalize()])


@dataclass(frozen=True)
class WindowRef:
    """An opaque handle to a top-level window of another app (X11 id, HWND, pid on macOS)."""

    handle: int
    title: str = ""


class Backend(abc.ABC):
    """Global hotkeys, synthetic keys and focus for one OS. Callbacks may arrive on any
    thread; the caller marshals them to the GUI thread."""

    available = True
    problem = ""  # why hotkeys are unavailable, when they are

    @abc.abstractmethod
    def register_hotkey(self, name: str, hotkey: Hotkey, callback: Callable[[], None]) -> None:
        """Raise HotkeyError if the OS refuses (taken by another app, no permission)."""

    @abc.abstractmethod
    def unregister_all(self) -> None: ...

    @abc.abstractmethod
    def modifiers_down(self) -> bool:
        """True while any modifier key, or the key of a registered hotkey, is held. Keys sent
        before the hotkey's own key is up would go to the hotkey's grab, not the chat: people
        (and xdotool) often let go of Ctrl and Alt before the letter."""

    @abc.abstractmethod
    def send_keys(self, hotkey: Hotkey) -> None:
        """Press and release the combination in the focused window."""

    @abc.abstractmethod
    def active_window(self) -> WindowRef | None: ...

    @abc.abstractmethod
    def activate(self, window: WindowRef) -> bool:
        """Bring the window to the front with keyboard focus; False if the OS refused."""

    def close(self) -> None:
        self.unregister_all()


class UnsupportedBackend(Backend):
    """Where global hotkeys cannot work: everything still runs, the sidebar says why."""

    available = False

    def __init__(self, template: str, *args: object) -> None:
        self.error = HotkeyError(template, *args)
        self.problem = str(self.error)  # English; the UI shows the error translated
        # no display at all (tests, servers): nobody to tell, so the UI stays quiet about it
        self.headless = template == messages.NO_DISPLAY

    def register_hotkey(self, name: str, hotkey: Hotkey, callback: Callable[[], None]) -> None:
        raise self.error

    def unregister_all(self) -> None:
        pass

    def modifiers_down(self) -> bool:
        return False

    def send_keys(self, hotkey: Hotkey) -> None:
        raise self.error

    def active_window(self) -> WindowRef | None:
        return None

    def activate(self, window: WindowRef) -> bool:
        return False


COPY = {"default": Hotkey(frozenset({"ctrl"}), "c"), "macos": Hotkey(frozenset({"meta"}), "c")}
PASTE_SHORTCUTS = {
    "ctrl+v": Hotkey(frozenset({"ctrl"}), "v"),
    "shift+insert": Hotkey(frozenset({"shift"}), "insert"),
    "cmd+v": Hotkey(frozenset({"meta"}), "v"),
}
