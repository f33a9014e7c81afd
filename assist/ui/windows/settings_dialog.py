"""The settings dialog, generated from settings_model.SCHEMA: one editor per field type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assist.ui.settings.model import CONTEXT, SCHEMA, Field, Settings
from assist.ui.shell.i18n import Retranslating


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class _PathEdit(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.line = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self._pick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.browse)

    def _pick(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.browse.text(), self.line.text())
        if folder:
            self.line.setText(folder)


class _Editor:
    """Adapts one widget to get/set a setting's value."""

    def __init__(self, widget: QWidget, get: Callable[[], Any], put: Callable[[Any], None]):
        self.widget, self.get, self.put = widget, get, put


def _make_editor(field: Field) -> _Editor:
    if field.type == "bool":
        box = QCheckBox()
        return _Editor(box, box.isChecked, box.setChecked)
    if field.type in ("choice", "int", "screen"):
        combo = QComboBox()
        return _Editor(combo, combo.currentData, lambda v, c=combo: c.setCurrentIndex(
            max(0, c.findData(v))))
    if field.type == "path":
        path = _PathEdit()
        return _Editor(path, lambda: path.line.text().strip(), path.line.setText)
    if field.type == "hotkey":
        keys = QKeySequenceEdit()
        keys.setClearButtonEnabled(True)
        return _Editor(
            keys, lambda: keys.keySequence().toString(QKeySequence.SequenceFormat.PortableText),
            lambda v: keys.setKeySequence(QKeySequence(v)))
    line = QLineEdit()
    return _Editor(line, line.text, line.setText)


class SettingsDialog(Retranslating, QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings.copy()
        self.editors: dict[str, _Editor] = {}
        self.labels: dict[str, QLabel] = {}
        self.descriptions: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(10)
        for field in SCHEMA:
            editor = _make_editor(field)
            editor.widget.setObjectName(f"setting_{field.name}")
            editor.widget.setEnabled(field.name not in settings.locked)
            description = QLabel(objectName="description")
            description.setWordWrap(True)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(editor.widget)
            column.addWidget(description)
            label = QLabel()
            label.setContentsMargins(0, 4, 0, 0)  # level with the editor's text, not its frame
            form.addRow(label, column)
            self.editors[field.name] = editor
            self.labels[field.name] = label
            self.descriptions[field.name] = description
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel(objectName="notice")
        self.error.setProperty("kind", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        for field in SCHEMA:
            self.editors[field.name].put(settings[field.name])
        self.resize(520, self.sizeHint().height())

    def editor(self, name: str) -> QWidget:
        return self.editors[name].widget

    def accept(self) -> None:
        """Keeps the dialog open on a bad value, with the setting's editor focused."""
        for field in SCHEMA:
            if field.name in self.settings.locked:
                continue
            value = self.editors[field.name].get()
            try:
                self.settings.set(field.name, "" if value is None else value)
            except ValueError as exc:
                self.error.setText(self.tr("%1: %2").replace("%1", _tr(field.label))
                                   .replace("%2", str(exc).split(": ", 1)[-1]))
                self.error.show()
                self.editors[field.name].widget.setFocus()
                return
        super().accept()


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for field in SCHEMA:
            self.labels[field.name].setText(_tr(field.label))
            description = _tr(field.description)
            if field.name in self.settings.locked:
                description += " " + self.tr("(Locked by your administrator.)")
            self.descriptions[field.name].setText(description)
            widget = self.editors[field.name].widget
            if isinstance(widget, QComboBox):
                self._fill_combo(field, widget)
            elif isinstance(widget, _PathEdit):
                widget.browse.setText(self.tr("Browse…"))
                widget.line.setPlaceholderText(self.tr("Default"))

    def _fill_combo(self, field: Field, combo: QComboBox) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if field.type == "screen":
            combo.addItem(self.tr("Primary screen"), "")
            for screen in QGuiApplication.screens():
                size = screen.size()
                combo.addItem(f"{screen.name()} ({size.width()}×{size.height()})", screen.name())
        else:
            for choice in field.choices:
                combo.addItem(_tr(choice.label), choice.value)
        if current is not None:
            combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
