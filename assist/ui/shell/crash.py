"""Uncaught errors open a dialog with the details and a copy button instead of vanishing."""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from assist import __version__
from assist.ui.shell.i18n import Retranslating
from assist.ui.shell.logs import RamHandler

log = logging.getLogger(__name__)


def versions() -> str:
    return (f"Agent Assist {__version__} · Python {platform.python_version()} · "
            f"PySide6 {pyside_version} · {platform.platform()}")


class CrashDialog(Retranslating, QDialog):
    def __init__(self, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.details = details
        self.resize(620, 420)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Something went wrong"))
        self.heading.setText(self.tr(
            "Agent Assist hit an unexpected error. It keeps running, but please copy the "
            "details below and send them to support."))
        self.copy_button.setText(self.tr("Copy details"))


class CrashReporter(QObject):
    """Installs sys.excepthook and threading.excepthook; shows one dialog at a time."""

    _report = Signal(str)

    def __init__(self, ram: RamHandler | None, parent_widget: Callable[[], QWidget | None]):
        super().__init__()
        self._ram = ram
        self._parent = parent_widget
        self._dialog: CrashDialog | None = None
        self._report.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(
            args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def handle(self, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("uncaught error", exc_info=(exc_type, exc, tb))
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        recent = self._ram.dump() if self._ram else ""
        self._report.emit(f"{versions()}\n\n{text}\nRecent log:\n{recent}")  # queued if off-thread

    @Slot(str)
    def _show(self, details: str) -> None:
        if self._dialog is not None and self._dialog.isVisible():
            self._dialog.text.appendPlainText("\n----\n" + details)
            return
        self._dialog = CrashDialog(details, self._parent())
        self._dialog.show()
