"""Run-time language switching: one installed translator, swapped on request.

Installing a translator sends QEvent.LanguageChange to every widget; each widget re-applies
its strings in changeEvent, so switching needs no restart.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from assist import messages
from assist.ui.shell.resources import resource

log = logging.getLogger(__name__)
LANGUAGES = ("zh_CN", "en")


def resolve_language(choice: str) -> str:
    """Maps "system" to a shipped language: Chinese for any Chinese locale, else English."""
    if choice in LANGUAGES:
        return choice
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def core_text(text: str) -> str:
    """A sentence from the core in the interface language: a Message is translated through
    the "Core" context (with any Message among its values); a plain str is returned as it is."""
    return messages.translate_message(
        text, lambda template: QCoreApplication.translate(messages.CONTEXT, template))


class Translations:
    def __init__(self, app: QCoreApplication):
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = ""

    def apply(self, choice: str) -> str:
        language = resolve_language(choice)
        if language == self.language:
            return language
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        ours = QTranslator(self._app)
        if ours.load(str(resource("i18n", f"assist_{language}.qm"))):
            self._installed.append(ours)
        else:
            log.warning("no translation file for %s", language)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(self._app)
        if language != "en" and qtbase.load(f"qtbase_{language}", qt_dir):
            self._installed.append(qtbase)
        for translator in self._installed:
            self._app.installTranslator(translator)
        self.language = language
        QLocale.setDefault(QLocale(language))
        return language


class Retranslating:
    """Mixin for a widget that words itself in the interface language: retranslate() runs
    again whenever the language changes. Listed before the Qt class it is mixed into."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
