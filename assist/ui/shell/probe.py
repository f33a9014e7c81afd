"""The self-test's Qt probe (`assist self-test`), run as a child process: Qt loads here, never
in the command line's own process."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, qVersion
from PySide6.QtGui import QGuiApplication


def main(argv: list[str] | None = None) -> int:
    """Prints one JSON line: the platform plugin, Qt's version, Qt's own translations."""
    app = QGuiApplication.instance() or QGuiApplication(["assist-selftest"])
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    answer = {"platform": QGuiApplication.platformName(), "qt": qVersion(),
              "translations": len(list(folder.glob("*.qm"))) if folder.is_dir() else 0}
    print(json.dumps(answer), flush=True)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
