"""Talking to the running sidebar from another process, without Qt.

The sidebar listens on a QLocalServer: a Unix socket on Linux/macOS, a named pipe on Windows.
One request is one JSON line (``{"cmd": "capture"}``), answered by one JSON line. Used by
``assist capture`` / ``assist insert N`` (Wayland users bind them to keys) and by a second
launch, which asks the running window to come forward instead of starting twice.

The Unix socket lives in a folder only this user may enter (paths.runtime_dir(), checked on
both ends before use), so another local user can neither take the name first nor answer for
the sidebar. Lines are bounded both ways, so neither end buffers without limit for a peer.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import re
import socket
import stat
import sys
import time
from pathlib import Path
from typing import BinaryIO

from assist import paths

MAX_REQUEST = 64 * 1024  # bytes in a request line, newline included; requests are tiny
MAX_ANSWER = 1024 * 1024  # bytes in an answer line; `status` with five long cards is ~10 KB
_MAX_UNIX_PATH = 100  # sun_path holds 104 (macOS) or 108 (Linux) bytes, NUL included


class IpcError(OSError):
    """The running sidebar cannot be reached safely, or its answer was not understood."""


class NotRunning(IpcError):
    """No sidebar is listening."""


class UnsafeFolder(IpcError):
    """The socket's folder is not private to this user, so it is never used."""


def server_name() -> str:
    """What QLocalServer.listen() takes: a full socket path on Unix, a pipe name on Windows."""
    return _pipe_name() if sys.platform == "win32" else str(socket_path())


def socket_path() -> Path:
    folder = paths.runtime_dir()
    path = folder / "sidebar.sock"
    if len(os.fsencode(path)) <= _MAX_UNIX_PATH:
        return path
    # A deep ASSIST_HOME cannot hold a socket path; the user's own runtime folder can, one
    # socket per home.
    digest = hashlib.sha1(os.fsencode(folder)).hexdigest()[:12]
    return paths.user_runtime_dir() / f"sidebar-{digest}.sock"


def _pipe_name() -> str:
    # Pipe names share one machine-wide namespace: the user's name keeps two users' sidebars
    # apart, the state folder two homes of one user; the server's UserAccessOption keeps other
    # users from connecting.
    try:
        user = os.environ.get("USERNAME") or getpass.getuser()
    except Exception:  # no name anywhere: still one pipe per home
        user = "user"
    digest = hashlib.sha1(str(paths.state_dir()).encode("utf-8", "replace")).hexdigest()[:12]
    return f"AgentAssist-{re.sub(r'[^0-9A-Za-z_.-]', '_', user)}-{digest}"


def folder_problem(st: os.stat_result, uid: int) -> str | None:
    """Why a folder with this lstat() result is not private to user `uid`; None if it is."""
    if stat.S_ISLNK(st.st_mode):
        return "is a symbolic link"
    if not stat.S_ISDIR(st.st_mode):
        return "is not a folder"
    if st.st_uid != uid:
        return f"belongs to another user (uid {st.st_uid})"
    if st.st_mode & 0o077:
        return f"is open to other users (mode {st.st_mode & 0o777:o}, must be 700)"
    return None


def check_private_folder(folder: Path, create: bool = False) -> None:
    """Raise UnsafeFolder unless `folder` is a real folder owned by this user with mode 0700;
    NotRunning if it does not exist and `create` is false (nobody has listened there)."""
    if create and not os.path.lexists(folder):
        folder.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.mkdir(folder, 0o700)
            os.chmod(folder, 0o700)  # whatever the umask took away
        except FileExistsError:
            pass  # made by a sidebar starting at the same moment: checked like any other
    try:
        st = os.lstat(folder)
    except FileNotFoundError as exc:
        raise NotRunning("Agent Assist is not running.") from exc
    problem = folder_problem(st, os.getuid())
    if problem:
        raise UnsafeFolder(
            f"refusing to talk to the sidebar through {folder}: it {problem}; remove that "
            "folder (or `chmod 700` it if it is yours) and start the sidebar again"
        )


def prepare_endpoint() -> str:
    """Ready the endpoint for QLocalServer.listen() and return its name: on Unix the private
    folder is made and checked, and a socket left by a sidebar that died is removed.

    Raises IpcError when the folder is not private or another sidebar is listening."""
    name = server_name()
    if sys.platform == "win32":
        return name
    path = Path(name)
    check_private_folder(path.parent, create=True)
    if _is_listening(path):
        raise IpcError(f"another sidebar is already listening on {path}")
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    return name


def _is_listening(path: Path) -> bool:
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(1.0)
    try:
        probe.connect(str(path))
    except (FileNotFoundError, ConnectionRefusedError):
        return False  # no file, or a socket nobody accepts on: stale
    except OSError:
        return True  # busy or odd: never take a socket that may be in use
    finally:
        probe.close()
    return True


def request(cmd: str, timeout: float = 5.0, **args: object) -> dict:
    """Send one command to the running sidebar and return its JSON answer."""
    payload = (json.dumps({"cmd": cmd, **args}, ensure_ascii=False) + "\n").encode("utf-8")
    if len(payload) > MAX_REQUEST:
        raise IpcError(f"the request is {len(payload)} bytes; the sidebar takes {MAX_REQUEST}")
    if sys.platform == "win32":
        return _request_pipe(payload, timeout)
    path = socket_path()
    check_private_folder(path.parent)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect(str(path))
    except (FileNotFoundError, ConnectionRefusedError) as exc:
        sock.close()
        raise NotRunning("Agent Assist is not running.") from exc
    with sock:
        try:
            sock.sendall(payload)
            return _read_answer(sock.makefile("rb"))
        except TimeoutError as exc:
            raise IpcError(f"the sidebar did not answer within {timeout:g} s") from exc


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


def _read_answer(stream: BinaryIO) -> dict:
    line = stream.readline(MAX_ANSWER + 1)
    if not line:
        raise NotRunning("The sidebar closed the connection without answering.")
    if not line.endswith(b"\n"):
        if len(line) > MAX_ANSWER:
            raise IpcError(f"the sidebar's answer is longer than {MAX_ANSWER} bytes; not read")
        raise IpcError("the sidebar's answer was cut off")
    try:
        answer = json.loads(line.decode("utf-8"))
    except ValueError as exc:  # bad UTF-8 or bad JSON
        raise IpcError("the sidebar's answer is not JSON") from exc
    if not isinstance(answer, dict):
        raise IpcError("the sidebar's answer is not a JSON object")
    return answer
