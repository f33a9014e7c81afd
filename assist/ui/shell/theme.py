"""Light and dark themes: Fusion, a matching palette, and one style sheet per theme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from assist.ui.shell.resources import resource

_COLOURS = {
    "light": {"window": "#f6f7f9", "base": "#ffffff", "text": "#1f2933", "button": "#ffffff",
              "highlight": "#2563eb", "mid": "#d7dce3", "muted": "#6b7280"},
    "dark": {"window": "#1b1e24", "base": "#23272f", "text": "#e5e9f0", "button": "#2b3039",
             "highlight": "#4f8cff", "mid": "#3a404b", "muted": "#9aa4b2"},
}


def resolve_theme(app: QApplication, choice: str) -> str:
    if choice in _COLOURS:
        return choice
    return "dark" if app.styleHints().colorScheme() == Qt.ColorScheme.Dark else "light"


def apply_theme(app: QApplication, choice: str) -> str:
    """Applies the theme and returns "light" or "dark"."""
    name = resolve_theme(app, choice)
    c = _COLOURS[name]
    app.setStyle("Fusion")
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c["window"], QPalette.ColorRole.Base: c["base"],
        QPalette.ColorRole.AlternateBase: c["window"], QPalette.ColorRole.Text: c["text"],
        QPalette.ColorRole.WindowText: c["text"], QPalette.ColorRole.ButtonText: c["text"],
        QPalette.ColorRole.Button: c["button"], QPalette.ColorRole.Highlight: c["highlight"],
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Mid: c["mid"],
        QPalette.ColorRole.PlaceholderText: c["muted"], QPalette.ColorRole.ToolTipBase: c["base"],
        QPalette.ColorRole.ToolTipText: c["text"],
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(resource("qss", f"{name}.qss").read_text(encoding="utf-8"))
    return name
