"""The machine-wide policy IT ships: default settings, and the ones a user may not change.

One JSON file per machine, in a folder only an administrator may write:

  Windows  %ProgramData%\\AgentAssist\\policy.json  (normally C:\\ProgramData\\AgentAssist\\...)
  macOS    /Library/Application Support/AgentAssist/policy.json
  Linux    /etc/agent-assist/policy.json

    {"values": {"knowledge_dir": "//fs01/kb", "train_shop_model": false},
     "locked": ["knowledge_dir", "train_shop_model"]}

"locked" is a list of setting names, or "*" for every setting. Files read, weakest first:
defaults.json in a customised build's resources/, the older defaults.json in
platformdirs' site config folder, ASSIST_DEFAULTS, ASSIST_POLICY, and the machine's
policy.json last. Values of later files win; locks add up. So ASSIST_POLICY (a file on a
share, a test) adds defaults and locks, but a user who sets it cannot lift the machine file's.

This module checks the file's shape and reports every problem as a sentence; it never raises
on a bad file. Whether a value is valid is the settings schema's business (the caller passes
`validate`): a locked key whose value is invalid stays locked at the value it had before.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from assist import paths

POLICY_FILE = "policy.json"
LEGACY_FILE = "defaults.json"  # the name IT used before policy.json; still read
POLICY_ENV = "ASSIST_POLICY"
LEGACY_ENV = "ASSIST_DEFAULTS"
ALL = "*"
Validate = Callable[[str, Any], Any]  # (name, value) -> canonical value, or ValueError


def machine_policy_path(platform: str | None = None) -> Path:
    """The documented machine-wide file for this (or the given) sys.platform."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        root = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(root) / paths.APP_NAME / POLICY_FILE
    if platform == "darwin":
        return Path("/Library/Application Support") / paths.APP_NAME / POLICY_FILE
    return Path("/etc/agent-assist") / POLICY_FILE


def policy_paths() -> list[Path]:
    """Every file that may hold policy, weakest first (see the module's docstring)."""
    found = [
        paths.install_root() / "resources" / LEGACY_FILE,
        Path(platformdirs.site_config_dir(paths.APP_NAME, paths.APP_AUTHOR)) / LEGACY_FILE,
    ]
    for name in (LEGACY_ENV, POLICY_ENV):
        value = os.environ.get(name, "").strip()
        if value:
            found.append(Path(value).expanduser())
    found.append(machine_policy_path())
    return found


@dataclass
class Policy:
    values: dict[str, Any] = field(default_factory=dict)  # checked by `validate`
    locked: frozenset[str] = frozenset()
    sources: list[Path] = field(default_factory=list)  # the files that were read
    messages: list[str] = field(default_factory=list)  # problems, one sentence each


def read_policy(files: Collection[Path], names: Collection[str], validate: Validate,
                defaults: Mapping[str, Any] | None = None) -> Policy:
    """Merge the policy files that exist. names: the settings there are; defaults: their
    values before any file (what a locked key with an invalid value keeps)."""
    policy = Policy(values=dict(defaults or {}))
    locked: set[str] = set()
    for path in files:
        if not path.is_file():
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
            values, names_locked = _shape(data, names)
        except (OSError, ValueError) as exc:  # JSONDecodeError and UnicodeError are ValueErrors
            policy.messages.append(f"Ignored policy file {path}: {exc}")
            continue
        policy.sources.append(path)
        unknown = sorted(set(values) - set(names))
        if unknown:
            policy.messages.append(f"Policy file {path} names no such setting: "
                                   f"{', '.join(unknown)}")
        for name in (n for n in values if n in names):
            try:
                policy.values[name] = validate(name, values[name])
            except ValueError as exc:
                still = " (it stays locked)" if name in names_locked else ""
                policy.messages.append(f"Policy file {path}: {exc}; the previous value is "
                                       f"kept{still}")
        missing = sorted(n for n in names_locked if n not in names)
        if missing:
            policy.messages.append(f"Policy file {path} locks no such setting: "
                                   f"{', '.join(missing)}")
        locked |= {n for n in names_locked if n in names}
    policy.locked = frozenset(locked)
    return policy


def _shape(data: Any, names: Collection[str]) -> tuple[dict[str, Any], set[str]]:
    """(values, locked names) of a parsed file, or ValueError saying what is wrong with it."""
    if not isinstance(data, dict):
        raise ValueError(f"holds {type(data).__name__}, not an object")
    extra = sorted(set(data) - {"values", "locked", "version", "comment"})
    if extra:
        raise ValueError(f"unknown entries {', '.join(extra)} (only values and locked)")
    values, locked = data.get("values", {}), data.get("locked", [])
    if not isinstance(values, dict):
        raise ValueError("'values' must be an object of setting: value")
    if locked == ALL:
        return values, set(names)
    if not isinstance(locked, list) or not all(isinstance(n, str) for n in locked):
        raise ValueError("'locked' must be a list of setting names, or \"*\" for all")
    return values, set(locked)
