"""The settings schema, its file and its migrations. Qt-free so it tests without a display.

Every setting is declared once in SCHEMA; the settings dialog is generated from it. Labels and
descriptions are marked with QT_TRANSLATE_NOOP so Qt's lupdate collects them; the dialog
translates them at display time.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assist import paths
from assist.atomic import write_atomic
from assist.platform.base import Hotkey, HotkeyError
from assist.policy import LEGACY_FILE, policy_paths, read_policy

log = logging.getLogger(__name__)

SETTINGS_VERSION = 3
SETTINGS_FILE = "settings.json"
DEFAULTS_FILE = LEGACY_FILE  # IT's file is policy.json now (assist/policy.py); still read
CONTEXT = "Settings"  # translation context for labels, descriptions and choice labels


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks text for lupdate without importing Qt; translated where it is shown."""
    return text


@dataclass(frozen=True)
class Choice:
    value: str | int
    label: str


@dataclass(frozen=True)
class Field:
    """One setting: the dialog, validation and the file all read this."""

    name: str
    type: str  # "bool" | "int" | "choice" | "path" | "text" | "hotkey" | "screen"
    default: Any
    label: str
    description: str
    choices: tuple[Choice, ...] = ()

    def validate(self, value: Any) -> Any:
        """Returns the value in its canonical type (bool, int or str) or raises ValueError
        with a sentence that names the setting and what it accepts."""
        if self.type == "bool":
            if isinstance(value, bool):
                return value
            raise ValueError(f"{self.name}: expected true or false, got {value!r}")
        if self.type == "int":
            value = _as_int(self.name, value)
        elif not isinstance(value, str):
            raise ValueError(f"{self.name}: expected text, got {value!r}")
        if self.choices and value not in {c.value for c in self.choices}:
            allowed = ", ".join(str(c.value) for c in self.choices)
            raise ValueError(f"{self.name}: {value!r} is not one of {allowed}")
        if self.type == "hotkey" and value:
            try:
                return str(Hotkey.parse(value))  # one spelling: "ctrl+alt+c" -> "Ctrl+Alt+C"
            except HotkeyError as exc:
                raise ValueError(f"{self.name}: {exc}") from None
        if self.type == "path" and value:
            if "\x00" in value:
                raise ValueError(f"{self.name}: a folder path cannot hold a NUL character")
            if Path(value).expanduser().is_file():
                raise ValueError(f"{self.name}: {value} is a file; choose a folder")
        return value


def _as_int(name: str, value: Any) -> int:
    # bool is an int in Python, and "500" is how version 2 files stored numbers
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    raise ValueError(f"{name}: expected a whole number, got {value!r}")


SCHEMA: tuple[Field, ...] = (
    Field(
        "knowledge_dir", "path", "",
        QT_TRANSLATE_NOOP("Settings", "Knowledge folder"),
        QT_TRANSLATE_NOOP("Settings", "Folder with product pages, policies and past replies. "
                                      "Empty uses the bundled sample."),
    ),
    Field(
        "model_dir", "path", "",
        QT_TRANSLATE_NOOP("Settings", "Model folder"),
        QT_TRANSLATE_NOOP("Settings", "Sentence-embedding model. Empty uses the bundled model."),
    ),
    Field(
        "dock_edge", "choice", "right",
        QT_TRANSLATE_NOOP("Settings", "Dock edge"),
        QT_TRANSLATE_NOOP("Settings", "Screen edge the sidebar sits against."),
        (Choice("right", QT_TRANSLATE_NOOP("Settings", "Right")),
         Choice("left", QT_TRANSLATE_NOOP("Settings", "Left"))),
    ),
    Field(
        "dock_screen", "screen", "",
        QT_TRANSLATE_NOOP("Settings", "Screen"),
        QT_TRANSLATE_NOOP("Settings", "Screen to dock on. Empty uses the primary screen."),
    ),
    Field(
        "always_on_top", "bool", True,
        QT_TRANSLATE_NOOP("Settings", "Always on top"),
        QT_TRANSLATE_NOOP("Settings", "Keep the sidebar above the chat window."),
    ),
    Field(
        "theme", "choice", "system",
        QT_TRANSLATE_NOOP("Settings", "Theme"),
        QT_TRANSLATE_NOOP("Settings", "Colours of the sidebar."),
        (Choice("system", QT_TRANSLATE_NOOP("Settings", "Follow system")),
         Choice("light", QT_TRANSLATE_NOOP("Settings", "Light")),
         Choice("dark", QT_TRANSLATE_NOOP("Settings", "Dark"))),
    ),
    Field(
        "language", "choice", "system",
        QT_TRANSLATE_NOOP("Settings", "Language"),
        QT_TRANSLATE_NOOP("Settings", "Language of the sidebar."),
        (Choice("system", QT_TRANSLATE_NOOP("Settings", "Follow system")),
         Choice("zh_CN", "简体中文"), Choice("en", "English")),
    ),
    Field(
        "hotkey_capture", "hotkey", "Ctrl+Alt+C",
        QT_TRANSLATE_NOOP("Settings", "Capture hotkey"),
        QT_TRANSLATE_NOOP("Settings", "Reads the buyer's latest message from the chat window."),
    ),
    Field(
        "hotkey_insert", "hotkey", "Ctrl+Alt+V",
        QT_TRANSLATE_NOOP("Settings", "Insert hotkey"),
        QT_TRANSLATE_NOOP("Settings", "Inserts the card you are editing, or else the best "
                                      "suggestion, into the chat window."),
    ),
    Field(
        "hotkey_cards", "choice", "Ctrl+Alt",
        QT_TRANSLATE_NOOP("Settings", "Card hotkeys"),
        QT_TRANSLATE_NOOP("Settings", "These keys with a card's number (1-5) insert that card "
                                      "from the chat window."),
        (Choice("Ctrl+Alt", "Ctrl+Alt+1…5"), Choice("Ctrl+Shift", "Ctrl+Shift+1…5"),
         Choice("Alt+Shift", "Alt+Shift+1…5"), Choice("", QT_TRANSLATE_NOOP("Settings", "Off"))),
    ),
    Field(
        "salutation", "text", "亲",
        QT_TRANSLATE_NOOP("Settings", "Salutation"),
        QT_TRANSLATE_NOOP("Settings", "How a reply addresses a buyer whose name is not known, "
                                      "in place of {买家}."),
    ),
    Field(
        "conversation_pause_min", "int", 15,
        QT_TRANSLATE_NOOP("Settings", "New conversation after"),
        QT_TRANSLATE_NOOP("Settings", "A capture after this long a pause starts a new "
                                      "conversation: no earlier message or detail carries over."),
        tuple(Choice(v, f"{v} min") for v in (5, 10, 15, 30, 60)),
    ),
    Field(
        "paste_shortcut", "choice", "ctrl+v",
        QT_TRANSLATE_NOOP("Settings", "Paste keys"),
        QT_TRANSLATE_NOOP("Settings", "Keys sent to the chat window to paste a reply."),
        (Choice("ctrl+v", "Ctrl+V"), Choice("shift+insert", "Shift+Insert")),
    ),
    Field(
        "capture_timeout_ms", "int", 500,
        QT_TRANSLATE_NOOP("Settings", "Capture wait"),
        QT_TRANSLATE_NOOP("Settings", "How long the chat window may take to copy the selection."),
        tuple(Choice(v, f"{v} ms") for v in (300, 500, 1000, 2000)),
    ),
    Field(
        "restore_delay_ms", "int", 600,
        QT_TRANSLATE_NOOP("Settings", "Clipboard restore delay"),
        QT_TRANSLATE_NOOP("Settings", "Time a slow chat app gets to read a pasted reply before "
                                      "your own clipboard comes back."),
        tuple(Choice(v, f"{v} ms") for v in (300, 600, 1000, 2000)),
    ),
    Field(
        "clipboard_watch", "bool", False,
        QT_TRANSLATE_NOOP("Settings", "Watch clipboard"),
        QT_TRANSLATE_NOOP("Settings", "Search whenever text is copied in the chat window."),
    ),
    Field(
        "train_shop_model", "bool", True,
        QT_TRANSLATE_NOOP("Settings", "Train the shop's model"),
        QT_TRANSLATE_NOOP("Settings", "Train a search model on the knowledge folder on this "
                                      "PC, in the background. Off: a model shipped with the "
                                      "folder (or trained before) is still used."),
    ),
    Field(
        "feedback_log", "bool", True,
        QT_TRANSLATE_NOOP("Settings", "Feedback log"),
        QT_TRANSLATE_NOOP("Settings", "Keep a local log of which replies were used (personal "
                                      "data masked; it never leaves this PC unless exported)."),
    ),
)
FIELDS: dict[str, Field] = {f.name: f for f in SCHEMA}


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Brings an older file up to SETTINGS_VERSION, one step at a time. ValueError when the
    file's shape is not one any version wrote."""
    version = data.get("version", 1) if "values" in data else 0
    values = data.get("values", data if version == 0 else {})
    if not isinstance(values, dict):
        raise ValueError(f"'values' holds {type(values).__name__}, not settings")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ValueError(f"'version' is {version!r}, not a number")
    values = dict(values)
    if version == 0:  # early builds wrote a flat object
        values.pop("version", None)
        version = 1
    if version == 1:  # 1 -> 2: "dock" became "dock_edge"; "on_top" became "always_on_top"
        if "dock" in values:
            values["dock_edge"] = values.pop("dock")
        if "on_top" in values:
            values["always_on_top"] = values.pop("on_top")
        version = 2
    if version == 2:  # 2 -> 3: waits stored as whole numbers, not text ("500" -> 500)
        for name in ("capture_timeout_ms", "restore_delay_ms"):
            value = values.get(name)
            if isinstance(value, str) and value.strip().isdigit():
                values[name] = int(value)
        version = 3
    return {"version": version, "values": values}


class LockedError(PermissionError):
    """Raised when code tries to change a setting IT has locked."""


@dataclass
class Settings:
    values: dict[str, Any]
    locked: frozenset[str] = frozenset()

    @classmethod
    def defaults(cls) -> Settings:
        return cls({f.name: f.default for f in SCHEMA})

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def set(self, name: str, value: Any) -> None:
        if name in self.locked:
            raise LockedError(f"{name} is locked by your administrator")
        self.values[name] = FIELDS[name].validate(value)

    def copy(self) -> Settings:
        return Settings(dict(self.values), self.locked)

    def card_hotkeys(self) -> dict[int, str]:
        """The global keys that insert cards 1-5, e.g. {1: "Ctrl+Alt+1"}; {} when off."""
        modifiers = self.values["hotkey_cards"]
        return {rank: f"{modifiers}+{rank}" for rank in range(1, 6)} if modifiers else {}


@dataclass
class LoadOutcome:
    settings: Settings
    messages: list[str] = field(default_factory=list)  # plain sentences to show the user


def atomic_write_json(path: Path, data: Any) -> None:
    """Through a temporary file and one rename, so a crash never leaves half a file."""
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2))


def default_defaults_paths() -> list[Path]:
    """Where IT's policy may be, weakest first (assist/policy.py documents each)."""
    return policy_paths()


class SettingsStore:
    """Reads and writes the versioned settings file in assist.paths.config_dir()."""

    def __init__(self, path: Path | None = None, defaults_paths: Iterable[Path] | None = None):
        self.path = path or paths.config_dir() / SETTINGS_FILE
        self.defaults_paths = list(
            default_defaults_paths() if defaults_paths is None else defaults_paths)

    def load(self) -> LoadOutcome:
        base, locked, messages = self._system_defaults()
        values = dict(base)
        if self.path.exists():
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                if not isinstance(data, dict):
                    raise ValueError("top level is not an object")
                user = _migrate(data)["values"]
            except (OSError, ValueError) as exc:
                backup = self._back_up_damaged()
                messages.append(
                    f"Settings file was damaged ({exc}); defaults are used. "
                    f"The old file was kept as {backup.name}.")
                user = {}
            messages += self._merge(values, user, locked)
        return LoadOutcome(Settings(values, frozenset(locked)), messages)

    def save(self, settings: Settings) -> None:
        # A locked value is IT's, not the user's: kept out of the file so lifting the lock
        # later brings back the user's own choice rather than pinning IT's.
        values = {k: v for k, v in settings.values.items()
                  if k in FIELDS and k not in settings.locked}
        atomic_write_json(self.path, {"version": SETTINGS_VERSION, "values": values})

    def _system_defaults(self) -> tuple[dict[str, Any], set[str], list[str]]:
        def validate(name: str, value: Any) -> Any:
            return FIELDS[name].validate(value)

        policy = read_policy(self.defaults_paths, FIELDS, validate, Settings.defaults().values)
        for message in policy.messages:
            log.warning("%s", message)
        return policy.values, set(policy.locked), policy.messages

    @staticmethod
    def _merge(values: dict[str, Any], incoming: dict[str, Any], locked: set[str]) -> list[str]:
        messages = []
        for name, value in incoming.items():
            if name not in FIELDS or name in locked:
                continue
            try:
                values[name] = FIELDS[name].validate(value)
            except ValueError as exc:
                messages.append(f"Ignored setting: {exc}")
        return messages

    def _back_up_damaged(self) -> Path:
        backup = self.path.with_name(f"{self.path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(self.path, backup)
        except OSError:
            log.exception("could not back up damaged settings file")
        log.warning("settings file damaged; backed up to %s", backup)
        return backup


class StateStore:
    """Window state (width, last screen) kept apart from settings in assist.paths.state_dir()."""

    def __init__(self, path: Path | None = None):
        self.path = path or paths.state_dir() / "window.json"

    def load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def save(self, state: dict[str, Any]) -> None:
        atomic_write_json(self.path, state)
