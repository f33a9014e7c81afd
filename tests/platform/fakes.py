"""A fake desktop for capture/insert tests: the OS backend and the chat app in one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer

from assist.platform import messages
from assist.platform.base import Backend, Hotkey, HotkeyError, WindowRef

CHAT = WindowRef(100, "千牛 - 买家小王")
SIDEBAR = WindowRef(200, "Agent Assist")
OTHER = WindowRef(300, "浏览器")


class FakeDesktop(Backend):
    """Plays the OS and the chat app: copy puts the selection on the clipboard after a
    delay, paste types the clipboard's text into the chat field."""

    def __init__(self, clipboard, taken: frozenset[str] = frozenset()) -> None:
        self.clipboard = clipboard
        self.active: WindowRef | None = CHAT
        self.selection = "羽绒服袖子开线了怎么办"
        self.chat_field = ""
        self.copy_delay_ms = 30
        self.held_until_polls = 0
        self.activations: list[WindowRef] = []
        self.refuse_activation = False
        self.sent: list[Hotkey] = []
        self.taken = taken  # hotkeys "another app" holds
        self.hotkeys: dict[str, Callable[[], None]] = {}

    def register_hotkey(self, name: str, hotkey: Hotkey, callback: Callable[[], None]) -> None:
        if str(hotkey) in self.taken:
            raise HotkeyError(messages.HOTKEY_TAKEN, hotkey)
        self.hotkeys[name] = callback

    def unregister_all(self) -> None:
        pass

    def modifiers_down(self) -> bool:
        self.held_until_polls -= 1
        return self.held_until_polls > 0

    def send_keys(self, hotkey: Hotkey) -> None:
        self.sent.append(hotkey)
        if hotkey.key == "c" and self.selection and self.active == CHAT:
            QTimer.singleShot(self.copy_delay_ms, lambda: self.clipboard.setText(self.selection))
        elif hotkey.key in ("v", "insert") and self.active == CHAT:
            self.chat_field += self.clipboard.text()

    def active_window(self) -> WindowRef | None:
        return self.active

    def activate(self, window: WindowRef) -> bool:
        self.activations.append(window)
        if self.refuse_activation:
            return False
        self.active = window
        return True
