"""A stand-in for the agent's chat app (Qianniu): one text field, its text mirrored to a file.

Run as a separate process on the test's X display: `python chat_window.py OUT_FILE TEXT`.
"""

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit


def main() -> int:
    out, text = Path(sys.argv[1]), sys.argv[2]
    app = QApplication(sys.argv[:1])
    field = QLineEdit(text)
    field.setWindowTitle("Fake Chat")
    field.resize(600, 60)
    field.move(40, 40)
    field.textChanged.connect(lambda t: out.write_text(t, "utf-8"))
    out.write_text(text, "utf-8")
    field.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
