"""The sidebar's end of single-instance IPC: a QLocalServer answering one JSON line per request.

The protocol and the client live in assist/ipc.py (no Qt), so the CLI can use it anywhere.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from assist.ipc import server_name

log = logging.getLogger(__name__)
Handler = Callable[[dict], dict]


class IpcServer(QObject):
    def __init__(self, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handler = handler
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self.name = server_name()

    def listen(self) -> bool:
        """Start listening; a stale socket left by a crashed sidebar is removed first.

        Call only after a client request failed to reach a running sidebar."""
        QLocalServer.removeServer(self.name)
        if not self._server.listen(self.name):
            log.warning("IPC: cannot listen on %s: %s", self.name, self._server.errorString())
            return False
        return True

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine()).decode("utf-8", "replace")
        try:
            request = json.loads(line)
            answer = self._handler(request) if isinstance(request, dict) else None
            answer = answer or {"ok": False, "error": "bad request"}
        except json.JSONDecodeError:
            answer = {"ok": False, "error": "not JSON"}
        except Exception as exc:  # a failing command must answer, not leave the client hanging
            log.exception("IPC command failed")
            answer = {"ok": False, "error": str(exc)}
        socket.write((json.dumps(answer, ensure_ascii=False) + "\n").encode("utf-8"))
        socket.flush()
        socket.disconnectFromServer()
