"""Where the sidebar's socket lives, and which folders are refused for it (no Qt needed)."""

import os
import stat
import tempfile
from pathlib import Path

import pytest

from assist import ipc, paths


def stat_result(mode: int, uid: int) -> os.stat_result:
    return os.stat_result((mode, 1, 1, 2, uid, uid, 4096, 0, 0, 0))


ME = os.getuid()


@pytest.mark.parametrize(
    ("mode", "uid", "problem"),
    [
        (stat.S_IFDIR | 0o700, ME, None),
        (stat.S_IFDIR | 0o700, ME + 1000, f"belongs to another user (uid {ME + 1000})"),
        (stat.S_IFDIR | 0o777, ME, "is open to other users (mode 777, must be 700)"),
        (stat.S_IFDIR | 0o750, ME, "is open to other users (mode 750, must be 700)"),
        (stat.S_IFLNK | 0o777, ME, "is a symbolic link"),
        (stat.S_IFREG | 0o600, ME, "is not a folder"),
    ],
)
def test_folder_problem(mode: int, uid: int, problem: str | None) -> None:
    assert ipc.folder_problem(stat_result(mode, uid), ME) == problem


def test_the_folder_is_made_private(assist_home: Path) -> None:
    old = os.umask(0o022)
    try:
        name = ipc.prepare_endpoint()
    finally:
        os.umask(old)
    folder = Path(name).parent
    assert folder == paths.runtime_dir() == assist_home / "run"
    assert stat.S_IMODE(folder.lstat().st_mode) == 0o700 and folder.lstat().st_uid == ME


def test_a_symlinked_folder_is_refused(assist_home: Path, tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir(mode=0o700)
    (assist_home / "run").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(ipc.UnsafeFolder, match="symbolic link"):
        ipc.prepare_endpoint()


def test_without_assist_home_the_user_runtime_folder_is_used(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("ASSIST_HOME")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert ipc.socket_path() == tmp_path / "agent-assist" / "sidebar.sock"
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "missing"))
    fallback = paths.user_runtime_dir()  # in the user's cache folder, never the temp folder
    assert fallback.name == "run" and ipc.socket_path() == fallback / "sidebar.sock"


def test_a_deep_home_gets_a_short_socket_of_its_own(monkeypatch, tmp_path) -> None:
    with tempfile.TemporaryDirectory(prefix="xdg") as short:  # like /run/user/1000
        monkeypatch.setenv("XDG_RUNTIME_DIR", short)
        names = set()
        for leaf in ("a", "b"):
            monkeypatch.setenv("ASSIST_HOME", str(tmp_path / ("deep" * 30) / leaf))
            path = ipc.socket_path()
            assert path.parent == Path(short) / "agent-assist"
            assert len(os.fsencode(path)) <= 100
            names.add(path.name)
    assert len(names) == 2


def test_a_runtime_folder_of_another_user_is_not_taken(monkeypatch, tmp_path) -> None:
    """After `su`, XDG_RUNTIME_DIR may still name the first user's folder."""
    monkeypatch.delenv("ASSIST_HOME")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    real_stat = os.stat
    monkeypatch.setattr(os, "stat", lambda p, *a, **k: stat_result(
        stat.S_IFDIR | 0o700, ME + 1) if str(p) == str(tmp_path) else real_stat(p, *a, **k))
    assert tmp_path not in ipc.socket_path().parents
