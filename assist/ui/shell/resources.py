"""Finds the resources/ folder: beside the package in a checkout, or inside a frozen bundle."""

from __future__ import annotations

from pathlib import Path

from assist import paths


def resources_dir() -> Path:
    return paths.install_root() / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
