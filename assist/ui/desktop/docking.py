"""Where the sidebar goes: full work-area height against one edge of a chosen screen."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QScreen

MIN_WIDTH = 300
DEFAULT_WIDTH = 380


def pick_screen(name: str) -> QScreen:
    for screen in QGuiApplication.screens():
        if screen.name() == name:
            return screen
    return QGuiApplication.primaryScreen()


def clamp_width(width: int, area: QRect) -> int:
    return max(MIN_WIDTH, min(int(width or DEFAULT_WIDTH), max(MIN_WIDTH, area.width() // 2)))


def dock_rect(area: QRect, edge: str, width: int) -> QRect:
    """The rectangle in device-independent pixels, inside the screen's available geometry."""
    width = clamp_width(width, area)
    x = area.left() if edge == "left" else area.right() - width + 1
    return QRect(x, area.top(), width, area.height())
