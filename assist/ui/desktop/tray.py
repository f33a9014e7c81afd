"""The tray icon: show/hide, pause capture, settings, quit. Only made where a tray exists."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon


class Tray(QObject):
    toggle_window = Signal()
    pause_toggled = Signal(bool)
    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None):
        super().__init__(parent)
        self.menu = QMenu()
        self.show_action = QAction(self.menu)
        self.show_action.triggered.connect(self.toggle_window)
        self.pause_action = QAction(self.menu, checkable=True)
        self.pause_action.toggled.connect(self.pause_toggled)
        self.settings_action = QAction(self.menu)
        self.settings_action.triggered.connect(self.settings_requested)
        self.quit_action = QAction(self.menu)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.show_action)
        self.menu.addAction(self.pause_action)
        self.menu.addAction(self.settings_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.retranslate()
        self.icon.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.toggle_window.emit()

    def retranslate(self) -> None:
        self.icon.setToolTip(self.tr("Agent Assist"))
        self.show_action.setText(self.tr("Show / hide"))
        self.pause_action.setText(self.tr("Pause capture"))
        self.settings_action.setText(self.tr("Settings…"))
        self.quit_action.setText(self.tr("Quit"))

    def show_paused(self, paused: bool) -> None:
        """The menu's tick, when the pause changed elsewhere (the window's indicator)."""
        self.pause_action.blockSignals(True)
        self.pause_action.setChecked(paused)
        self.pause_action.blockSignals(False)

    def hide(self) -> None:
        self.icon.hide()
