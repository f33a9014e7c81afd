"""The sidebar's end of single-instance IPC: a QLocalServer answering one JSON line per request.

The protocol, the endpoint's private folder and the client live in assist/ipc.py (no Qt), so
the CLI can use them anywhere. A client gets one line of at most MAX_REQUEST bytes and a few
seconds to send it; past either it is dropped, so a peer cannot make the sidebar hold memory.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from assist.ipc import MAX_REQUEST, IpcError, prepare_endpoint, server_name

log = logging.getLogger(__name__)
Handler = Callable[[dict], dict]
REQUEST_TIMEOUT_MS = 10_000


class IpcServer(QObject):
    def __init__(self, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handler = handler
        self._server = QLocalServer(self)
        # Unix: the socket file is 0700. Windows: the pipe's ACL admits only this user.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._clients: set[QLocalSocket] = set()
        self.name = server_name()
        self.error = ""  # why listen() failed, for the status line and the log

    def listen(self) -> bool:
        """Start listening in the user's private folder; a socket left by a sidebar that died
        is removed first, one that a running sidebar answers on is not."""
        try:
            self.name = prepare_endpoint()
        except OSError as exc:
            self.error = str(exc)
            log.warning("IPC: %s", exc if isinstance(exc, IpcError) else f"{self.name}: {exc}")
            return False
        if not self._server.listen(self.name):
            self.error = self._server.errorString()
            log.warning("IPC: cannot listen on %s: %s", self.name, self.error)
            return False
        return True

    def close(self) -> None:
        self._server.close()

    def buffered_bytes(self) -> int:
        """Bytes held for clients that have not sent a whole line yet."""
        return sum(s.bytesAvailable() for s in self._clients)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # Qt stops reading from the OS once this much is waiting, so a line without an
            # end costs at most MAX_REQUEST before _read drops the client.
            socket.setReadBufferSize(MAX_REQUEST)
            timer = QTimer(socket)  # dies with the socket
            timer.setSingleShot(True)
            timer.timeout.connect(lambda s=socket: self._drop(s))
            timer.start(REQUEST_TIMEOUT_MS)
            self._clients.add(socket)
            socket.readyRead.connect(lambda s=socket, t=timer: self._read(s, t))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._clients.discard(socket)
        socket.deleteLater()

    def _drop(self, socket: QLocalSocket) -> None:
        self._forget(socket)
        socket.abort()  # discards what it buffered

    def _read(self, socket: QLocalSocket, timer: QTimer) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() >= MAX_REQUEST:
                log.warning("IPC: dropped a client that sent %d bytes without a newline",
                            socket.bytesAvailable())
                self._drop(socket)
            return
        timer.stop()
        self._clients.discard(socket)
        socket.readyRead.disconnect()  # one request per connection; later bytes are ignored
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
