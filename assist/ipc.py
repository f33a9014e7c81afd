"""Talking to the running sidebar from another process, without Qt.

The sidebar listens on a QLocalServer: a Unix socket on Linux/macOS, a named pipe on Windows.
One request is one JSON line (``{"cmd": "capture"}``), answered by one JSON line. Used by
``assist capture`` / ``assist insert N`` (Wayland users bind them to keys) and by a second
launch, which asks the running window to come forward instead of starting twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sys
import tempfile
import time
from pathlib import Path

from assist import paths


class NotRunning(Exception):
    """No sidebar is listening."""


def server_name() -> str:
    """What QLocalServer.listen() takes: a full socket path on Unix, a pipe name on Windows."""
    owner = f"{os.environ.get('USERNAME') or os.environ.get('USER', '')}|{paths.state_dir()}"
    digest = hashlib.sha1(owner.encode()).hexdigest()[:12]
    if sys.platform == "win32":
        return f"AgentAssist-{digest}"
    # Unix socket paths are limited to ~104 bytes, so a deep ASSIST_HOME cannot hold it.
    return str(Path(tempfile.gettempdir()) / f"agent-assist-{digest}.sock")


def request(cmd: str, timeout: float = 5.0, **args: object) -> dict:
    """Send one command to the running sidebar and return its JSON answer."""
    payload = (json.dumps({"cmd": cmd, **args}, ensure_ascii=False) + "\n").encode("utf-8")
    if sys.platform == "win32":
        return _request_pipe(payload, timeout)
    path = server_name()
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect(path)
    except (FileNotFoundError, ConnectionRefusedError) as exc:
        sock.close()
        raise NotRunning("Agent Assist is not running.") from exc
    with sock:
        sock.sendall(payload)
        return _read_answer(sock.makefile("rb"))


def _request_pipe(payload: bytes, timeout: float) -> dict:
    pipe = rf"\\.\pipe\{server_name()}"
    deadline = time.monotonic() + timeout
    while True:
        try:
            handle = open(pipe, "r+b", buffering=0)  # noqa: SIM115 (closed below)
            break
        except FileNotFoundError as exc:
            raise NotRunning("Agent Assist is not running.") from exc
        except OSError:  # pipe busy: another client is being served
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    with handle:
        handle.write(payload)
        return _read_answer(handle)


def _read_answer(stream) -> dict:
    line = stream.readline()
    if not line:
        raise NotRunning("The sidebar closed the connection without answering.")
    return json.loads(line.decode("utf-8"))
