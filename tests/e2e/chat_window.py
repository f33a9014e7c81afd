"""A stand-in for the agent's chat app (Qianniu): one text box, its text mirrored to a file.

Run as a separate process on the test's X display:
`python chat_window.py OUT_FILE TEXT [TITLE [X]]`. Every change of the text is also appended,
with the time it arrived, to OUT_FILE + ".log" (JSON lines), for the latency benchmark. A file
OUT_FILE + ".next" is a new buyer message: it replaces the text, as the chat app would show it.
"""

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit


def main() -> int:
    out, text = Path(sys.argv[1]), sys.argv[2]
    title = sys.argv[3] if len(sys.argv) > 3 else "Fake Chat"
    x = int(sys.argv[4]) if len(sys.argv) > 4 else 40
    log = out.with_name(out.name + ".log")
    app = QApplication(sys.argv[:1])
    field = QPlainTextEdit(text)
    field.setWindowTitle(title)
    field.resize(600, 140)
    field.move(x, 40)

    def changed() -> None:
        now = field.toPlainText()
        out.write_text(now, "utf-8")
        with log.open("a", encoding="utf-8") as f:
            f.write(json.dumps({"t": time.time(), "text": now}, ensure_ascii=False) + "\n")

    incoming = out.with_name(out.name + ".next")

    def poll() -> None:
        if incoming.exists():
            field.setPlainText(incoming.read_text("utf-8"))
            incoming.unlink()

    field.textChanged.connect(changed)
    out.write_text(text, "utf-8")
    timer = QTimer(field, interval=50)
    timer.timeout.connect(poll)
    timer.start()
    field.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
