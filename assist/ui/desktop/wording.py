"""The platform layer's English sentences (assist.platform.messages) in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from assist.platform import messages
from assist.platform.base import HotkeyError


def localize(template: str, *args: object) -> str:
    """The template translated through the "Capture" context, with %1.. filled in."""
    return messages.fill(QCoreApplication.translate(messages.CONTEXT, template), *args)


def localize_error(error: HotkeyError) -> str:
    return localize(error.template, *error.args_)
