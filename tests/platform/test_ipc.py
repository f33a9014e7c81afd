"""Single-instance IPC: the Qt server in the sidebar, the plain-socket client of the CLI."""

import logging
import os
import socket
import stat
import threading
from pathlib import Path

import pytest

from assist import ipc
from assist.ipc import MAX_REQUEST, IpcError, NotRunning, UnsafeFolder, request, socket_path
from assist.ui.desktop import ipc as ui_ipc
from assist.ui.desktop.ipc import IpcServer


def in_thread(qtbot, work) -> dict:
    """The client blocks, and the server needs the event loop: run the client beside it."""
    result: dict = {}

    def run() -> None:
        try:
            result["answer"] = work()
        except Exception as exc:  # surfaced by the caller's assertions
            result["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10000)
    return result


def call_in_thread(qtbot, cmd: str, **args) -> dict:
    result = in_thread(qtbot, lambda: request(cmd, timeout=5, **args))
    assert "error" not in result, result.get("error")
    return result["answer"]


@pytest.fixture
def echo_server(qtbot):
    server = IpcServer(lambda req: {"ok": True, "echo": req})
    assert server.listen(), server.error
    yield server
    server.close()


def test_round_trip_commands(qtbot, assist_home: Path) -> None:
    seen = []

    def handler(req: dict) -> dict:
        seen.append(req)
        if req["cmd"] == "boom":
            raise RuntimeError("handler exploded")
        return {"ok": True, "echo": req}

    server = IpcServer(handler)
    assert server.listen()
    try:
        assert call_in_thread(qtbot, "ping") == {"ok": True, "echo": {"cmd": "ping"}}
        answer = call_in_thread(qtbot, "insert", rank=2)
        assert answer["echo"] == {"cmd": "insert", "rank": 2}
        assert call_in_thread(qtbot, "ask", text="能开专票吗")["echo"]["text"] == "能开专票吗"
        assert call_in_thread(qtbot, "boom") == {"ok": False, "error": "handler exploded"}
    finally:
        server.close()
    # The socket sat in the home's own folder, which only this user may enter.
    folder = Path(server.name).parent
    assert folder == assist_home / "run"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_no_sidebar_running() -> None:
    with pytest.raises(NotRunning):
        request("ping", timeout=1)


def test_a_stale_socket_is_replaced(qtbot) -> None:
    first = IpcServer(lambda r: {"ok": True, "who": "first"})
    assert first.listen()
    first.close()
    # As if a sidebar died: a socket file nobody accepts on.
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(socket_path()))
    dead.close()
    assert socket_path().exists()
    second = IpcServer(lambda r: {"ok": True, "who": "second"})
    assert second.listen(), second.error
    try:
        assert call_in_thread(qtbot, "ping")["who"] == "second"
    finally:
        second.close()


def test_a_live_sidebar_keeps_its_socket(qtbot, echo_server: IpcServer) -> None:
    second = IpcServer(lambda r: {"ok": True, "who": "second"})
    assert not second.listen()
    assert "already listening" in second.error
    assert call_in_thread(qtbot, "ping")["echo"] == {"cmd": "ping"}  # the first still answers


def test_a_folder_open_to_others_is_refused_by_both_ends(assist_home: Path) -> None:
    folder = assist_home / "run"
    folder.mkdir()
    os.chmod(folder, 0o777)
    server = IpcServer(lambda r: {"ok": True})
    assert not server.listen()
    assert str(folder) in server.error and "mode 777" in server.error
    with pytest.raises(UnsafeFolder, match="open to other users"):
        request("status", timeout=1)
    assert not socket_path().exists()


def test_a_line_without_end_is_dropped_and_the_server_goes_on(
    qtbot, echo_server: IpcServer, caplog: pytest.LogCaptureFixture
) -> None:
    chunk = b"x" * 65536

    def send_unended() -> str:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(5)
            sock.connect(echo_server.name)
            try:
                for _ in range(128):  # 8 MB, far more than the kernel buffers
                    sock.sendall(chunk)
                return "closed" if sock.recv(1) == b"" else "answered"
            except (BrokenPipeError, ConnectionResetError):
                return "closed"

    with caplog.at_level(logging.WARNING, logger=ui_ipc.__name__):
        result = in_thread(qtbot, send_unended)
    assert result.get("answer") == "closed", result
    held = [r.args[0] for r in caplog.records if "without a newline" in r.getMessage()]
    assert len(held) == 1 and held[0] <= MAX_REQUEST  # never more than the limit in memory
    assert echo_server.buffered_bytes() == 0
    assert call_in_thread(qtbot, "ping")["echo"] == {"cmd": "ping"}


def test_a_silent_client_is_dropped(qtbot, echo_server, monkeypatch) -> None:
    monkeypatch.setattr(ui_ipc, "REQUEST_TIMEOUT_MS", 200)
    echo_server.close()
    assert echo_server.listen()

    def connect_and_wait() -> bytes:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(5)
            sock.connect(echo_server.name)
            sock.sendall(b'{"cmd": "pi')
            return sock.recv(10)

    assert in_thread(qtbot, connect_and_wait) == {"answer": b""}
    assert echo_server.buffered_bytes() == 0


def test_the_client_bounds_the_answer_it_reads() -> None:
    """A peer that answers without end costs the client MAX_ANSWER bytes, then an error."""
    ipc.prepare_endpoint()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(socket_path()))
    listener.listen(1)
    sent = [0]

    def answer_forever() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(1000)
            try:
                while sent[0] < 64 * ipc.MAX_ANSWER:
                    sent[0] += conn.send(b"y" * 65536)
            except OSError:
                pass  # the client hung up: what we want

    thread = threading.Thread(target=answer_forever)
    thread.start()
    try:
        with pytest.raises(IpcError, match="longer than"):
            request("status", timeout=5)
    finally:
        thread.join(10)
        listener.close()
    assert not thread.is_alive() and sent[0] < 64 * ipc.MAX_ANSWER


def test_an_oversized_request_is_not_sent() -> None:
    with pytest.raises(IpcError, match="takes"):
        request("ask", text="字" * MAX_REQUEST)
