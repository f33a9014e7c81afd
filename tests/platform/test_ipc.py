"""Single-instance IPC: the Qt server in the sidebar, the plain-socket client of the CLI."""

import threading

import pytest

from assist.ipc import NotRunning, request
from assist.ui.desktop.ipc import IpcServer


def call_in_thread(qtbot, cmd: str, **args) -> dict:
    """The client blocks, and the server needs the event loop: run the client beside it."""
    result: dict = {}

    def run() -> None:
        try:
            result["answer"] = request(cmd, timeout=5, **args)
        except Exception as exc:  # surfaced by the assertion below
            result["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=5000)
    assert "error" not in result, result.get("error")
    return result["answer"]


def test_round_trip_commands(qtbot) -> None:
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


def test_no_sidebar_running() -> None:
    with pytest.raises(NotRunning):
        request("ping", timeout=1)


def test_a_stale_socket_is_replaced(qtbot) -> None:
    first = IpcServer(lambda r: {"ok": True, "who": "first"})
    assert first.listen()
    first.close()  # as if the first sidebar crashed
    second = IpcServer(lambda r: {"ok": True, "who": "second"})
    assert second.listen()
    try:
        assert call_in_thread(qtbot, "ping")["who"] == "second"
    finally:
        second.close()
