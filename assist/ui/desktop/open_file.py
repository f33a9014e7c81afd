"""Open a knowledge file at a line, for trainers: in an editor that takes a line when one is on
PATH, else in the system's default app for the file (which opens it at the top).

Spreadsheets always go to the default app: their "line" is a row, which no text editor shows.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices

log = logging.getLogger(__name__)
_SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods")
# Most common first: an agent PC with VS Code has it for a reason.
_EDITORS: tuple[tuple[str, Callable[[str, int], list[str]]], ...] = (
    ("code", lambda file, line: ["-g", f"{file}:{line}"]),
    ("notepad++", lambda file, line: [f"-n{line}", file]),
    ("gedit", lambda file, line: [f"+{line}", file]),
    ("kate", lambda file, line: ["-l", str(line), file]),
)


def editor_command(path: Path, line: int,
                   which: Callable[[str], str | None] = shutil.which) -> list[str] | None:
    """[program, *arguments] that opens path at line, or None when no such editor is on PATH
    (or the file is a spreadsheet, or there is no line to go to)."""
    if line < 1 or Path(path).suffix.lower() in _SPREADSHEETS:
        return None
    for name, arguments in _EDITORS:
        program = which(name)
        if program:
            return [program, *arguments(str(path), line)]
    return None


def open_at_line(path: Path, line: int = 0) -> bool:
    """True when something was started to show the file; never raises."""
    path = Path(path)
    if not path.exists():
        log.warning("cannot open %s: it does not exist", path)
        return False
    command = editor_command(path, line)
    if command is not None:
        started, _pid = QProcess.startDetached(command[0], command[1:])
        if started:
            return True
        log.warning("could not start %s; opening %s with the default app", command[0], path)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.resolve())))
