"""Every sentence the capture feature shows an agent, marked for Qt's translation tools.

Backends raise HotkeyError(template, args) with these English templates; the UI translates
them through the "Capture" context of the .qm files (assist/ui/desktop/wording.py).
"""

from __future__ import annotations

CONTEXT = "Capture"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


RELEASE_KEYS = QT_TRANSLATE_NOOP(
    "Capture", "Release the hotkey's keys to capture the selection.")
SELECT_IN_CHAT = QT_TRANSLATE_NOOP(
    "Capture",
    "Select the buyer's message in the chat window, then press the capture hotkey there.")
NOTHING_SELECTED = QT_TRANSLATE_NOOP(
    "Capture",
    "Nothing was selected in the chat window (or it did not answer the copy in time).")
NO_TARGET = QT_TRANSLATE_NOOP(
    "Capture", "No chat window is known yet (capture a message first); the reply is on the "
               "clipboard, paste it yourself.")
RELEASE_KEYS_INSERT = QT_TRANSLATE_NOOP(
    "Capture", "Release the hotkey's keys; the reply is on the clipboard.")
MOVED_AWAY = QT_TRANSLATE_NOOP(
    "Capture", "You moved to another window since the capture, so the reply was not pasted; "
               "it is on the clipboard.")
CANNOT_ACTIVATE = QT_TRANSLATE_NOOP(
    "Capture", "Could not bring the chat window back; the reply is on the clipboard.")
NO_FOCUS = QT_TRANSLATE_NOOP(
    "Capture", "The chat window did not take the focus; the reply is on the clipboard.")
STEP_FAILED = QT_TRANSLATE_NOOP("Capture", "Capture failed: %1")
KEYS_FAILED = QT_TRANSLATE_NOOP("Capture", "%1 The reply is on the clipboard.")
HOTKEY_TAKEN = QT_TRANSLATE_NOOP(
    "Capture", "%1 is already used by another application; choose another hotkey in Settings.")
HOTKEY_REFUSED = QT_TRANSLATE_NOOP("Capture", "The system refused the hotkey %1 (error %2).")
HOTKEY_EMPTY = QT_TRANSLATE_NOOP("Capture", "The hotkey is empty.")
HOTKEY_INVALID = QT_TRANSLATE_NOOP("Capture", "'%1' is not a valid hotkey; use e.g. Ctrl+Alt+C.")
HOTKEY_NEEDS_MODIFIER = QT_TRANSLATE_NOOP("Capture", "'%1' needs a modifier such as Ctrl or Alt.")
UNKNOWN_KEY = QT_TRANSLATE_NOOP("Capture", "The key '%1' does not exist on this keyboard layout.")
NO_X_DISPLAY = QT_TRANSLATE_NOOP("Capture", "Cannot connect to the X display: %1")
NO_XTEST = QT_TRANSLATE_NOOP(
    "Capture", "The X server lacks the XTEST extension needed to send keys.")
SENDINPUT_BLOCKED = QT_TRANSLATE_NOOP(
    "Capture", "Windows blocked the simulated key press (is the chat window running as "
               "administrator?).")
WAYLAND = QT_TRANSLATE_NOOP(
    "Capture", "Global hotkeys are not available to apps on Wayland. Bind the commands "
               "'assist capture' and 'assist insert 1' to keys in your desktop's keyboard "
               "settings.")
NO_DISPLAY = QT_TRANSLATE_NOOP("Capture", "No display: global hotkeys are not available.")
MAC_ACCESSIBILITY = QT_TRANSLATE_NOOP(
    "Capture", "Agent Assist needs the Accessibility permission to capture and insert text: "
               "open System Settings > Privacy & Security > Accessibility, enable Agent Assist, "
               "then restart it.")


def fill(template: str, *args: object) -> str:
    for number, arg in enumerate(args, start=1):
        template = template.replace(f"%{number}", str(arg))
    return template

